using System.Text.Json;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests;

/// <summary>
/// Four centers of a test organization on the meridian 120° W, far from any demo center: A at 45° S, B 0.1° north of
/// it, C 0.5°, D 2°. On one meridian the great-circle distance is R·Δφ, which the tests compute by hand. Center A also
/// holds hand-counted animals and events for the analysts' aggregates.
/// </summary>
public sealed class PacificFixture : DirectoryApiFixture
{
    public const double Latitude = -45, Longitude = -120;

    /// <summary>Radius of the sphere earthdistance assumes, in metres (<c>SELECT earth()</c>).</summary>
    public const double EarthRadiusMeters = 6_378_168;

    /// <summary>Center slug → its latitude offset north of A, in degrees.</summary>
    public static readonly (string Slug, double Offset)[] Centers =
        [("pacific-a", 0), ("pacific-b", 0.1), ("pacific-c", 0.5), ("pacific-d", 2)];

    public static double Kilometers(double offsetDegrees) => EarthRadiusMeters * offsetDegrees * Math.PI / 180 / 1000;

    protected override async Task AddRowsAsync(string connectionString)
    {
        await using var db = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(connectionString));
        var organization = new Organization { Name = "Pacific Test Rescue", Slug = "pacific-test-rescue", Kind = OrganizationKind.Rescue, Country = "NZ" };
        foreach (var (slug, offset) in Centers)
            organization.Centers.Add(new RescueCenter
            {
                Name = "Center " + slug, Slug = slug, City = "Ocean", Country = "NZ", Latitude = Latitude + offset, Longitude = Longitude,
            });
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        var a = organization.Centers[0];

        Animal AddAnimal(RescueCenter center, string name, Species species, AnimalStatus status, bool published = true)
        {
            var listedAt = DateTimeOffset.Parse("2023-04-01T00:00:00Z");
            var animal = new Animal
            {
                CenterId = center.Id, OrganizationId = organization.Id, Name = name, Species = species, AgeGroup = AgeGroup.Adult, Status = status,
                IsPublished = published, PublishedAt = listedAt, StatusChangedAt = listedAt, IntakeDate = new DateOnly(2023, 1, 1),
                IntakeType = IntakeType.StrayAtLarge,
            };
            db.Animals.Add(animal);
            return animal;
        }

        // At A: three dogs (two available, one adopted), two available cats, one unpublished dog.
        var dog1 = AddAnimal(a, "A dog 1", Species.Dog, AnimalStatus.Available);
        var dog2 = AddAnimal(a, "A dog 2", Species.Dog, AnimalStatus.Available);
        var dog3 = AddAnimal(a, "A dog 3", Species.Dog, AnimalStatus.Adopted);
        AddAnimal(a, "A cat 1", Species.Cat, AnimalStatus.Available);
        AddAnimal(a, "A cat 2", Species.Cat, AnimalStatus.Available);
        AddAnimal(a, "A hidden dog", Species.Dog, AnimalStatus.InCare, published: false);
        // Near-me animals at B and C.
        var bDog = AddAnimal(organization.Centers[1], "Pacific B dog", Species.Dog, AnimalStatus.Available);
        AddAnimal(organization.Centers[2], "Pacific C cat", Species.Cat, AnimalStatus.Available);
        await db.SaveChangesAsync();

