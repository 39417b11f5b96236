using System.Text.Json.Serialization;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Data.Seeding;

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
// Schema of Seeding/demo-data.json (embedded resource), the demo data set written from /work/shared/seeds.
//
//   {
//     "$comment": "...", "version": 1,
//     "organizations": [DemoOrganization],   "partnerships": [DemoPartnership],
//     "localities":    [DemoLocality],       "centers":      [DemoCenter],
//     "campaigns":     [DemoCampaign],       "animals":      [DemoAnimal],
//     "stories":       [DemoStory]
//   }
//
// Conventions
// • Property names are camelCase; enum values are the camelCase member names of the entity enums
//   (e.g. "seizedConfiscated", "friendshipCity", "extraLarge").
// • Records refer to each other by stable slug (organizations, localities, centers, campaigns, stories) or, for
//   animals, which have no slug column, by the file-local "key". Slugs and keys never change once published.
// • Dates are ISO-8601: "yyyy-MM-dd" for dates, "yyyy-MM-ddTHH:mm:ssZ" for instants. Where the seeds give less than
//   a day, the companion "*Precision" field says so (see DemoDatePrecision) and the stored date is the first
//   day of the period, the upper bound, or an editor's estimate.
// • "illustrative": true marks records invented to make the demo browsable (the 42 Gimhae dogs, three Bucheon
//   farm dogs); every other record is named or described in the seeds. "nameInSeeds": false marks real animals
//   the seeds describe without naming; their names are descriptive.
// • Fields marked "documentation only" are kept in the file for readers and are not stored in the database.
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

/// <summary>The whole demo data set, as read from <c>demo-data.json</c>.</summary>
public sealed record DemoDataSet
{
    /// <summary>Documentation only.</summary>
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    public required int Version { get; init; }
    public required DemoOrganization[] Organizations { get; init; }
    public required DemoPartnership[] Partnerships { get; init; }
    public required DemoLocality[] Localities { get; init; }
    public required DemoCenter[] Centers { get; init; }
    public required DemoCampaign[] Campaigns { get; init; }
    public required DemoAnimal[] Animals { get; init; }
    public required DemoStory[] Stories { get; init; }
}

/// <summary>How exact a date taken from the seeds is.</summary>
public enum DemoDatePrecision
{
    /// <summary>The seeds give the day.</summary>
    Exact,
    /// <summary>Only the month is known; the date is its first day.</summary>
    Month,
    /// <summary>Only the year is known; the date is 1 January.</summary>
    Year,
    /// <summary>The seeds only show it happened no later than this date.</summary>
    OnOrBefore,
    /// <summary>Not stated; an editor's estimate consistent with the seeds (e.g. the order of a story list).</summary>
    Estimated,
    /// <summary>A story dated by the event it reports, its publication date being unknown.</summary>
    EventDate,
}

/// <summary>What a center does; maps onto the center's service flags.</summary>
public enum DemoCenterService { Shelter, AdoptionCenter, SocializationTraining }

public sealed record DemoOrganization
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required OrganizationKind Kind { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }
    public string? Website { get; init; }
    public short? FoundedYear { get; init; }
    public string? Mission { get; init; }
    /// <summary>Documentation only: the seeds do not name the organization, so <see cref="Name"/> describes it.</summary>
    public bool NameIsDescriptive { get; init; }
}

public sealed record DemoPartnership
{
    public required string Organization { get; init; }
    public required string Partner { get; init; }
    public DateOnly? Since { get; init; }
    public DemoDatePrecision? SincePrecision { get; init; }
    public string? Description { get; init; }
}

public sealed record DemoLocality
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public string? NativeName { get; init; }
    public required LocalityKind Kind { get; init; }
    public required string Country { get; init; }
    public string? Region { get; init; }
    /// <summary>Slug of the enclosing locality (e.g. Seoul for its districts).</summary>
    public string? Parent { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required DemoDogMeatFree DogMeatFree { get; init; }
    public required DemoOfficial[] Officials { get; init; }
}

public sealed record DemoDogMeatFree
{
    public required DogMeatFreeStatus Status { get; init; }
    public DateOnly? DeclaredOn { get; init; }
    /// <summary>Documentation only.</summary>
    public string? Note { get; init; }
}

public sealed record DemoOfficial
{
    public required string Name { get; init; }
    public required string Title { get; init; }
    public DateOnly? TermStart { get; init; }
    public DateOnly? TermEnd { get; init; }
    /// <summary>Documentation only.</summary>
    public string? Note { get; init; }
}

public sealed record DemoCenter
{
    public required string Slug { get; init; }
    public required string Organization { get; init; }
    public required string Name { get; init; }
    public required string City { get; init; }
    public string? Region { get; init; }
    public required string Country { get; init; }
    /// <summary>Approximate coordinates of the city.</summary>
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public short? OpenedYear { get; init; }
    public short? RenovatedYear { get; init; }
    public int? Capacity { get; init; }
    public string? Head { get; init; }
    public required DemoCenterService[] Services { get; init; }
    /// <summary>Documentation only: the seeds name the center but not where it is.</summary>
    public bool LocationIllustrative { get; init; }
    /// <summary>Documentation only (the center entity has no description column).</summary>
    public string? Description { get; init; }
}

