using Npgsql;
using RescueGraph.Directory.Data.Seeding;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Migrations;

/// <summary>The distance and trigram searches the API will run are answered through their indexes.</summary>
[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class SearchIndexTests(DirectoryDatabaseFixture fixture)
{
    [Fact]
    public async Task Nearby_centers_and_fuzzy_names_use_the_gist_and_trigram_indexes()
    {
        var database = await fixture.CreateMigratedDatabaseAsync();
        await SyntheticDataGenerator.SeedAsync(database, 500);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using (var planner = new NpgsqlCommand("SET enable_seqscan = off", connection)) await planner.ExecuteNonQueryAsync();

        const string nearGimhae = """
            SELECT count(*) FROM rescue_centers
            WHERE earth_box(ll_to_earth(35.2285, 128.8894), 50000) @> ll_to_earth(latitude, longitude)
              AND earth_distance(ll_to_earth(35.2285, 128.8894), ll_to_earth(latitude, longitude)) < 50000
            """;
        Assert.Contains("ix_rescue_centers_location", await PlanAsync(connection, nearGimhae));
        Assert.Equal(await ScalarAsync(connection, """
            SELECT count(*) FROM rescue_centers
            WHERE earth_distance(ll_to_earth(35.2285, 128.8894), ll_to_earth(latitude, longitude)) < 50000
            """), await ScalarAsync(connection, nearGimhae));

        const string fuzzyBreed = "SELECT count(*) FROM animals WHERE primary_breed ILIKE '%jindo%'";
        Assert.Contains("ix_animals_primary_breed_trgm", await PlanAsync(connection, fuzzyBreed));
        Assert.True(await ScalarAsync(connection, fuzzyBreed) > 0);
    }

    private static async Task<string> PlanAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new System.Text.StringBuilder();
        while (await reader.ReadAsync()) plan.AppendLine(reader.GetString(0));
        return plan.ToString();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