        // At A, stays of 59, 60 and 70 days: two adoptions and a death in care; at B, a dog returned to its owner.
        void Stay(RescueCenter center, Animal animal, string intakeOn, IntakeType intake, string outcomeOn, OutcomeType outcome, AnimalEventKind kind)
        {
            db.AnimalEvents.Add(new AnimalEvent
            {
                AnimalId = animal.Id, CenterId = center.Id, Kind = AnimalEventKind.Intake, IntakeType = intake, OccurredAt = DateTimeOffset.Parse(intakeOn + "T00:00:00Z"),
            });
            db.AnimalEvents.Add(new AnimalEvent
            {
                AnimalId = animal.Id, CenterId = center.Id, Kind = kind, OutcomeType = outcome, OccurredAt = DateTimeOffset.Parse(outcomeOn + "T00:00:00Z"),
            });
        }
        Stay(a, dog1, "2023-01-01", IntakeType.StrayAtLarge, "2023-03-01", OutcomeType.Adoption, AnimalEventKind.Adoption);
        Stay(a, dog2, "2023-01-10", IntakeType.StrayAtLarge, "2023-03-11", OutcomeType.Adoption, AnimalEventKind.Adoption);
        Stay(a, dog3, "2023-01-20", IntakeType.SeizedConfiscated, "2023-03-31", OutcomeType.DiedInCare, AnimalEventKind.Death);
        Stay(organization.Centers[1], bDog, "2023-02-01", IntakeType.StrayAtLarge, "2023-02-10", OutcomeType.ReturnedToOwner, AnimalEventKind.Outcome);
        await db.SaveChangesAsync();
    }
}

public sealed class DistanceAndStatisticsTests(PacificFixture fixture) : IClassFixture<PacificFixture>
{
    private DirectoryApiFactory Api => fixture.Factory;

    private static object Near(double radius, string unit = "KILOMETERS") =>
        new { latitude = PacificFixture.Latitude, longitude = PacificFixture.Longitude, radius, unit };

