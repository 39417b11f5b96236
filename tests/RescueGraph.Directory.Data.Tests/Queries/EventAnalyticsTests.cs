using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Queries;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Queries;

[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class EventAnalyticsTests(DirectoryDatabaseFixture fixture)
{
    private static (IntakeType, long)[] Intakes(MonthlyEventCounts month) => [.. month.Intakes.Select(c => (c.Type, c.Count))];
    private static (OutcomeType, long)[] Outcomes(MonthlyEventCounts month) => [.. month.Outcomes.Select(c => (c.Type, c.Count))];

    [Fact]
    public async Task Monthly_counts_cover_every_month_of_the_year_in_one_statement()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var months = await EventStatistics.MonthlyAsync(context, EventFilter.Year(2024));

        Assert.Equal(Enumerable.Range(1, 12).Select(m => new DateOnly(2024, m, 1)), months.Select(m => m.Month));
        Assert.Equal([5L, 4, 3, 2, 2, 1, 1, 1, 0, 0, 0, 1], months.Select(m => m.IntakeTotal));
        Assert.Equal([4L, 2, 4, 1, 2, 2, 1, 1, 0, 0, 0, 0], months.Select(m => m.OutcomeTotal));

        Assert.Equal([(IntakeType.StrayAtLarge, 2L), (IntakeType.RelinquishedByOwner, 1L), (IntakeType.SeizedConfiscated, 1L), (IntakeType.Other, 1L)],
            Intakes(months[0]));
        Assert.Equal([(OutcomeType.Adoption, 2L), (OutcomeType.ReturnedToOwner, 1L), (OutcomeType.OtherLiveOutcome, 1L)], Outcomes(months[0]));
        Assert.Equal([(IntakeType.StrayAtLarge, 1L), (IntakeType.TransferredIn, 1L), (IntakeType.SeizedConfiscated, 2L)], Intakes(months[1]));
        Assert.Equal([(OutcomeType.Adoption, 1L), (OutcomeType.DiedInCare, 1L)], Outcomes(months[1]));
        Assert.Equal([(IntakeType.StrayAtLarge, 2L), (IntakeType.OwnerIntendedEuthanasia, 1L)], Intakes(months[2]));
        Assert.Equal([(OutcomeType.TransferredOut, 1L), (OutcomeType.ReturnedToField, 1L), (OutcomeType.ShelterEuthanasia, 2L)], Outcomes(months[2]));
        Assert.Equal([(OutcomeType.Adoption, 2L)], Outcomes(months[5]));
        Assert.Equal([(IntakeType.RelinquishedByOwner, 1L)], Intakes(months[7]));
        Assert.Empty(months[9].Intakes); // October: nothing happened
        Assert.Empty(months[9].Outcomes);
        Assert.Equal([(IntakeType.RelinquishedByOwner, 1L)], Intakes(months[11]));

        // Months are index ranges, not a per-row conversion; nothing joins the animals (events carry the species).
        var sql = year.Database.Statements.Single();
        Assert.Contains("GROUP BY", sql);
        Assert.Contains("unnest(@month_starts, @month_ends)", sql);
        Assert.DoesNotContain("JOIN animals", sql);
    }

    [Fact]
    public async Task Months_follow_the_analysts_time_zone()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var months = await EventStatistics.MonthlyAsync(context, EventFilter.Year(2024, "Asia/Seoul"));

        // a21 (29 Feb 18:00 UTC) moves to March; a18 (31 Dec 23:00 UTC) falls into 2025 and out of the year.
        Assert.Equal([5L, 3, 4, 2, 2, 1, 1, 1, 0, 0, 0, 0], months.Select(m => m.IntakeTotal));
        Assert.Equal([(IntakeType.StrayAtLarge, 3L), (IntakeType.OwnerIntendedEuthanasia, 1L)], Intakes(months[2]));
    }

    [Fact]
    public async Task Monthly_counts_filter_by_species_organization_and_center()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var cats = await EventStatistics.MonthlyAsync(context, EventFilter.Year(2024) with { Species = Species.Cat });
        Assert.Equal([0L, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1], cats.Select(m => m.IntakeTotal));
        Assert.Equal([(OutcomeType.TransferredOut, 1L), (OutcomeType.ReturnedToField, 1L)], Outcomes(cats[2]));

        var b = await EventStatistics.MonthlyAsync(context, EventFilter.Year(2024) with { OrganizationId = year.OrganizationB });
        Assert.Equal([2L, 1, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0], b.Select(m => m.IntakeTotal));
        Assert.Equal([(OutcomeType.OtherLiveOutcome, 1L)], Outcomes(b[0])); // a10's outcome has no center of its own

        var b1 = await EventStatistics.MonthlyAsync(context, EventFilter.Year(2024) with { CenterId = year.B1 });
        Assert.Equal(b.Select(m => m.OutcomeTotal), b1.Select(m => m.OutcomeTotal));

        var fromMidJanuary = await EventStatistics.MonthlyAsync(context, new EventFilter(new DateOnly(2024, 1, 15), new DateOnly(2024, 3, 1)));
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)], fromMidJanuary.Select(m => m.Month));
        Assert.Equal([2L, 4], fromMidJanuary.Select(m => m.IntakeTotal)); // from 15 January: a02 and a03
    }

    [Fact]
    public async Task Live_release_rate_follows_shelter_animals_count()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var report = await LiveReleaseRate.ComputeAsync(context, EventFilter.Year(2024));

        Assert.Equal(13, report.Overall.LiveOutcomes);
        Assert.Equal(3, report.Overall.NonLiveOutcomes);
        Assert.Equal(1, report.Overall.OwnerIntendedEuthanasia);
        Assert.Equal(13.0 / 16, report.Overall.Rate);
        Assert.Null(report.Overall.CenterId);
        Assert.Equal(
            [(year.A1, 9L, 1L, 0L), (year.A2, 2L, 1L, 1L), (year.B1, 2L, 1L, 0L)],
            report.Centers.Select(c => (c.CenterId!.Value, c.LiveOutcomes, c.NonLiveOutcomes, c.OwnerIntendedEuthanasia)));
        Assert.Equal(0.9, report.Centers[0].Rate);
        Assert.Equal(2.0 / 3, report.Centers[1].Rate);
        Assert.Contains("GROUP BY", year.Database.Statements.Single());
    }

    [Fact]
    public async Task Live_release_rate_is_null_without_outcomes()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var report = await LiveReleaseRate.ComputeAsync(context, EventFilter.Year(2023));

        Assert.Empty(report.Centers);
        Assert.Equal(0, report.Overall.TotalOutcomes);
        Assert.Null(report.Overall.Rate);
    }

    [Fact]
    public async Task Length_of_stay_overall_median_mean_and_90th_percentile()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var overall = Assert.Single(await LengthOfStay.ComputeAsync(context, EventFilter.Year(2024)));

        // Stays in days: 1,1,2,3,5,7,10,10,10,10,10,20,20,30,30,60,121 (a19 from its intake date, a20 twice).
        Assert.Equal(17, overall.Stays);
        Assert.Equal(10, overall.MedianDays, 9);
        Assert.Equal(42, overall.P90Days, 9); // 30 + 0.4 × (60 − 30)
        Assert.Equal(350.0 / 17, overall.MeanDays, 9);
        Assert.Null(overall.Species);
        Assert.Null(overall.CenterId);
        Assert.Contains("percentile_cont(0.5)", year.Database.Statements.Single());
    }

    [Fact]
    public async Task Length_of_stay_by_species_and_by_center()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var bySpecies = await LengthOfStay.ComputeAsync(context, EventFilter.Year(2024), LengthOfStayGroupBy.Species);
        Assert.Equal([Species.Dog, Species.Cat, Species.Horse, Species.Rabbit], bySpecies.Select(r => r.Species!.Value));
        var dogs = bySpecies[0];
        Assert.Equal((12L, 10.0, 287.0 / 12), (dogs.Stays, dogs.MedianDays, dogs.MeanDays));
        Assert.Equal(57, dogs.P90Days, 9);
        var cats = bySpecies[1];
        Assert.Equal((3L, 10.0, 14.0), (cats.Stays, cats.MedianDays, cats.MeanDays));
        Assert.Equal(26, cats.P90Days, 9);
        Assert.Contains("GROUP BY species", year.Database.Statements.Single());

        var a2 = Assert.Single(await LengthOfStay.ComputeAsync(context, EventFilter.Year(2024) with { CenterId = year.A2 }, LengthOfStayGroupBy.Center));
        Assert.Equal((year.A2, 4L, 6.0, 18.25), (a2.CenterId!.Value, a2.Stays, a2.MedianDays, a2.MeanDays));
        Assert.Equal(45, a2.P90Days, 9);

        var both = await LengthOfStay.ComputeAsync(context, EventFilter.Year(2024) with { OrganizationId = year.OrganizationB, Species = Species.Dog },
            LengthOfStayGroupBy.Species | LengthOfStayGroupBy.Center);
        var lost = Assert.Single(both); // only a11 left B1 in 2024 among the dogs
        Assert.Equal((Species.Dog, year.B1, 1L, 121.0), (lost.Species!.Value, lost.CenterId!.Value, lost.Stays, lost.MedianDays));

        Assert.Empty(await LengthOfStay.ComputeAsync(context, EventFilter.Year(2022)));
    }

    [Theory]
    [InlineData("2024-01-01", "2024-01-01", "UTC")]
    [InlineData("2024-01-01", "2035-01-02", "UTC")]
    [InlineData("2024-01-01", "2025-01-01", "Mars/Olympus")]
    [InlineData("2024-01-01", "2025-01-01", "Korea Standard Time")]
    [InlineData("2024-01-01", "2025-01-01", " ")]
    public void Invalid_periods_are_rejected(string from, string to, string timeZone)
    {
        Assert.Throws<ArgumentException>(() => new EventFilter(DateOnly.Parse(from), DateOnly.Parse(to), timeZone));
    }
}
