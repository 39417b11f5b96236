using RescueGraph.Directory.Data.Entities;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Queries;

/// <summary>
/// 21 animals of two organizations (centers A1, A2 of org A; B1 of org B) with a hand-counted 2024 timeline; the
/// expected figures in the analytics tests are derived from the table below. Events happen at 00:00 UTC unless noted.
/// </summary>
public sealed class ShelterYear
{
    private ShelterYear(QueryDatabase database) => Database = database;

    public QueryDatabase Database { get; }
    public long OrganizationA { get; private set; }
    public long OrganizationB { get; private set; }
    public long A1 { get; private set; }
    public long A2 { get; private set; }
    public long B1 { get; private set; }

    private sealed record Stay(IntakeType Type, string IntakeAt, OutcomeType? Outcome = null, string? OutcomeAt = null);

    public static async Task<ShelterYear> CreateAsync(DirectoryDatabaseFixture fixture)
    {
        var year = new ShelterYear(new QueryDatabase(await fixture.CreateMigratedDatabaseAsync()));
        var orgA = QueryDatabase.Organization("org-a");
        var orgB = QueryDatabase.Organization("org-b");
        var a1 = QueryDatabase.Center(orgA, "a1", 35.2, 128.8);
        var a2 = QueryDatabase.Center(orgA, "a2", 35.1, 129.0);
        var b1 = QueryDatabase.Center(orgB, "b1", 37.5, 127.0);
        var entities = new List<object>();

        void Add(string name, Species species, RescueCenter center, params Stay[] stays) =>
            AddWith(name, species, center, recordIntake: true, stays);

        void AddWith(string name, Species species, RescueCenter center, bool recordIntake, Stay[] stays)
        {
            var last = stays[^1];
            var animal = QueryDatabase.Animal(center, name, species, DateOnly.FromDateTime(At(last.IntakeAt).UtcDateTime), last.Type);
            animal.Size = species switch
            {
                Species.Dog => AnimalSize.Medium, Species.Rabbit => AnimalSize.Small, Species.Horse => AnimalSize.ExtraLarge, _ => null,
            };
            entities.Add(animal);
            foreach (var stay in stays)
            {
                if (recordIntake)
                    entities.Add(new AnimalEvent { Animal = animal, Kind = AnimalEventKind.Intake, OccurredAt = At(stay.IntakeAt), Center = center, IntakeType = stay.Type });
                if (stay.Outcome is { } outcome)
                {
                    // a10's outcome has no recording center: it counts at the animal's center.
                    entities.Add(new AnimalEvent
                    {
                        Animal = animal, Kind = outcome == OutcomeType.Adoption ? AnimalEventKind.Adoption : AnimalEventKind.Outcome,
                        OccurredAt = At(stay.OutcomeAt!), Center = name == "a10" ? null : center, OutcomeType = outcome,
                    });
                }
            }
        }

        Add("a01", Species.Dog, a1, new Stay(IntakeType.StrayAtLarge, "2024-01-10", OutcomeType.Adoption, "2024-01-20"));
        Add("a02", Species.Dog, a1, new Stay(IntakeType.StrayAtLarge, "2024-01-15", OutcomeType.Adoption, "2024-02-14"));
        Add("a03", Species.Dog, a1, new Stay(IntakeType.RelinquishedByOwner, "2024-01-20", OutcomeType.ReturnedToOwner, "2024-01-25"));
        Add("a04", Species.Cat, a1, new Stay(IntakeType.SeizedConfiscated, "2024-02-01", OutcomeType.TransferredOut, "2024-03-02"));
        Add("a05", Species.Cat, a1, new Stay(IntakeType.SeizedConfiscated, "2024-02-01", OutcomeType.DiedInCare, "2024-02-11"));
        Add("a06", Species.Dog, a2, new Stay(IntakeType.TransferredIn, "2024-02-05", OutcomeType.Adoption, "2024-04-05"));
        Add("a07", Species.Dog, a2, new Stay(IntakeType.OwnerIntendedEuthanasia, "2024-03-01", OutcomeType.ShelterEuthanasia, "2024-03-02"));
        Add("a08", Species.Dog, a2, new Stay(IntakeType.StrayAtLarge, "2024-03-10", OutcomeType.ShelterEuthanasia, "2024-03-20"));
        Add("a09", Species.Cat, a2, new Stay(IntakeType.StrayAtLarge, "2024-03-15", OutcomeType.ReturnedToField, "2024-03-17"));
        Add("a10", Species.Rabbit, b1, new Stay(IntakeType.Other, "2024-01-05", OutcomeType.OtherLiveOutcome, "2024-01-06"));
        Add("a11", Species.Dog, b1, new Stay(IntakeType.SeizedConfiscated, "2024-01-05", OutcomeType.LostInCare, "2024-05-05"));
        Add("a12", Species.Dog, b1, new Stay(IntakeType.SeizedConfiscated, "2024-04-01"));
        Add("a13", Species.Cat, b1, new Stay(IntakeType.StrayAtLarge, "2024-04-01"));
        Add("a14", Species.Dog, a1, new Stay(IntakeType.StrayAtLarge, "2024-05-01", OutcomeType.Adoption, "2024-05-08"));
        Add("a15", Species.Dog, a1, new Stay(IntakeType.StrayAtLarge, "2024-05-01"));
        Add("a16", Species.Horse, b1, new Stay(IntakeType.SeizedConfiscated, "2024-06-01", OutcomeType.Adoption, "2024-06-21"));
        Add("a17", Species.Dog, a1, new Stay(IntakeType.StrayAtLarge, "2023-12-20", OutcomeType.Adoption, "2024-01-09"));
        // 23:00 UTC on New Year's Eve is already 2025 in Seoul.
        Add("a18", Species.Cat, a2, new Stay(IntakeType.RelinquishedByOwner, "2024-12-31T23:00:00Z"));
        // No intake event recorded: the stay is measured from the animal's intake date.
        AddWith("a19", Species.Dog, a1, recordIntake: false, [new Stay(IntakeType.StrayAtLarge, "2024-06-01", OutcomeType.Adoption, "2024-06-11")]);
        // Adopted, returned, adopted again: two stays of 10 and 3 days.
        Add("a20", Species.Dog, a1,
            new Stay(IntakeType.StrayAtLarge, "2024-07-01", OutcomeType.Adoption, "2024-07-11"),
            new Stay(IntakeType.RelinquishedByOwner, "2024-08-01", OutcomeType.Adoption, "2024-08-04"));
        // 18:00 UTC on 29 February is 1 March in Seoul.
        Add("a21", Species.Dog, b1, new Stay(IntakeType.StrayAtLarge, "2024-02-29T18:00:00Z"));

        // Timeline noise that is neither intake nor outcome.
        var a01 = (Animal)entities.Find(e => e is Animal { Name: "a01" })!;
        entities.Add(new AnimalEvent { Animal = a01, Kind = AnimalEventKind.Medical, OccurredAt = At("2024-01-12"), Center = a1 });

        await year.Database.SaveAsync([orgA, orgB, a1, a2, b1, .. entities]);
        (year.OrganizationA, year.OrganizationB, year.A1, year.A2, year.B1) = (orgA.Id, orgB.Id, a1.Id, a2.Id, b1.Id);
        return year;
    }

    private static DateTimeOffset At(string text) =>
        text.Length == 10 ? new DateTimeOffset(DateOnly.Parse(text).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.Parse(text);
}
