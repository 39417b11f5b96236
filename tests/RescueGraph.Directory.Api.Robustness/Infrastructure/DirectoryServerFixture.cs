using RescueGraph.LocalPostgres;

namespace RescueGraph.Directory.Api.Robustness.Infrastructure;

/// <summary>
/// A private throwaway PostgreSQL cluster (stoppable without disturbing any other test) and the directory server
/// running out of process against it; the server migrates and loads the demo data on start.
/// </summary>
public sealed class DirectoryServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(150);

    private LocalPostgresCluster? _cluster;
    private DirectoryServerProcess? _server;

    public LocalPostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("Not initialised.");
    public DirectoryServerProcess Server => _server ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The connection string the server uses (the tests read and check the same database).</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _cluster = await LocalPostgresCluster.StartThrowawayAsync("rescuegraph");
        ConnectionString = _cluster.GetConnectionString("rescuegraph");
        _server = await DirectoryServerProcess.StartAsync(ConnectionString, ReadyTimeout);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
