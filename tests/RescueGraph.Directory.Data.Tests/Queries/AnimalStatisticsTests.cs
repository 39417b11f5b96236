using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Queries;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Queries;

[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class AnimalStatisticsTests(DirectoryDatabaseFixture fixture)
{
    [Fact]
    public async Task Groups_by_species_in_one_group_by_statement()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var groups = await AnimalStatistics.GroupAsync(context.Animals, [AnimalGroupBy.Species]);

        Assert.Equal([(Species.Dog, 14L), (Species.Cat, 5L), (Species.Horse, 1L), (Species.Rabbit, 1L)],
            groups.Select(g => (g.Key.Species!.Value, g.Count)));
        Assert.All(groups, g => Assert.Null(g.Key.CenterId));
        Assert.Contains("GROUP BY", year.Database.Statements.Single());
    }

    [Fact]
    public async Task Groups_by_several_keys_in_the_order_given()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var groups = await AnimalStatistics.GroupAsync(context.Animals, [AnimalGroupBy.Species, AnimalGroupBy.Center]);

        Assert.Equal(
        [
            (Species.Dog, year.A1, 8L), (Species.Dog, year.A2, 3L), (Species.Dog, year.B1, 3L),
            (Species.Cat, year.A1, 2L), (Species.Cat, year.A2, 2L), (Species.Cat, year.B1, 1L),
            (Species.Horse, year.B1, 1L), (Species.Rabbit, year.B1, 1L),
        ], groups.Select(g => (g.Key.Species!.Value, g.Key.CenterId!.Value, g.Count)));
        Assert.Contains("GROUP BY", year.Database.Statements.Single());
    }

    [Fact]
    public async Task Organization_and_intake_type()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var groups = await AnimalStatistics.GroupAsync(context.Animals, [AnimalGroupBy.Organization, AnimalGroupBy.IntakeType]);

        Assert.Equal(
        [
            (year.OrganizationA, IntakeType.StrayAtLarge, 8L), (year.OrganizationA, IntakeType.RelinquishedByOwner, 3L),
            (year.OrganizationA, IntakeType.OwnerIntendedEuthanasia, 1L), (year.OrganizationA, IntakeType.TransferredIn, 1L),
            (year.OrganizationA, IntakeType.SeizedConfiscated, 2L),
            (year.OrganizationB, IntakeType.StrayAtLarge, 2L), (year.OrganizationB, IntakeType.SeizedConfiscated, 3L),
            (year.OrganizationB, IntakeType.Other, 1L),
        ], groups.Select(g => (g.Key.OrganizationId!.Value, g.Key.IntakeType!.Value, g.Count)));
    }

    [Fact]
    public async Task Intake_month_truncates_the_intake_date()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var groups = await AnimalStatistics.GroupAsync(context.Animals, [AnimalGroupBy.IntakeMonth]);

        Assert.Equal(
        [
            (new DateOnly(2023, 12, 1), 1L), (new DateOnly(2024, 1, 1), 5L), (new DateOnly(2024, 2, 1), 4L), (new DateOnly(2024, 3, 1), 3L),
            (new DateOnly(2024, 4, 1), 2L), (new DateOnly(2024, 5, 1), 2L), (new DateOnly(2024, 6, 1), 2L), (new DateOnly(2024, 8, 1), 1L),
            (new DateOnly(2024, 12, 1), 1L),
        ], groups.Select(g => (g.Key.IntakeMonth!.Value, g.Count)));
        Assert.Contains("date_trunc('month'", year.Database.Statements.Single());
    }

    [Fact]
    public async Task Composes_with_an_already_filtered_source_and_keeps_null_as_a_group()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();
        var b1 = year.B1;

        var groups = await AnimalStatistics.GroupAsync(context.Animals.Where(a => a.CenterId == b1), [AnimalGroupBy.Size, AnimalGroupBy.Sex]);

        Assert.Equal([((AnimalSize?)null, 1L), (AnimalSize.Small, 1L), (AnimalSize.Medium, 3L), (AnimalSize.ExtraLarge, 1L)],
            groups.Select(g => (g.Key.Size, g.Count)));
        Assert.All(groups, g => Assert.Equal(AnimalSex.Female, g.Key.Sex));
        var sql = year.Database.Statements.Single();
        Assert.Contains("WHERE", sql);
        Assert.Contains("GROUP BY", sql);
    }

    [Fact]
    public async Task No_key_gives_the_total_and_duplicate_keys_are_rejected()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var total = Assert.Single(await AnimalStatistics.GroupAsync(context.Animals, []));
        Assert.Equal(21, total.Count);
        Assert.Single(year.Database.Statements.Commands);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            AnimalStatistics.GroupAsync(context.Animals, [AnimalGroupBy.Status, AnimalGroupBy.Status]));
        Assert.Contains("more than once", error.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => AnimalStatistics.GroupAsync(context.Animals, [(AnimalGroupBy)99]));
    }

    [Fact]
    public async Task Every_dimension_can_be_combined_at_once()
    {
        var year = await ShelterYear.CreateAsync(fixture);
        await using var context = year.Database.CreateContext();

        var groups = await AnimalStatistics.GroupAsync(context.Animals, Enum.GetValues<AnimalGroupBy>());

        Assert.Equal(21, groups.Sum(g => g.Count));
        Assert.All(groups, g =>
        {
            Assert.NotNull(g.Key.Species);
            Assert.NotNull(g.Key.Status);
            Assert.NotNull(g.Key.AgeGroup);
            Assert.NotNull(g.Key.OrganizationId);
            Assert.NotNull(g.Key.IntakeMonth);
        });
        Assert.Contains("GROUP BY", year.Database.Statements.Single());
    }
}
