using RescueGraph.Directory.Data.Entities;
using static RescueGraph.Directory.Data.Seeding.SyntheticVocabulary;

namespace RescueGraph.Directory.Data.Seeding;

/// <summary>
/// The shape of a synthetic data set for a given size and seed: how many of each row, and pure functions that
/// derive any row's attributes from (seed, id). Writers running in parallel therefore agree without sharing state.
/// </summary>
internal sealed class SyntheticWorld
{
    // Streams keep the random sequences of different tables independent of each other.
    public const ulong OrganizationStream = 1, CenterStream = 2, AnimalStream = 3, PhotoStream = 4, EventStream = 5,
        LocalityStream = 6, CampaignStream = 7, StoryStream = 8;

    public static readonly DateTime Epoch = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Horizon = new(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc);
    private static readonly int HorizonDays = (int)(Horizon - Epoch).TotalDays;

    public SyntheticWorld(int animals, int seed)
    {
        if (animals < 1) throw new ArgumentOutOfRangeException(nameof(animals), "At least one animal.");
        Seed = seed;
        AnimalCount = animals;
        OrganizationCount = Math.Max(12, animals / 1000);
        CenterCount = Math.Max(24, animals / 250);
        KoreanLocalityCount = Math.Max(KoreanPlaces.Length, animals / 2000);
        CampaignCount = Math.Max(10, animals / 400);
        StoryCount = Math.Max(5, animals / 2000);

        // A few big organizations own most centers; a few big centers hold most animals.
        var organizationPicker = WeightedIndex.Zipf(OrganizationCount, 1.1);
        CenterOrganization = new long[CenterCount];
        CenterPlace = new Place[CenterCount];
        CenterLatitude = new double[CenterCount];
        CenterLongitude = new double[CenterCount];
        for (var center = 0; center < CenterCount; center++)
        {
            var random = SyntheticRandom.For(seed, CenterStream, center);
            CenterOrganization[center] = center < OrganizationCount ? center + 1 : organizationPicker.Sample(ref random) + 1;
            // Two thirds of the centers are in Korea, the rest where adopters are (US, Canada, Europe).
            var place = random.Chance(0.66) ? random.Pick(KoreanPlaces) : random.Pick(PlacesAbroad);
            CenterPlace[center] = place;
            CenterLatitude[center] = Math.Round(place.Latitude + (random.NextDouble() - 0.5) * 0.6, 5);
            CenterLongitude[center] = Math.Round(place.Longitude + (random.NextDouble() - 0.5) * 0.6, 5);
        }
        _centerPicker = WeightedIndex.Zipf(CenterCount, 0.8);
    }

    public int Seed { get; }
    public int AnimalCount { get; }
    public int OrganizationCount { get; }
    public int CenterCount { get; }
    public int KoreanLocalityCount { get; }
    /// <summary>One partner locality abroad per campaign.</summary>
    public int LocalityCount => KoreanLocalityCount + CampaignCount;
    public int CampaignCount { get; }
    public int StoryCount { get; }

    /// <summary>Owning organization id per center index (center id = index + 1).</summary>
    public long[] CenterOrganization { get; }
    public Place[] CenterPlace { get; }
    public double[] CenterLatitude { get; }
    public double[] CenterLongitude { get; }

    private readonly WeightedIndex _centerPicker;

    /// <summary>What every writer needs to know about an animal.</summary>
    public readonly record struct AnimalCore(
        int CenterIndex, Species Species, AnimalStatus Status, IntakeType IntakeType, IntakeSource? IntakeSource,
        DateTime IntakeAt, DateTime StatusChangedAt, int PhotoCount, int ExtraEventCount, bool Transported);

    private static readonly AnimalStatus[] FinalStatuses = [AnimalStatus.Adopted, AnimalStatus.ReturnedToOwner, AnimalStatus.Transferred, AnimalStatus.Deceased];

