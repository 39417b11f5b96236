using Microsoft.EntityFrameworkCore;
using Npgsql;
using RescueGraph.Directory.Data.Migrations;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Migrations;

[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class DirectoryMigratorTests(DirectoryDatabaseFixture fixture)
{
    private static int[] AllVersions()
    {
        var versions = new int[DirectoryMigrator.Scripts.Count];
        for (var i = 0; i < versions.Length; i++) versions[i] = DirectoryMigrator.Scripts[i].Version;
        return versions;
    }

    [Fact]
    public async Task Empty_database_is_brought_to_the_latest_version_and_a_rerun_is_a_no_op()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        Assert.Empty(await DirectoryMigrator.GetAppliedVersionsAsync(connectionString));

        Assert.Equal(AllVersions(), await DirectoryMigrator.MigrateAsync(connectionString));
        Assert.Equal(AllVersions(), await DirectoryMigrator.GetAppliedVersionsAsync(connectionString));
        var appliedAt = await QueryAsync<DateTime>(connectionString, $"SELECT max(applied_at) FROM {DirectoryMigrator.HistoryTable}");

        Assert.Empty(await DirectoryMigrator.MigrateAsync(connectionString));
        Assert.Equal(appliedAt, await QueryAsync<DateTime>(connectionString, $"SELECT max(applied_at) FROM {DirectoryMigrator.HistoryTable}"));
        Assert.Equal(1L, await QueryAsync<long>(connectionString, "SELECT count(*) FROM pg_extension WHERE extname = 'earthdistance'"));
    }

    [Fact]
    public async Task Concurrent_starters_apply_each_script_exactly_once()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        var starters = new Task<IReadOnlyList<int>>[4];
        for (var i = 0; i < starters.Length; i++) starters[i] = Task.Run(() => DirectoryMigrator.MigrateAsync(connectionString));
        var results = await Task.WhenAll(starters);

        var appliedCount = 0;
        foreach (var applied in results) appliedCount += applied.Count;
        Assert.Equal(DirectoryMigrator.Scripts.Count, appliedCount);
        Assert.Equal(AllVersions(), await DirectoryMigrator.GetAppliedVersionsAsync(connectionString));
    }

    [Fact]
    public async Task An_applied_script_that_was_edited_is_reported()
    {
        var connectionString = await fixture.CreateMigratedDatabaseAsync();
        await QueryAsync<int>(connectionString, $"UPDATE {DirectoryMigrator.HistoryTable} SET checksum = 'edited' WHERE version = 1 RETURNING version");
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => DirectoryMigrator.MigrateAsync(connectionString));
        Assert.Contains("changed after it was applied", exception.Message);
    }

    [Fact]
    public async Task Migrating_through_a_multiplexed_DbContext_releases_its_session_lock()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        await using var context = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(connectionString + ";Multiplexing=true"));
        Assert.Equal(AllVersions(), await DirectoryMigrator.MigrateAsync(context));
        Assert.Equal(0, await context.Animals.CountAsync());

        // Lock and unlock went over one session: no pooled connection is left holding the migration lock.
        Assert.Equal(0L, await QueryAsync<long>(connectionString, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"));
        Assert.Empty(await DirectoryMigrator.MigrateAsync(context));
    }

    [Fact]
    public void Scripts_are_numbered_from_one_without_gaps()
    {
        var versions = AllVersions();
        Assert.NotEmpty(versions);
        for (var i = 0; i < versions.Length; i++) Assert.Equal(i + 1, versions[i]);
    }

    internal static async Task<T> QueryAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
