using RescueGraph.Testing;

namespace RescueGraph.Directory.Api.Tests.Infrastructure;

/// <summary>
/// A fresh database of its own, brought up by the API host exactly as <c>serve</c> does on first start:
/// migrated and loaded with the demo data set.
/// </summary>
public class DirectoryApiFixture : PostgresFixture, IAsyncLifetime
{
    private DirectoryApiFactory? _factory;

    public DirectoryApiFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not been initialised.");

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _factory = new DirectoryApiFactory(ConnectionString);
        // Starting the server runs the startup migration and demo seeding.
        _ = _factory.Server;
        await AddRowsAsync(ConnectionString);
    }

    /// <summary>Rows a test class needs beyond the demo data, added once after the host has prepared the database.</summary>
    protected virtual Task AddRowsAsync(string connectionString) => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await DisposeAsync();
    }
}
