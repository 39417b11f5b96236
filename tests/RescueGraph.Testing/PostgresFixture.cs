using System.Globalization;
using RescueGraph.LocalPostgres;
using Xunit;

namespace RescueGraph.Testing;

/// <summary>
/// A fresh PostgreSQL database per fixture instance. The server is <c>RESCUEGRAPH_TEST_CONNECTION</c> when set
/// (a superuser-ish connection string to any existing database, used for CREATE/DROP DATABASE), otherwise ONE
/// throwaway cluster per test process, started on first use and deleted when the process exits.
/// <para>
/// Use as a class fixture, or as a collection fixture by declaring in the test assembly (xunit requires the
/// definition to live there): <c>[CollectionDefinition(PostgresFixture.Collection)] public sealed class
/// PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;</c>
/// </para>
/// </summary>
public class PostgresFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "RESCUEGRAPH_TEST_CONNECTION";
    public const string Collection = "Postgres";

    private static readonly Lazy<Task<TestServer>> SharedServer = new(TestServer.StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databaseCounter;

    private readonly List<string> _createdDatabases = [];
    private string? _connectionString;

    /// <summary>Connection string of this fixture's own database.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The fixture has not been initialised.");

    public async Task InitializeAsync()
    {
        _connectionString = await CreateDatabaseAsync().ConfigureAwait(false);
        await OnDatabaseCreatedAsync(_connectionString).ConfigureAwait(false);
    }

    /// <summary>Creates another empty, uniquely named database (dropped with the fixture); returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var server = await SharedServer.Value.ConfigureAwait(false);
        var name = string.Create(CultureInfo.InvariantCulture,
            $"rg_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid().ToString("N")[..8]}");
        await PostgresDatabases.EnsureExistsAsync(server.MaintenanceConnectionString, name).ConfigureAwait(false);
        lock (_createdDatabases) _createdDatabases.Add(name);
        return PostgresDatabases.WithDatabase(server.MaintenanceConnectionString, name);
    }

    /// <summary>Hook for derived fixtures, e.g. to migrate the new database.</summary>
    protected virtual Task OnDatabaseCreatedAsync(string connectionString) => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        var server = await SharedServer.Value.ConfigureAwait(false);
        string[] databases;
        lock (_createdDatabases) databases = [.. _createdDatabases];
        foreach (var database in databases)
            await PostgresDatabases.DropIfExistsAsync(server.MaintenanceConnectionString, database).ConfigureAwait(false);
    }

    private sealed class TestServer
    {
        private TestServer(string maintenanceConnectionString) => MaintenanceConnectionString = maintenanceConnectionString;

        public string MaintenanceConnectionString { get; }

        public static async Task<TestServer> StartAsync()
        {
            var external = Environment.GetEnvironmentVariable(ConnectionVariable);
            if (!string.IsNullOrWhiteSpace(external)) return new TestServer(external);

            var cluster = await LocalPostgresCluster.StartThrowawayAsync("postgres").ConfigureAwait(false);
            // xunit v2 has no assembly-level teardown; process exit is the one moment every test is done.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return new TestServer(cluster.GetConnectionString("postgres"));
        }
    }
}