    public AnimalCore Core(long animalId)
    {
        var random = SyntheticRandom.For(Seed, AnimalStream, animalId);
        var centerIndex = _centerPicker.Sample(ref random);
        var species = PickSpecies(random.NextDouble());
        var status = PickStatus(random.NextDouble());
        var intakeType = PickIntakeType(random.NextDouble());
        IntakeSource? source = intakeType == IntakeType.SeizedConfiscated ? PickSeizureSource(random.NextDouble())
            : intakeType == IntakeType.StrayAtLarge ? IntakeSource.Street : null;
        // Intakes spread evenly over ten years; animals still in care arrived recently.
        var isFinal = Array.IndexOf(FinalStatuses, status) >= 0;
        var intakeDay = isFinal ? random.Next(HorizonDays - 30) : random.Next(Math.Max(1, HorizonDays - 400), HorizonDays);
        var intakeAt = Epoch.AddDays(intakeDay).AddMinutes(random.Next(8 * 60, 18 * 60));
        // Length of stay: skewed, most animals leave within months, some stay years.
        var stayDays = (int)Math.Min(HorizonDays - intakeDay, 7 + Math.Pow(random.NextDouble(), 2.2) * 720);
        var statusChangedAt = isFinal ? intakeAt.AddDays(stayDays) : intakeAt.AddDays(Math.Min(stayDays, random.Next(1, 60)));
        var transported = CenterPlace[centerIndex].Country == "KR" && status == AnimalStatus.Adopted && random.Chance(0.3);
        return new AnimalCore(centerIndex, species, status, intakeType, source, intakeAt, statusChangedAt,
            PhotoCount: 1 + random.Next(3), ExtraEventCount: random.Next(3), transported);
    }

    private static Species PickSpecies(double u) => u switch
    {
        < 0.70 => Species.Dog,
        < 0.92 => Species.Cat,
        < 0.95 => Species.Rabbit,
        < 0.97 => Species.Bird,
        < 0.98 => Species.Horse,
        < 0.987 => Species.Cow,
        < 0.99 => Species.Deer,
        _ => Species.Other,
    };

    private static AnimalStatus PickStatus(double u) => u switch
    {
        < 0.30 => AnimalStatus.Available,
        < 0.65 => AnimalStatus.Adopted,
        < 0.77 => AnimalStatus.InCare,
        < 0.82 => AnimalStatus.AdoptionPending,
        < 0.85 => AnimalStatus.InTransit,
        < 0.91 => AnimalStatus.Transferred,
        < 0.95 => AnimalStatus.ReturnedToOwner,
        _ => AnimalStatus.Deceased,
    };

    private static IntakeType PickIntakeType(double u) => u switch
    {
        < 0.40 => IntakeType.StrayAtLarge,
        < 0.62 => IntakeType.RelinquishedByOwner,
        < 0.64 => IntakeType.OwnerIntendedEuthanasia,
        < 0.76 => IntakeType.TransferredIn,
        < 0.96 => IntakeType.SeizedConfiscated,
        _ => IntakeType.Other,
    };

    private static IntakeSource PickSeizureSource(double u) => u switch
    {
        < 0.45 => IntakeSource.DogMeatFarm,
        < 0.55 => IntakeSource.Slaughterhouse,
        < 0.65 => IntakeSource.Market,
        < 0.80 => IntakeSource.AbuseCase,
        < 0.90 => IntakeSource.Hoarding,
        < 0.95 => IntakeSource.PuppyMill,
        _ => IntakeSource.Other,
    };

    /// <summary>The outcome event recorded for an animal's final status, if any.</summary>
    public static (AnimalEventKind Kind, OutcomeType Outcome)? OutcomeOf(AnimalStatus status, long animalId) => status switch
    {
        AnimalStatus.Adopted => (AnimalEventKind.Adoption, OutcomeType.Adoption),
        AnimalStatus.ReturnedToOwner => (AnimalEventKind.Return, OutcomeType.ReturnedToOwner),
        AnimalStatus.Transferred => (AnimalEventKind.Transfer, OutcomeType.TransferredOut),
        AnimalStatus.Deceased => (AnimalEventKind.Death, animalId % 3 == 0 ? OutcomeType.ShelterEuthanasia : OutcomeType.DiedInCare),
        _ => null,
    };
}