public sealed record DemoCampaign
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required CampaignKind Kind { get; init; }
    public string? KoreanLocality { get; init; }
    public string? PartnerLocality { get; init; }
    public short? TwinningYear { get; init; }
    public required CampaignStatus Status { get; init; }
    /// <summary>Slug of the campaign that replaced this one (status "replaced").</summary>
    public string? ReplacedBy { get; init; }
    /// <summary>Slug of the organization running the campaign.</summary>
    public required string Organization { get; init; }
    public string? Summary { get; init; }
    public int? SignatureCount { get; init; }
    public int? SignatureGoal { get; init; }
    public DemoPledge? Pledge { get; init; }
    public string? PetitionTarget { get; init; }
    public DateOnly? StartedOn { get; init; }
    public DemoDatePrecision? StartedOnPrecision { get; init; }
    public DateOnly? EndedOn { get; init; }
    public required DemoCampaignTarget[] Targets { get; init; }
    public required DemoCampaignUpdate[] Updates { get; init; }
    public required DemoOfficialResponse[] Responses { get; init; }
    public required DemoSuggestedMessage[] Messages { get; init; }
}

/// <summary>A sponsor's pledge: <see cref="Amount"/> in <see cref="Currency"/> per <see cref="PerSignatures"/> signatures.</summary>
public sealed record DemoPledge
{
    public required decimal Amount { get; init; }
    /// <summary>ISO 4217.</summary>
    public required string Currency { get; init; }
    public required int PerSignatures { get; init; }
}

/// <summary>
/// Who a campaign addresses. When <see cref="Locality"/> lists an official of that name the target links to
/// that official; otherwise it is stored as free text.
/// </summary>
public sealed record DemoCampaignTarget
{
    public required string Name { get; init; }
    public string? Role { get; init; }
    public string? Locality { get; init; }
}

public sealed record DemoCampaignUpdate
{
    public required DateTimeOffset PostedAt { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
}

/// <summary>A reply received from an official; links to the locality's official of that name when listed.</summary>
public sealed record DemoOfficialResponse
{
    public required string ResponderName { get; init; }
    public string? ResponderTitle { get; init; }
    public string? Locality { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public DemoDatePrecision? ReceivedOnPrecision { get; init; }
    public string? Summary { get; init; }
    public string? Commitment { get; init; }
}

/// <summary>A suggested letter; the project's own rendering of the message the campaign page proposes.</summary>
public sealed record DemoSuggestedMessage
{
    /// <summary>BCP 47 tag, e.g. "it", "en".</summary>
    public required string Language { get; init; }
    public string? Recipient { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
}

public sealed record DemoAnimal
{
    /// <summary>File-local reference used by stories; not stored.</summary>
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required bool Illustrative { get; init; }
    /// <summary>Documentation only: false when the seeds describe the animal without naming it.</summary>
    public bool NameInSeeds { get; init; } = true;
    public required string Center { get; init; }
    public required string Organization { get; init; }
    public required Species Species { get; init; }
    public string? PrimaryBreed { get; init; }
    public string? SecondaryBreed { get; init; }
    public bool MixedBreed { get; init; }
    public AnimalSex Sex { get; init; }
    public required AgeGroup AgeGroup { get; init; }
    public DateOnly? BirthDateEstimate { get; init; }
    public AnimalSize? Size { get; init; }
    public CoatLength? Coat { get; init; }
    public required string[] Colors { get; init; }
    public required AnimalStatus Status { get; init; }
    public bool Published { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required DateTimeOffset StatusChangedAt { get; init; }
    public required DateOnly IntakeDate { get; init; }
    public DemoDatePrecision? IntakeDatePrecision { get; init; }
    public required IntakeType IntakeType { get; init; }
    public string? Story { get; init; }
    /// <summary>Null where the seeds do not say; stored as false.</summary>
    public bool? SpayedNeutered { get; init; }
    public bool? Vaccinated { get; init; }
    public bool? HouseTrained { get; init; }
    public bool SpecialNeeds { get; init; }
    public string? SpecialNeedsDescription { get; init; }
    public Compatibility GoodWithChildren { get; init; }
    public Compatibility GoodWithDogs { get; init; }
    public Compatibility GoodWithCats { get; init; }
    public required DemoPhoto[] Photos { get; init; }
    public required DemoAnimalEvent[] Events { get; init; }
}

public sealed record DemoPhoto
{
    public required short Position { get; init; }
    public string? Caption { get; init; }
    public required string Small { get; init; }
    public required string Medium { get; init; }
    public required string Large { get; init; }
    public required string Original { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
}

/// <summary>One timeline entry; the center recording it is the animal's center, or <see cref="FromCenter"/> when given.</summary>
public sealed record DemoAnimalEvent
{
    public required AnimalEventKind Kind { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public IntakeType? IntakeType { get; init; }
    public IntakeSource? IntakeSource { get; init; }
    public OutcomeType? OutcomeType { get; init; }
    public string? FromCenter { get; init; }
    public string? ToCenter { get; init; }
    public string? Carrier { get; init; }
    public string? FlightNumber { get; init; }
    public string? Escort { get; init; }
    public string? DestinationCity { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? DestinationCountry { get; init; }
    public string? Notes { get; init; }
}

public sealed record DemoStory
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required DateOnly PublishedOn { get; init; }
    public DemoDatePrecision? PublishedOnPrecision { get; init; }
    public required string Organization { get; init; }
    public string? Summary { get; init; }
    public string? Body { get; init; }
    public string? Outcome { get; init; }
    /// <summary>Keys of the animals in the story.</summary>
    public required string[] Animals { get; init; }
}
