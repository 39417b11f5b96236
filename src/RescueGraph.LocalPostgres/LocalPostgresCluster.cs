using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace RescueGraph.LocalPostgres;

/// <summary>
/// A PostgreSQL cluster run from the locally installed binaries: initialised on first use, started on a free
/// loopback port, reused when already running. Throwaway clusters live in a temp directory that is deleted on dispose.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    /// <summary>The cluster's superuser; authentication is <c>trust</c> on loopback only.</summary>
    public const string SuperUser = "postgres";

    private const string ThrowawayPrefix = "rescuegraph-pg-";
    private const string OwnerFileName = "rescuegraph-owner.pid";
    private const string SettingsFileName = "rescuegraph.conf";
    private const string LogFileName = "server.log";
    private const int MaxPortAttempts = 5;
    private static readonly TimeSpan AbandonedInitializationAge = TimeSpan.FromMinutes(15);

    private readonly LocalPostgresOptions _options;
    private readonly string _binDirectory;
    private readonly bool _isThrowaway;
    private int _stoppedPort;

    public LocalPostgresCluster(LocalPostgresOptions? options = null) : this(options ?? new LocalPostgresOptions(), throwaway: false)
    {
    }

    private LocalPostgresCluster(LocalPostgresOptions options, bool throwaway)
    {
        _options = options;
        _binDirectory = options.BinDirectory ?? PostgresBinaries.FindBinDirectory();
        _isThrowaway = throwaway;
    }

    /// <summary>The data directory once <see cref="EnsureStartedAsync"/> has run.</summary>
    public string? DataDirectory { get; private set; }

    /// <summary>The loopback TCP port the server listens on (0 before start).</summary>
    public int Port { get; private set; }

    public bool IsThrowaway => _isThrowaway;

    /// <summary>
    /// Starts a non-durable cluster in a fresh temp directory, deleted (after an immediate shutdown) on dispose.
    /// Also removes throwaway clusters left behind by test processes that died without cleaning up.
    /// </summary>
    public static async Task<LocalPostgresCluster> StartThrowawayAsync(
        string database = "rescuegraph", LocalPostgresOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LocalPostgresOptions { Durable = false };
        var cluster = new LocalPostgresCluster(options, throwaway: true);
        await cluster.RemoveAbandonedThrowawayClustersAsync(cancellationToken).ConfigureAwait(false);

        var dataDirectory = Path.Combine(Path.GetTempPath(), ThrowawayPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataDirectory);
        try
        {
            await cluster.EnsureStartedAsync(dataDirectory, database, cancellationToken).ConfigureAwait(false);
            // Written after initdb because initdb insists on an empty directory.
            await File.WriteAllTextAsync(Path.Combine(dataDirectory, OwnerFileName),
                Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            cluster.StartOrphanWatchdog();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Initialises <paramref name="dataDirectory"/> if it holds no cluster, starts the server unless one is already
    /// running there, creates <paramref name="database"/> if missing, and returns its connection string.
    /// </summary>
    public async Task<string> EnsureStartedAsync(string dataDirectory, string database = "rescuegraph", CancellationToken cancellationToken = default)
    {
        dataDirectory = Path.GetFullPath(dataDirectory);
        if (DataDirectory is not null && DataDirectory != dataDirectory)
            throw new InvalidOperationException($"This cluster already manages '{DataDirectory}'.");
        DataDirectory = dataDirectory;

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
            await InitializeAsync(dataDirectory, cancellationToken).ConfigureAwait(false);

        var runningPort = await FindRunningPortAsync(dataDirectory, cancellationToken).ConfigureAwait(false);
        if (runningPort is int port)
            Port = port;
        else
            await StartAsync(dataDirectory, cancellationToken).ConfigureAwait(false);

        return await EnsureDatabaseAsync(database, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Connection string for <paramref name="database"/> on this cluster (the database may not exist yet).</summary>
    public string GetConnectionString(string database)
    {
        if (Port == 0) throw new InvalidOperationException("The cluster has not been started.");
        return new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = Port,
            Username = SuperUser,
            Database = database,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    /// <summary>Creates <paramref name="database"/> unless it exists; returns its connection string.</summary>
    public async Task<string> EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await PostgresDatabases.EnsureExistsAsync(GetConnectionString("postgres"), database, cancellationToken).ConfigureAwait(false);
        return GetConnectionString(database);
    }

    /// <summary>Stops the server (fast shutdown: open sessions are disconnected). No-op when it is not running.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => StopAsync("fast", cancellationToken);

    /// <summary>
    /// Starts the server again after <see cref="StopAsync(CancellationToken)"/>, on the port it had, so connection
    /// strings handed out before (e.g. to a running application) reach it again. No-op when it is running.
    /// Fails rather than moving when another process took the port meanwhile.
    /// </summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var dataDirectory = DataDirectory ?? throw new InvalidOperationException("The cluster was never started.");
        if (await FindRunningPortAsync(dataDirectory, cancellationToken).ConfigureAwait(false) is int runningPort)
        {
            Port = runningPort;
            return;
        }
        if (_stoppedPort == 0) throw new InvalidOperationException("The cluster was never started, so it has no port to return to.");
        await StartAsync(dataDirectory, cancellationToken, _stoppedPort).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_isThrowaway || DataDirectory is null) return;
        // Nothing in a throwaway cluster is worth a clean checkpoint.
        await StopAsync("immediate", CancellationToken.None).ConfigureAwait(false);
        TryDeleteDirectory(DataDirectory);
    }

    private async Task StopAsync(string mode, CancellationToken cancellationToken)
    {
        if (DataDirectory is null || !File.Exists(Path.Combine(DataDirectory, "postmaster.pid"))) return;
        NpgsqlConnection.ClearAllPools();
        var result = await RunToolAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", mode, "-w", "-t", "60"], cancellationToken).ConfigureAwait(false);
        // pg_ctl exits 1 when no server was running, which is the state we wanted anyway.
        if (result.ExitCode != 0 && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")) && await IsRunningAsync(DataDirectory, cancellationToken).ConfigureAwait(false))
            throw new LocalPostgresException($"pg_ctl stop failed ({result.ExitCode}): {result.Output}");
        if (Port != 0) _stoppedPort = Port;
        Port = 0;
    }

    private async Task InitializeAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        await GrantToServerUserAsync(dataDirectory, cancellationToken).ConfigureAwait(false);

        List<string> arguments = ["-D", dataDirectory, "-A", "trust", "-U", SuperUser, "-E", "UTF8"];
        if (!_options.Durable) arguments.Add("--no-sync");

        // C.UTF-8 keeps pg_trgm working on Hangul (the C locale treats non-ASCII letters as non-word characters);
        // fall back to no locale on systems without it.
        var result = await RunToolAsync("initdb", [.. arguments, "--locale=C.UTF-8"], cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0 && !File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            ClearDirectory(dataDirectory);
            result = await RunToolAsync("initdb", [.. arguments, "--no-locale"], cancellationToken).ConfigureAwait(false);
        }
        if (result.ExitCode != 0)
            throw new LocalPostgresException($"initdb failed for '{dataDirectory}' ({result.ExitCode}): {result.Output}");

        // Settings live in our own include file, rewritten at each start, so option changes reach reused clusters.
        await File.AppendAllTextAsync(Path.Combine(dataDirectory, "postgresql.conf"),
            $"\ninclude_if_exists = '{SettingsFileName}'\n", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the server on <paramref name="fixedPort"/>, or on a free port (retrying on a lost race) when 0.</summary>
    private async Task StartAsync(string dataDirectory, CancellationToken cancellationToken, int fixedPort = 0)
    {
        var logFile = Path.Combine(dataDirectory, LogFileName);
        for (var attempt = 1; ; attempt++)
        {
            var port = fixedPort != 0 ? fixedPort : FindFreeLoopbackPort();
            await WriteSettingsAsync(dataDirectory, port, cancellationToken).ConfigureAwait(false);
            var logLengthBefore = File.Exists(logFile) ? new FileInfo(logFile).Length : 0;

            var result = await RunToolAsync("pg_ctl",
                ["start", "-D", dataDirectory, "-l", logFile, "-w", "-t", ((int)_options.StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)],
                cancellationToken).ConfigureAwait(false);
            if (result.ExitCode == 0)
            {
                Port = port;
                return;
            }

            var log = ReadLogSince(logFile, logLengthBefore);
            // Another process may grab the port between our probe and the server's bind: pick another one.
            if (fixedPort == 0 && attempt < MaxPortAttempts && log.Contains("could not bind", StringComparison.OrdinalIgnoreCase)) continue;
            throw new LocalPostgresException($"pg_ctl start failed for '{dataDirectory}' ({result.ExitCode}): {result.Output}\n--- {LogFileName} ---\n{log}");
        }
    }

    private async Task WriteSettingsAsync(string dataDirectory, int port, CancellationToken cancellationToken)
    {
        var settings = new StringBuilder()
            .AppendLine("# Written by RescueGraph.LocalPostgres on every start; edits are overwritten.")
            .AppendLine(CultureInfo.InvariantCulture, $"port = {port}")
            .AppendLine("listen_addresses = '127.0.0.1'")
            // Inside the data directory: no clash with a system cluster's /var/run/postgresql, no extra permissions.
            .AppendLine(CultureInfo.InvariantCulture, $"unix_socket_directories = '{EscapeSettingValue(dataDirectory)}'")
            .AppendLine("shared_preload_libraries = 'pg_stat_statements'")
            .AppendLine("pg_stat_statements.track = all")
            .AppendLine(CultureInfo.InvariantCulture, $"max_connections = {_options.MaxConnections}")
            .AppendLine(CultureInfo.InvariantCulture, $"shared_buffers = '{_options.SharedBuffers}'")
            .AppendLine("work_mem = '16MB'")
            .AppendLine("maintenance_work_mem = '512MB'")
            // Bulk loads would otherwise checkpoint every few seconds.
            .AppendLine("max_wal_size = '4GB'")
            .AppendLine("checkpoint_timeout = '30min'")
            // JIT compile time dominates the short queries an API runs.
            .AppendLine("jit = off")
            .AppendLine("timezone = 'UTC'")
            .AppendLine("log_min_messages = warning");
        if (!_options.Durable)
        {
            settings.AppendLine("fsync = off")
                .AppendLine("synchronous_commit = off")
                .AppendLine("full_page_writes = off");
        }
        foreach (var (name, value) in _options.ExtraSettings)
            settings.AppendLine(CultureInfo.InvariantCulture, $"{name} = '{EscapeSettingValue(value)}'");

        var path = Path.Combine(dataDirectory, SettingsFileName);
        await File.WriteAllTextAsync(path, settings.ToString(), cancellationToken).ConfigureAwait(false);
        await GrantToServerUserAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The port of a server already running on <paramref name="dataDirectory"/>, or null.</summary>
    private async Task<int?> FindRunningPortAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile) || !await IsRunningAsync(dataDirectory, cancellationToken).ConfigureAwait(false)) return null;
        // postmaster.pid line 4 is the port (see PostgreSQL's pidfile.h, LOCK_FILE_LINE_PORT).
        var lines = await File.ReadAllLinesAsync(pidFile, cancellationToken).ConfigureAwait(false);
        return lines.Length >= 4 && int.TryParse(lines[3].Trim(), CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private async Task<bool> IsRunningAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        // pg_ctl status exits 0 when a live postmaster owns the directory, 3 when none does.
        var result = await RunToolAsync("pg_ctl", ["status", "-D", dataDirectory], cancellationToken).ConfigureAwait(false);
        return result.ExitCode == 0;
    }

    /// <summary>
    /// Test runners may kill their host process without running exit handlers, which would leave a server running.
    /// A detached shell waits for this process to end, then stops the server and deletes the directory (a no-op
    /// after a normal dispose). Best effort: without setsid, the sweep at the next throwaway start cleans up instead.
    /// </summary>
    private void StartOrphanWatchdog()
    {
        const string script = """
            exec </dev/null >/dev/null 2>&1
            while kill -0 "$1" 2>/dev/null; do sleep 2; done
            if [ -n "$4" ]; then runuser -u "$4" -- "$2" stop -D "$3" -m immediate -w; else "$2" stop -D "$3" -m immediate -w; fi
            rm -rf -- "$3"
            """;
        try
        {
            var startInfo = new ProcessStartInfo("setsid") { UseShellExecute = false, WorkingDirectory = "/" };
            foreach (var argument in (string[])["-f", "sh", "-c", script, "rescuegraph-pg-watchdog",
                         Environment.ProcessId.ToString(CultureInfo.InvariantCulture), Path.Combine(_binDirectory, "pg_ctl"),
                         DataDirectory!, RunningAsRoot ? SuperUser : ""])
                startInfo.ArgumentList.Add(argument);
            using var watchdog = Process.Start(startInfo);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No setsid on this system: RemoveAbandonedThrowawayClustersAsync covers it on the next start.
        }
    }

    /// <summary>Stops and deletes throwaway clusters whose owning process no longer exists.</summary>
    private async Task RemoveAbandonedThrowawayClustersAsync(CancellationToken cancellationToken)
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), ThrowawayPrefix + "*"))
        {
            var ownerFile = Path.Combine(directory, OwnerFileName);
            if (!File.Exists(ownerFile))
            {
                // No owner yet: normally a cluster another process is initialising right now; only an old one
                // with no server is debris of a run killed during initdb.
                var abandoned = DateTime.UtcNow - Directory.GetLastWriteTimeUtc(directory) > AbandonedInitializationAge
                    && !File.Exists(Path.Combine(directory, "postmaster.pid"));
                if (abandoned) TryDeleteDirectory(directory);
                continue;
            }
            if (int.TryParse(await File.ReadAllTextAsync(ownerFile, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture, out var ownerPid)
                && IsProcessAlive(ownerPid)) continue;
            await RunToolAsync("pg_ctl", ["stop", "-D", directory, "-m", "immediate", "-w"], cancellationToken).ConfigureAwait(false);
            TryDeleteDirectory(directory);
        }
    }

    private static bool IsProcessAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool RunningAsRoot => Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows();

    /// <summary>PostgreSQL refuses to run as root: as root, hand the path to the postgres account.</summary>
    private static async Task GrantToServerUserAsync(string path, CancellationToken cancellationToken)
    {
        if (!RunningAsRoot) return;
        var result = await ProcessRunner.RunAsync("chown", ["-R", SuperUser + ":", path], cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
            throw new LocalPostgresException($"Running as root, but could not give '{path}' to the '{SuperUser}' user: {result.Output}");
    }

    private Task<ProcessResult> RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(_binDirectory, tool);
        if (!RunningAsRoot) return ProcessRunner.RunAsync(executable, arguments, cancellationToken);
        return ProcessRunner.RunAsync("runuser", ["-u", SuperUser, "--", executable, .. arguments], cancellationToken);
    }

    private static int FindFreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ReadLogSince(string logFile, long offset)
    {
        if (!File.Exists(logFile)) return "(no server log)";
        using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        return new StreamReader(stream).ReadToEnd();
    }

    private static string EscapeSettingValue(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    private static void ClearDirectory(string directory)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory))
        {
            if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
            else File.Delete(entry);
        }
    }

    private static void TryDeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (e.g. a late log write); the next throwaway start sweeps it up.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
