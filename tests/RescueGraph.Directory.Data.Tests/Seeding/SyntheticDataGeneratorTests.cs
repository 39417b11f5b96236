using Npgsql;
using RescueGraph.Directory.Data.Seeding;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Seeding;

[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class SyntheticDataGeneratorTests(DirectoryDatabaseFixture fixture)
{
    private const int Animals = 2_000;

    private static readonly string[] ContentTables =
    [
        "organizations", "partnerships", "rescue_centers", "animals", "animal_photos", "animal_events", "localities",
        "locality_officials", "campaigns", "campaign_targets", "campaign_updates", "official_responses", "suggested_messages",
        "stories", "story_animals",
    ];

    [Fact]
    public async Task Same_size_and_seed_give_identical_rows_and_a_different_seed_does_not()
    {
        var first = await fixture.CreateMigratedDatabaseAsync();
        var second = await fixture.CreateMigratedDatabaseAsync();
        var other = await fixture.CreateMigratedDatabaseAsync();
        await SyntheticDataGenerator.SeedAsync(first, Animals);
        await SyntheticDataGenerator.SeedAsync(second, Animals);
        await SyntheticDataGenerator.SeedAsync(other, Animals, seed: 7);

        foreach (var table in ContentTables)
            Assert.Equal(await TableDigestAsync(first, table), await TableDigestAsync(second, table));
        Assert.NotEqual(await TableDigestAsync(first, "animals"), await TableDigestAsync(other, "animals"));
    }

    [Fact]
    public async Task Counts_mixes_and_constraints_are_as_planned()
    {
        var database = await fixture.CreateMigratedDatabaseAsync();
        var summary = await SyntheticDataGenerator.SeedAsync(database, Animals);

        Assert.Equal(Animals, summary.Animals);
        Assert.Equal(Animals, await ScalarAsync<long>(database, "SELECT count(*) FROM animals"));
        Assert.InRange(summary.Photos, Animals, 3 * Animals);
        Assert.Equal(summary.Photos, await ScalarAsync<long>(database, "SELECT count(*) FROM animal_photos"));
        Assert.Equal(summary.Events, await ScalarAsync<long>(database, "SELECT count(*) FROM animal_events"));
        Assert.True(summary.Events > 2 * Animals, $"only {summary.Events} events");
        Assert.Equal(summary.Centers, await ScalarAsync<long>(database, "SELECT count(*) FROM rescue_centers"));
        Assert.True(summary.Campaigns >= 10);

        // Every animal has exactly one intake; every final status has its outcome (live-release/length-of-stay data).
        Assert.Equal(Animals, await ScalarAsync<long>(database, "SELECT count(DISTINCT animal_id) FROM animal_events WHERE kind = 'intake'"));
        Assert.Equal(0L, await ScalarAsync<long>(database, """
            SELECT count(*) FROM animals a WHERE a.status IN ('adopted', 'returned_to_owner', 'transferred', 'deceased')
              AND NOT EXISTS (SELECT 1 FROM animal_events e WHERE e.animal_id = a.id AND e.outcome_type IS NOT NULL)
            """));
        Assert.Equal(0L, await ScalarAsync<long>(database, """
            SELECT count(*) FROM animal_events o JOIN animal_events i ON i.animal_id = o.animal_id AND i.kind = 'intake'
            WHERE o.outcome_type IS NOT NULL AND o.occurred_at < i.occurred_at
            """));

        // Mixes: several species/statuses, published animals spread over several years, skewed organizations.
        Assert.True(await ScalarAsync<long>(database, "SELECT count(DISTINCT species) FROM animals") >= 5);
        Assert.Equal(8L, await ScalarAsync<long>(database, "SELECT count(DISTINCT status) FROM animals"));
        Assert.True(await ScalarAsync<long>(database, "SELECT count(DISTINCT date_part('year', published_at)) FROM animals WHERE is_published") >= 5);
        Assert.Equal(0L, await ScalarAsync<long>(database, "SELECT count(*) FROM animals WHERE is_published AND published_at IS NULL"));
        var biggest = await ScalarAsync<long>(database, "SELECT max(n) FROM (SELECT count(*) n FROM rescue_centers GROUP BY organization_id) s");
        var median = await ScalarAsync<double>(database, "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY n) FROM (SELECT count(*) n FROM rescue_centers GROUP BY organization_id) s");
        Assert.True(biggest >= 3 * median, $"largest organization has {biggest} centers, median {median}: not skewed");
        Assert.True(await ScalarAsync<long>(database, "SELECT count(DISTINCT country) FROM rescue_centers") >= 4);

        // Indexes and foreign keys dropped for the load are back, and identities continue after the loaded ids.
        Assert.Equal(1L, await ScalarAsync<long>(database, "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_animals_story_trgm'"));
        Assert.Equal(1L, await ScalarAsync<long>(database, "SELECT count(*) FROM pg_constraint WHERE conname = 'fk_animal_events_animals_animal_id'"));
        Assert.Equal(Animals + 1L, await ScalarAsync<long>(database, "SELECT nextval(pg_get_serial_sequence('animals', 'id'))"));
        Assert.True(await ScalarAsync<long>(database, "SELECT count(*) FROM pg_stats WHERE tablename = 'animals'") > 0, "ANALYZE ran");
    }

    [Fact]
    public async Task A_database_with_rows_is_refused_unless_replacing()
    {
        var database = await fixture.CreateMigratedDatabaseAsync();
        await SyntheticDataGenerator.SeedAsync(database, 50);
        await Assert.ThrowsAsync<InvalidOperationException>(() => SyntheticDataGenerator.SeedAsync(database, 50));

        var replaced = await SyntheticDataGenerator.SeedAsync(database, 60, replaceExisting: true);
        Assert.Equal(60, replaced.Animals);
        Assert.Equal(60L, await ScalarAsync<long>(database, "SELECT count(*) FROM animals"));
    }

    private static Task<string> TableDigestAsync(string connectionString, string table) =>
        ScalarAsync<string>(connectionString, $"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM {table} t");

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
