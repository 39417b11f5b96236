using Microsoft.EntityFrameworkCore;
using Npgsql;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Modeling;
using RescueGraph.Directory.Data.Queries;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Queries;

[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class DistanceSearchTests(DirectoryDatabaseFixture fixture)
{
    private static readonly GeoPoint Gimhae = new(35.2285, 128.8894);
    private static readonly (double Latitude, double Longitude) Busan = (35.1796, 129.0756);
    private static readonly (double Latitude, double Longitude) Jeonju = (35.8242, 127.1480);
    private static readonly (double Latitude, double Longitude) Seoul = (37.5665, 126.9780);
    private static readonly (double Latitude, double Longitude) LosAngeles = (34.0522, -118.2437);

    /// <summary>Great-circle distance on earthdistance's sphere, computed independently of PostgreSQL.</summary>
    private static double HaversineKilometers(GeoPoint from, (double Latitude, double Longitude) to)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(to.Latitude - from.Latitude);
        var dLon = Radians(to.Longitude - from.Longitude);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                + Math.Cos(Radians(from.Latitude)) * Math.Cos(Radians(to.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthDistanceFunctions.EarthRadiusMeters * Math.Asin(Math.Sqrt(h)) / 1000;
    }

    private sealed record World(QueryDatabase Database, long Korea, long Abroad, long Empty);

    private async Task<World> CreateWorldAsync()
    {
        var database = new QueryDatabase(await fixture.CreateMigratedDatabaseAsync());
        var korea = QueryDatabase.Organization("korea");
        var abroad = QueryDatabase.Organization("abroad");
        var empty = QueryDatabase.Organization("no-coordinates");
        var busan = QueryDatabase.Center(korea, "busan", Busan.Latitude, Busan.Longitude);
        var jeonju = QueryDatabase.Center(korea, "jeonju", Jeonju.Latitude, Jeonju.Longitude);
        var seoul = QueryDatabase.Center(abroad, "seoul", Seoul.Latitude, Seoul.Longitude);
        var losAngeles = QueryDatabase.Center(abroad, "los-angeles", LosAngeles.Latitude, LosAngeles.Longitude);
        var unknown = QueryDatabase.Center(empty, "unknown", null, null);
        await database.SaveAsync(
            QueryDatabase.Animal(busan, "busan-1"), QueryDatabase.Animal(busan, "busan-2"), QueryDatabase.Animal(jeonju, "jeonju-1"),
            QueryDatabase.Animal(seoul, "seoul-1"), QueryDatabase.Animal(losAngeles, "la-1"), QueryDatabase.Animal(unknown, "unknown-1"));
        return new World(database, korea.Id, abroad.Id, empty.Id);
    }

    [Fact]
    public async Task Distances_match_the_haversine_formula_on_earthdistances_sphere_in_both_units()
    {
        var world = await CreateWorldAsync();
        await using var context = world.Database.CreateContext();
        Assert.Equal(EarthDistanceFunctions.EarthRadiusMeters,
            await context.Database.SqlQueryRaw<double>("SELECT earth() AS \"Value\"").SingleAsync());

        var kilometers = await context.RescueCenters.WithDistance(Gimhae, DistanceUnit.Kilometers).NearestFirst()
            .Select(r => new { r.Item.Slug, r.Distance }).ToListAsync();
        Assert.Equal(["busan", "jeonju", "seoul", "los-angeles"], kilometers.Select(r => r.Slug));
        Assert.Equal(HaversineKilometers(Gimhae, Busan), kilometers[0].Distance, 6);
        Assert.Equal(HaversineKilometers(Gimhae, Jeonju), kilometers[1].Distance, 6);
        Assert.Equal(HaversineKilometers(Gimhae, Seoul), kilometers[2].Distance, 6);
        Assert.Equal(HaversineKilometers(Gimhae, LosAngeles), kilometers[3].Distance, 5);
        Assert.InRange(kilometers[0].Distance, 17, 19); // sanity: Gimhae to Busan is about 18 km

        var miles = await context.RescueCenters.WithDistance(Gimhae, DistanceUnit.Miles).NearestFirst()
            .Select(r => r.Distance).ToListAsync();
        for (var i = 0; i < miles.Count; i++)
            Assert.Equal(kilometers[i].Distance / 1.609344, miles[i], 6);
    }

    [Fact]
    public async Task Radius_edges_are_inclusive_to_the_metre_and_units_convert()
    {
        var world = await CreateWorldAsync();
        await using var context = world.Database.CreateContext();
        var toSeoul = HaversineKilometers(Gimhae, Seoul);

        async Task<string[]> CentersWithin(double radius, DistanceUnit unit) =>
            await context.RescueCenters.WithinRadius(Gimhae, radius, unit).OrderBy(c => c.Slug).Select(c => c.Slug).ToArrayAsync();

        Assert.Equal(["busan", "jeonju", "seoul"], await CentersWithin(toSeoul + 0.001, DistanceUnit.Kilometers));
        Assert.Equal(["busan", "jeonju"], await CentersWithin(toSeoul - 0.001, DistanceUnit.Kilometers));
        Assert.Equal(["busan", "jeonju", "seoul"], await CentersWithin(toSeoul / 1.609344 + 0.001, DistanceUnit.Miles));
        Assert.Equal(["busan", "jeonju"], await CentersWithin(toSeoul / 1.609344 - 0.001, DistanceUnit.Miles));
        // Seoul is 311.5 km (193.6 miles) away: 196 miles reaches it, 196 km would not.
        Assert.Equal(["busan", "jeonju"], await CentersWithin(190, DistanceUnit.Miles));
        Assert.Equal(["busan", "jeonju", "seoul"], await CentersWithin(196, DistanceUnit.Miles));
        Assert.Equal(["busan", "jeonju"], await CentersWithin(196, DistanceUnit.Kilometers));
        Assert.Equal(["busan"], await CentersWithin(20, DistanceUnit.Kilometers));
    }

    [Fact]
    public async Task Animals_are_found_through_their_center_and_organizations_through_any_center()
    {
        var world = await CreateWorldAsync();
        await using var context = world.Database.CreateContext();

        var animals = await context.Animals.WithinRadius(Gimhae, 200, DistanceUnit.Kilometers).OrderBy(a => a.Name).Select(a => a.Name).ToListAsync();
        Assert.Equal(["busan-1", "busan-2", "jeonju-1"], animals);

        var nearest = await context.Animals.Where(a => a.Name != "busan-2").WithDistance(Gimhae, DistanceUnit.Kilometers).NearestFirst()
            .Select(r => new { r.Item.Name, r.Distance }).ToListAsync();
        Assert.Equal(["busan-1", "jeonju-1", "seoul-1", "la-1"], nearest.Select(r => r.Name)); // no coordinates, no distance
        Assert.Equal(HaversineKilometers(Gimhae, Jeonju), nearest[1].Distance, 6);

        // Seoul (311.5 km) belongs to "abroad": within 400 km it qualifies through Seoul, not Los Angeles.
        Assert.Equal([world.Korea], await context.Organizations.WithinRadius(Gimhae, 300, DistanceUnit.Kilometers).Select(o => o.Id).ToListAsync());
        Assert.Equal([world.Korea, world.Abroad],
            await context.Organizations.WithinRadius(Gimhae, 400, DistanceUnit.Kilometers).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync());

        var organizations = await context.Organizations.WithDistance(Gimhae, DistanceUnit.Kilometers).NearestFirst()
            .Select(r => new { r.Item.Id, r.Distance }).ToListAsync();
        Assert.Equal([world.Korea, world.Abroad], organizations.Select(r => r.Id));
        Assert.Equal(HaversineKilometers(Gimhae, Busan), organizations[0].Distance, 6);
        Assert.Equal(HaversineKilometers(Gimhae, Seoul), organizations[1].Distance, 6);
    }

    [Fact]
    public async Task Keyset_paging_composes_on_distance_and_id()
    {
        var world = await CreateWorldAsync();
        await using var context = world.Database.CreateContext();
        var all = await context.Animals.WithDistance(Gimhae, DistanceUnit.Kilometers).NearestFirst()
            .Select(r => new { r.Item.Id, r.Distance }).ToListAsync();
        Assert.Equal(all[0].Distance, all[1].Distance); // the two Busan animals tie; the id breaks the tie
        Assert.True(all[0].Id < all[1].Id);

        var after = all[0];
        var page = await context.Animals.WithDistance(Gimhae, DistanceUnit.Kilometers)
            .Where(r => r.Distance > after.Distance || (r.Distance == after.Distance && r.Item.Id > after.Id))
            .NearestFirst().Take(2).Select(r => r.Item.Id).ToListAsync();
        Assert.Equal([all[1].Id, all[2].Id], page);
    }

    [Theory]
    [InlineData(0, DistanceUnit.Kilometers)]
    [InlineData(-1, DistanceUnit.Miles)]
    [InlineData(500.001, DistanceUnit.Kilometers)]
    [InlineData(500.001, DistanceUnit.Miles)]
    [InlineData(double.NaN, DistanceUnit.Kilometers)]
    [InlineData(double.PositiveInfinity, DistanceUnit.Kilometers)]
    public void Radius_must_be_positive_and_at_most_500_units(double radius, DistanceUnit unit)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DistanceSearch.RadiusInMeters(radius, unit));
        Assert.Equal("radius", error.ParamName);
        Assert.Contains(unit == DistanceUnit.Miles ? "500 miles" : "500 kilometers", error.Message);
    }

    [Fact]
    public void The_largest_radius_is_accepted_and_converted_to_metres()
    {
        Assert.Equal(500_000, DistanceSearch.RadiusInMeters(500, DistanceUnit.Kilometers));
        Assert.Equal(804_672, DistanceSearch.RadiusInMeters(500, DistanceUnit.Miles), 6);
    }

    [Theory]
    [InlineData(90.0001, 0, "latitude")]
    [InlineData(-91, 0, "latitude")]
    [InlineData(0, 180.5, "longitude")]
    [InlineData(0, -181, "longitude")]
    [InlineData(double.NaN, 0, "latitude")]
    public void Points_outside_the_globe_are_rejected(double latitude, double longitude, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new GeoPoint(latitude, longitude)).ParamName);
    }

    [Fact]
    public void Poles_and_the_antimeridian_are_valid_points()
    {
        Assert.Equal(90, new GeoPoint(90, 180).Latitude);
        Assert.Equal(-180, new GeoPoint(-90, -180).Longitude);
    }

    [Fact]
    public async Task The_radius_filter_uses_earth_box_and_the_gist_index()
    {
        var database = new QueryDatabase(await fixture.CreateMigratedDatabaseAsync());
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            // 5,000 centers spread over the globe: a 50 km search touches a handful, so the planner picks the index.
            await using var seed = new NpgsqlCommand("""
                INSERT INTO organizations (name, slug, kind, country) VALUES ('o', 'o', 'rescue', 'KR');
                INSERT INTO rescue_centers (organization_id, name, slug, city, country, latitude, longitude,
                                            is_shelter, is_adoption_center, offers_socialization_training)
                SELECT 1, 'c' || i, 'c' || i, 'city', 'KR', -80 + (i * 7919 % 16000) / 100.0, -179 + (i * 104729 % 35800) / 100.0,
                       true, false, false
                FROM generate_series(1, 5000) AS i;
                ANALYZE rescue_centers;
                """, connection);
            await seed.ExecuteNonQueryAsync();
        }

        await using var context = database.CreateContext();
        var query = context.RescueCenters.WithinRadius(Gimhae, 50, DistanceUnit.Kilometers).Select(c => c.Id);
        var sql = query.ToQueryString();
        Assert.Contains("earth_box(ll_to_earth(", sql);
        Assert.Contains("@> ll_to_earth(r.latitude, r.longitude)", sql);
        Assert.Contains("earth_distance(", sql);

        await context.Database.OpenConnectionAsync();
        await using var explain = query.CreateDbCommand();
        explain.CommandText = "EXPLAIN " + explain.CommandText;
        var plan = new System.Text.StringBuilder();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.AppendLine(reader.GetString(0));
        Assert.Contains("ix_rescue_centers_location", plan.ToString());
    }
}
