using RescueGraph.LocalPostgres;

namespace RescueGraph.Directory.Api.Hosting;

/// <summary>
/// The directory database a command works on: the configured one (<c>--connection</c> or
/// <c>ConnectionStrings:Directory</c>), or else a private PostgreSQL cluster under <c>&lt;repo&gt;/.data/postgres</c>,
/// started on demand. Disposing stops that cluster, but only if this process started it: a server already
/// running on the same data directory (another <c>dotnet run</c>) keeps running.
/// </summary>
public sealed class LocalDatabase : IAsyncDisposable
{
    public const string ConnectionStringName = "Directory";
    public const string DatabaseName = "rescuegraph";

    private readonly LocalPostgresCluster? _cluster;
    private readonly bool _startedHere;

    private LocalDatabase(string connectionString, LocalPostgresCluster? cluster, bool startedHere)
    {
        ConnectionString = connectionString;
        _cluster = cluster;
        _startedHere = startedHere;
    }

    public string ConnectionString { get; }

    /// <summary>Whether the database lives in the private cluster rather than a configured server.</summary>
    public bool IsPrivateCluster => _cluster is not null;

    public static async Task<LocalDatabase> OpenAsync(string? configuredConnectionString, TextWriter log, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(configuredConnectionString))
            return new LocalDatabase(configuredConnectionString, cluster: null, startedHere: false);

        var dataDirectory = Path.Combine(RepositoryLayout.DataDirectory(), "postgres");
        var postmasterBefore = ReadPostmasterPid(dataDirectory);
        LocalPostgresCluster cluster;
        try
        {
            cluster = new LocalPostgresCluster();
        }
        catch (PostgresBinariesNotFoundException exception)
        {
            throw new InvalidOperationException(
                $"No database is configured and no local PostgreSQL can be started: {exception.Message} " +
                "Or point the API at a server with --connection or the ConnectionStrings__Directory environment variable.", exception);
        }
        log.WriteLine($"No ConnectionStrings:Directory configured: using the private PostgreSQL cluster in {dataDirectory}");
        var connectionString = await cluster.EnsureStartedAsync(dataDirectory, DatabaseName, cancellationToken).ConfigureAwait(false);
        // A postmaster that was already there before we looked belongs to someone else (e.g. a running server).
        var startedHere = ReadPostmasterPid(dataDirectory) != postmasterBefore;
        log.WriteLine(startedHere
            ? $"PostgreSQL started on 127.0.0.1:{cluster.Port}."
            : $"PostgreSQL already running on 127.0.0.1:{cluster.Port}; it is left running on exit.");
        return new LocalDatabase(connectionString, cluster, startedHere);
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null && _startedHere) await _cluster.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The postmaster's process id (first line of <c>postmaster.pid</c>), or null when no server has the directory.</summary>
    private static string? ReadPostmasterPid(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        try
        {
            using var reader = new StreamReader(new FileStream(pidFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            return reader.ReadLine();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
