using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Queries;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Queries;

/// <summary>
/// The aggregates as analysts' requests combine them: one statement serving every species, months without events,
/// centers without outcomes, and each outcome type's place in the Shelter Animals Count live-release formula.
/// </summary>
[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class EventAggregateTests(DirectoryDatabaseFixture fixture)
{
    private static long[] IntakeTotals(IReadOnlyList<MonthlyEventCounts> months) => [.. months.Select(m => m.IntakeTotal)];
    private static long[] OutcomeTotals(IReadOnlyList<MonthlyEventCounts> months) => [.. months.Select(m => m.OutcomeTotal)];

    [Fact]
    public async Task One_statement_split_by_species_serves_every_species_and_the_total()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var table = await EventStatistics.MonthlyTableAsync(context, EventFilter.Year(2024), bySpecies: true);

        // Species comes from the events themselves (migration 0005): the animals table is not read.
        var statement = year.Database.Statements.Single();
        Assert.Contains("e.species", statement);
        Assert.DoesNotContain("animals", statement);
        // Hand-counted from ShelterYear: a19 has no intake event, a17's intake was in 2023.
        Assert.Equal([4L, 2, 2, 1, 2, 0, 1, 1, 0, 0, 0, 0], IntakeTotals(table.For(Species.Dog)));
        Assert.Equal([0L, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1], IntakeTotals(table.For(Species.Cat)));
        Assert.Equal([1L, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], IntakeTotals(table.For(Species.Rabbit)));
        Assert.Equal([0L, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0], OutcomeTotals(table.For(Species.Horse)));
        Assert.Equal([(OutcomeType.Adoption, 2L), (OutcomeType.ReturnedToOwner, 1L)], table.For(Species.Dog)[0].Outcomes.Select(c => (c.Type, c.Count)));

        // A species without events still gets every month, all empty.
        var deer = table.For(Species.Deer);
        Assert.Equal(12, deer.Count);
        Assert.All(deer, month => Assert.True(month.IntakeTotal == 0 && month.OutcomeTotal == 0 && month.Intakes.Count == 0 && month.Outcomes.Count == 0));

        // The species add up to the total, which matches the unsplit statement.
        var all = table.For(null);
        for (var month = 0; month < 12; month++)
        {
            long intakes = 0, outcomes = 0;
            foreach (var species in Enum.GetValues<Species>())
            {
                intakes += table.For(species)[month].IntakeTotal;
                outcomes += table.For(species)[month].OutcomeTotal;
            }
            Assert.Equal((all[month].IntakeTotal, all[month].OutcomeTotal), (intakes, outcomes));
        }
        var unsplit = await EventStatistics.MonthlyTableAsync(context, EventFilter.Year(2024), bySpecies: false);
        Assert.Equal(IntakeTotals(all), IntakeTotals(unsplit.For(null)));
        Assert.Equal(OutcomeTotals(all), OutcomeTotals(unsplit.For(null)));
        Assert.Throws<InvalidOperationException>(() => unsplit.For(Species.Dog));
    }

    [Fact]
    public async Task Species_months_combine_with_organization_and_center_filters()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        // Organization B's dogs: a11 (Jan), a12 (Apr), a21 (Feb); a10 is a rabbit, a16 a horse.
        var bDogs = await EventStatistics.MonthlyAsync(context, EventFilter.Year(2024) with { OrganizationId = year.OrganizationB, Species = Species.Dog });
        Assert.Equal([1L, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0], IntakeTotals(bDogs));
        Assert.Equal([0L, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0], OutcomeTotals(bDogs)); // a11 lost in care in May

        // a10's outcome has no recording center: it counts at the animal's center B1, not at A1.
        var a1 = await EventStatistics.MonthlyAsync(context, EventFilter.Year(2024) with { CenterId = year.A1, Species = Species.Rabbit });
        Assert.All(a1, month => Assert.Equal(0, month.OutcomeTotal));
        var b1 = await EventStatistics.MonthlyAsync(context, EventFilter.Year(2024) with { CenterId = year.B1, Species = Species.Rabbit });
        Assert.Equal([(OutcomeType.OtherLiveOutcome, 1L)], b1[0].Outcomes.Select(c => (c.Type, c.Count)));
    }

    [Fact]
    public async Task Live_release_counts_each_outcome_type_as_shelter_animals_count_does()
    {
        var database = new QueryDatabase(await fixture.CreateMigratedDatabaseAsync());
        var organization = QueryDatabase.Organization("sac");
        var counting = QueryDatabase.Center(organization, "counting", null, null);
        var quiet = QueryDatabase.Center(organization, "quiet", null, null); // intakes only: no outcome in the period
        var entities = new List<object> { organization, counting, quiet };
        var at = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

        void Stay(RescueCenter center, string name, IntakeType intake, OutcomeType? outcome)
        {
            var animal = QueryDatabase.Animal(center, name, intakeType: intake);
            entities.Add(animal);
            entities.Add(new AnimalEvent { Animal = animal, Kind = AnimalEventKind.Intake, OccurredAt = at, Center = center, IntakeType = intake });
            if (outcome is { } type)
                entities.Add(new AnimalEvent { Animal = animal, Kind = AnimalEventKind.Outcome, OccurredAt = at.AddDays(3), Center = center, OutcomeType = type });
        }

        foreach (var outcome in Enum.GetValues<OutcomeType>()) Stay(counting, "stray " + outcome, IntakeType.StrayAtLarge, outcome);
        // Owner-intended euthanasia is outside the rate; an owner-intended intake that is adopted is a live outcome.
        Stay(counting, "owner-intended, euthanised", IntakeType.OwnerIntendedEuthanasia, OutcomeType.ShelterEuthanasia);
        Stay(counting, "owner-intended, adopted", IntakeType.OwnerIntendedEuthanasia, OutcomeType.Adoption);
        Stay(quiet, "still in care", IntakeType.StrayAtLarge, null);
        await database.SaveAsync([.. entities]);
        await using var context = database.CreateContext();

        var report = await LiveReleaseRate.ComputeAsync(context, EventFilter.Year(2024));

        var center = Assert.Single(report.Centers); // the quiet center has no row
        Assert.Equal((counting.Id, 6L, 3L, 1L), (center.CenterId!.Value, center.LiveOutcomes, center.NonLiveOutcomes, center.OwnerIntendedEuthanasia));
        Assert.Equal(9, center.TotalOutcomes);
        Assert.Equal(6.0 / 9, center.Rate);
        Assert.Equal((6L, 3L, 1L), (report.Overall.LiveOutcomes, report.Overall.NonLiveOutcomes, report.Overall.OwnerIntendedEuthanasia));
        Assert.Contains("FILTER (WHERE", database.Statements.Single());

        var quietOnly = await LiveReleaseRate.ComputeAsync(context, EventFilter.Year(2024) with { CenterId = quiet.Id });
        Assert.Empty(quietOnly.Centers);
        Assert.Null(quietOnly.Overall.Rate);

        Assert.Equal(
            [OutcomeType.Adoption, OutcomeType.ReturnedToOwner, OutcomeType.TransferredOut, OutcomeType.ReturnedToField, OutcomeType.OtherLiveOutcome],
            Enum.GetValues<OutcomeType>().Where(LiveReleaseRate.IsLive));
    }

    [Fact]
    public async Task Live_release_by_species_and_organization_reads_the_animal_of_each_outcome()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        // Cats: a04 transferred out, a09 returned to field (live), a05 died in care.
        var cats = await LiveReleaseRate.ComputeAsync(context, EventFilter.Year(2024) with { Species = Species.Cat });
        Assert.Equal((2L, 1L, 0L), (cats.Overall.LiveOutcomes, cats.Overall.NonLiveOutcomes, cats.Overall.OwnerIntendedEuthanasia));
        Assert.Equal([year.A1, year.A2], cats.Centers.Select(c => c.CenterId!.Value));

        // Organization B: a10 (other live outcome, counted at B1 without a recording center), a16 adopted, a11 lost in care.
        var b = await LiveReleaseRate.ComputeAsync(context, EventFilter.Year(2024) with { OrganizationId = year.OrganizationB });
        var b1 = Assert.Single(b.Centers);
        Assert.Equal((year.B1, 2L, 1L), (b1.CenterId!.Value, b1.LiveOutcomes, b1.NonLiveOutcomes));
    }
}