    private const string NearbyCentersPage = """
        query($near: NearInput!, $first: Int, $after: String, $last: Int, $before: String) {
          nearbyCenters(near: $near, first: $first, after: $after, last: $last, before: $before) {
            edges { distance node { slug } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Nearby_centers_come_nearest_first_at_hand_computed_distances_and_page_on()
    {
        var page1 = (await Api.QueryAsync(NearbyCentersPage, new { near = Near(100), first = 2 })).GetProperty("nearbyCenters");
        AssertEdges(page1, ("pacific-a", 0), ("pacific-b", PacificFixture.Kilometers(0.1)));
        Assert.True(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var page2 = (await Api.QueryAsync(NearbyCentersPage,
            new { near = Near(100), first = 2, after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("nearbyCenters");
        AssertEdges(page2, ("pacific-c", PacificFixture.Kilometers(0.5)));
        Assert.False(page2.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var back = (await Api.QueryAsync(NearbyCentersPage,
            new { near = Near(100), last = 1, before = page2.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).GetProperty("nearbyCenters");
        AssertEdges(back, ("pacific-b", PacificFixture.Kilometers(0.1)));
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        // 100 miles reach C (34.6 mi) but not D (138.3 mi); distances come back in miles.
        var miles = (await Api.QueryAsync(NearbyCentersPage, new { near = Near(100, "MILES"), first = 10 })).GetProperty("nearbyCenters");
        AssertEdges(miles, ("pacific-a", 0), ("pacific-b", PacificFixture.Kilometers(0.1) / 1.609344), ("pacific-c", PacificFixture.Kilometers(0.5) / 1.609344));

        // A cursor is bound to its point: reusing it around another point is refused.
        var elsewhere = await Api.PostAsync(NearbyCentersPage, new
        {
            near = new { latitude = 10.0, longitude = 10.0, radius = 100.0 }, first = 2,
            after = page1.GetProperty("pageInfo").GetProperty("endCursor").GetString(),
        });
        Assert.Equal("HC0078", DirectoryApiFactory.FirstErrorCode(elsewhere));
    }

    [Fact]
    public async Task Near_filters_the_plain_connections_and_combines_with_where_and_order()
    {
        var data = await Api.QueryAsync("""
            query($near: NearInput!) {
              centers(near: $near, order: [{ name: DESC }]) { nodes { slug } }
              animals(near: $near, where: { species: { eq: CAT } }, order: [{ name: ASC }]) { nodes { name } }
              organizations(near: $near) { nodes { slug } }
              nearbyAnimals(near: $near, where: { name: { startsWith: "Pacific" } }) { edges { distance node { name } } }
              nearbyOrganizations(near: $near) { edges { distance node { slug } } }
            }
            """, new { near = Near(60) });

        Assert.Equal(["pacific-c", "pacific-b", "pacific-a"], Slugs(data.GetProperty("centers")));
        Assert.Equal(["A cat 1", "A cat 2", "Pacific C cat"],
            data.GetProperty("animals").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!));
        Assert.Equal(["pacific-test-rescue"], Slugs(data.GetProperty("organizations")));

        var nearbyAnimals = data.GetProperty("nearbyAnimals").GetProperty("edges").EnumerateArray().ToArray();
        Assert.Equal(["Pacific B dog", "Pacific C cat"], nearbyAnimals.Select(e => e.GetProperty("node").GetProperty("name").GetString()!));
        Assert.Equal(PacificFixture.Kilometers(0.1), nearbyAnimals[0].GetProperty("distance").GetDouble(), 6);
        Assert.Equal(PacificFixture.Kilometers(0.5), nearbyAnimals[1].GetProperty("distance").GetDouble(), 6);

        var organization = Assert.Single(data.GetProperty("nearbyOrganizations").GetProperty("edges").EnumerateArray());
        Assert.Equal("pacific-test-rescue", organization.GetProperty("node").GetProperty("slug").GetString());
        Assert.Equal(0, organization.GetProperty("distance").GetDouble(), 6);
    }

    [Theory]
    [InlineData(501, -45)]
    [InlineData(0, -45)]
    [InlineData(10, -91)]
    public async Task A_radius_or_point_out_of_range_is_a_field_error(double radius, double latitude)
    {
        var response = await Api.PostAsync("query($near: NearInput!) { centers(near: $near) { nodes { slug } } }",
            new { near = new { latitude, longitude = -120.0, radius } });
        Assert.Equal("INVALID_ARGUMENT", DirectoryApiFactory.FirstErrorCode(response));
    }

    [Fact]
    public async Task Animal_statistics_match_the_hand_counted_fixture_in_one_statement()
    {
        const string query = """
            query($groupBy: [AnimalGroupBy!]) {
              animalStatistics(where: { center: { slug: { eq: "pacific-a" } } }, groupBy: $groupBy) {
                count species status center { slug }
              }
            }
            """;
        var (grouped, statements) = await Api.QueryCountingStatementsAsync(query, new { groupBy = new[] { "SPECIES", "STATUS" } });
        Assert.Equal(1, statements);
        Assert.Equal(["DOG AVAILABLE 2", "DOG ADOPTED 1", "CAT AVAILABLE 2"],
            grouped.GetProperty("animalStatistics").EnumerateArray()
                .Select(g => $"{g.GetProperty("species").GetString()} {g.GetProperty("status").GetString()} {g.GetProperty("count").GetInt32()}"));

        var total = Assert.Single((await Api.QueryAsync(query, new { groupBy = Array.Empty<string>() })).GetProperty("animalStatistics").EnumerateArray());
        Assert.Equal(5, total.GetProperty("count").GetInt32()); // the unpublished dog is not counted
        Assert.Equal(JsonValueKind.Null, total.GetProperty("species").ValueKind);

        var byCenter = Assert.Single((await Api.QueryAsync(query, new { groupBy = new[] { "CENTER" } })).GetProperty("animalStatistics").EnumerateArray());
        Assert.Equal("pacific-a", byCenter.GetProperty("center").GetProperty("slug").GetString());

        var twice = await Api.PostAsync(query, new { groupBy = new[] { "SPECIES", "SPECIES" } });
        Assert.Equal("INVALID_ARGUMENT", DirectoryApiFactory.FirstErrorCode(twice));
    }

    [Fact]
    public async Task Event_statistics_match_the_hand_counted_fixture_one_statement_per_field()
    {
        var centerId = (await Api.QueryAsync("{ center(slug: \"pacific-a\") { id } }")).GetProperty("center").GetProperty("id").GetString();
        var (data, statements) = await Api.QueryCountingStatementsAsync("""
            query($center: ID!) {
              eventStatistics(from: "2023-01-01", to: "2023-04-01", center: $center) {
                months { month intakeTotal outcomeTotal intakes { type count } outcomes { type count } }
                lengthOfStay { stays meanDays medianDays }
                liveReleaseRate { overall { rate liveOutcomes nonLiveOutcomes totalOutcomes } }
              }
            }
            """, new { center = centerId });
        Assert.True(statements == 3, $"Expected 3 statements, got {statements}:\n{Api.Statements.Describe()}");

        var statistics = data.GetProperty("eventStatistics");
        var months = statistics.GetProperty("months").EnumerateArray().ToArray();
        Assert.Equal(["2023-01-01", "2023-02-01", "2023-03-01"], months.Select(m => m.GetProperty("month").GetString()!));
        Assert.Equal([3, 0, 0], months.Select(m => m.GetProperty("intakeTotal").GetInt32()));
        Assert.Equal([0, 0, 3], months.Select(m => m.GetProperty("outcomeTotal").GetInt32()));
        Assert.Equal(["STRAY_AT_LARGE 2", "SEIZED_CONFISCATED 1"], Counts(months[0].GetProperty("intakes")));
        Assert.Equal(["ADOPTION 2", "DIED_IN_CARE 1"], Counts(months[2].GetProperty("outcomes")));

        var stay = statistics.GetProperty("lengthOfStay");
        Assert.Equal(3, stay.GetProperty("stays").GetInt32());
        Assert.Equal(60, stay.GetProperty("medianDays").GetDouble(), 9);
        Assert.Equal(63, stay.GetProperty("meanDays").GetDouble(), 9);

        var rate = statistics.GetProperty("liveReleaseRate").GetProperty("overall");
        Assert.Equal(2, rate.GetProperty("liveOutcomes").GetInt32());
        Assert.Equal(1, rate.GetProperty("nonLiveOutcomes").GetInt32());
        Assert.Equal(2.0 / 3, rate.GetProperty("rate").GetDouble(), 12);

        var badPeriod = await Api.PostAsync("{ eventStatistics(from: \"2023-04-01\", to: \"2023-01-01\") { from } }");
        Assert.Equal("INVALID_ARGUMENT", DirectoryApiFactory.FirstErrorCode(badPeriod));
    }

    [Fact]
    public async Task Months_of_every_species_cost_one_statement_per_request()
    {
        var centerId = (await Api.QueryAsync("{ center(slug: \"pacific-a\") { id } }")).GetProperty("center").GetProperty("id").GetString();
        // The shape of bench scenario 5a: one eventStatistics per species, plus the total.
        var (data, statements) = await Api.QueryCountingStatementsAsync("""
            query($center: ID!) {
              dog: eventStatistics(from: "2023-01-01", to: "2023-05-01", center: $center, species: DOG) { ...Monthly }
              cat: eventStatistics(from: "2023-01-01", to: "2023-05-01", center: $center, species: CAT) { ...Monthly }
              deer: eventStatistics(from: "2023-01-01", to: "2023-05-01", center: $center, species: DEER) { ...Monthly }
              all: eventStatistics(from: "2023-01-01", to: "2023-05-01", center: $center) { ...Monthly }
            }
            fragment Monthly on EventStatistics { months { month intakeTotal outcomeTotal } }
            """, new { center = centerId });
        Assert.True(statements == 1, $"Expected 1 statement, got {statements}:\n{Api.Statements.Describe()}");

        int[] Totals(string alias, string field) =>
            [.. data.GetProperty(alias).GetProperty("months").EnumerateArray().Select(m => m.GetProperty(field).GetInt32())];
        Assert.Equal([3, 0, 0, 0], Totals("dog", "intakeTotal"));
        Assert.Equal([0, 0, 3, 0], Totals("dog", "outcomeTotal"));
        Assert.Equal([0, 0, 0, 0], Totals("cat", "intakeTotal")); // A's cats have no events
        Assert.Equal([0, 0, 0, 0], Totals("deer", "outcomeTotal"));
        Assert.Equal(Totals("dog", "intakeTotal"), Totals("all", "intakeTotal"));
        Assert.Equal(["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"],
            data.GetProperty("deer").GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()!));
    }

    [Fact]
    public async Task Live_release_rate_by_center_is_two_statements_whatever_the_number_of_centers()
    {
        // The shape of bench scenario 5b: every center with outcomes, with its name.
        var (data, statements) = await Api.QueryCountingStatementsAsync("""
            {
              eventStatistics(from: "2023-01-01", to: "2024-01-01") {
                liveReleaseRate {
                  overall { liveOutcomes totalOutcomes }
                  byCenter { center { name city } liveOutcomes totalOutcomes rate }
                }
              }
            }
            """);
        // The aggregate over all centers at once, then one batched load of the centers' names.
        Assert.True(statements == 2, $"Expected 2 statements, got {statements}:\n{Api.Statements.Describe()}");

        var report = data.GetProperty("eventStatistics").GetProperty("liveReleaseRate");
        var byCenter = report.GetProperty("byCenter").EnumerateArray().Select(c =>
            (Name: c.GetProperty("center").GetProperty("name").GetString()!, Live: c.GetProperty("liveOutcomes").GetInt32(),
             Total: c.GetProperty("totalOutcomes").GetInt32(), Rate: c.GetProperty("rate").GetDouble())).ToArray();
        Assert.Equal((2, 3, 2.0 / 3), byCenter.Single(c => c.Name == "Center pacific-a") is var a ? (a.Live, a.Total, a.Rate) : default);
        Assert.Equal((1, 1, 1.0), byCenter.Single(c => c.Name == "Center pacific-b") is var b ? (b.Live, b.Total, b.Rate) : default);
        Assert.DoesNotContain(byCenter, c => c.Name == "Center pacific-c"); // no outcome there
        var overall = report.GetProperty("overall");
        Assert.Equal(byCenter.Sum(c => c.Live), overall.GetProperty("liveOutcomes").GetInt32());
        Assert.Equal(byCenter.Sum(c => c.Total), overall.GetProperty("totalOutcomes").GetInt32());

        // Centers are read only when selected (here through a fragment); without them the aggregate is the only statement.
        var (_, withoutCenters) = await Api.QueryCountingStatementsAsync(
            "{ eventStatistics(from: \"2023-01-01\", to: \"2024-01-01\") { liveReleaseRate { byCenter { rate } } } }");
        Assert.Equal(1, withoutCenters);
        var (viaFragment, fragmentStatements) = await Api.QueryCountingStatementsAsync("""
            { eventStatistics(from: "2023-01-01", to: "2024-01-01") { liveReleaseRate { byCenter { ...Named } } } }
            fragment Named on LiveReleaseRate { center { name } }
            """);
        Assert.Equal(2, fragmentStatements);
        Assert.Contains(viaFragment.GetProperty("eventStatistics").GetProperty("liveReleaseRate").GetProperty("byCenter").EnumerateArray(),
            c => c.GetProperty("center").GetProperty("name").GetString() == "Center pacific-b");
    }

    private static IEnumerable<string> Counts(JsonElement counts) =>
        counts.EnumerateArray().Select(c => $"{c.GetProperty("type").GetString()} {c.GetProperty("count").GetInt32()}");

    private static IEnumerable<string> Slugs(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()!);

    private static void AssertEdges(JsonElement connection, params (string Slug, double Distance)[] expected)
    {
        var edges = connection.GetProperty("edges").EnumerateArray().ToArray();
        Assert.Equal(expected.Select(e => e.Slug), edges.Select(e => e.GetProperty("node").GetProperty("slug").GetString()!));
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i].Distance, edges[i].GetProperty("distance").GetDouble(), 6);
    }
}
