using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Migrations;

namespace RescueGraph.Testing;

/// <summary>A <see cref="PostgresFixture"/> whose database is migrated to the latest directory schema (and left empty).</summary>
public class DirectoryDatabaseFixture : PostgresFixture
{
    public const string DirectoryCollection = "DirectoryDatabase";

    protected override Task OnDatabaseCreatedAsync(string connectionString) => DirectoryMigrator.MigrateAsync(connectionString);

    /// <summary>A new context on this fixture's database; the caller disposes it.</summary>
    public DirectoryDbContext CreateDbContext() =>
        new(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(ConnectionString));

    /// <summary>A new, separately migrated database for tests that must not see each other's rows.</summary>
    public async Task<string> CreateMigratedDatabaseAsync()
    {
        var connectionString = await CreateDatabaseAsync().ConfigureAwait(false);
        await DirectoryMigrator.MigrateAsync(connectionString).ConfigureAwait(false);
        return connectionString;
    }
}
