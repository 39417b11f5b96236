using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace RescueGraph.Directory.Api.Robustness.Infrastructure;

/// <summary>
/// The built directory server (<c>RescueGraph.Directory.Api.dll</c>) run out of process, as deployed: Production
/// environment, its own loopback port, the given database, the test JWT settings. Disposing kills the process
/// this instance started (and only it).
/// </summary>
public sealed class DirectoryServerProcess : IAsyncDisposable
{
    private const int MaxOutputLines = 400;
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private DirectoryServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    /// <summary>A client for ordinary requests; the tests that need per-request control build their own messages.</summary>
    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the server wrote (stdout and stderr), for failure messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output) return string.Join('\n', _output);
        }
    }

    public static string ApiDllPath =>
        typeof(DirectoryServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(attribute => attribute.Key == "DirectoryApiDll").Value!;

    /// <summary>Starts the server on <paramref name="connectionString"/> and waits until <c>/healthz/ready</c> answers 200.</summary>
    public static async Task<DirectoryServerProcess> StartAsync(string connectionString, TimeSpan readyTimeout)
    {
        var dll = Path.GetFullPath(ApiDllPath);
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the directory API first.", dll);
        var port = FreeLoopbackPort();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var argument in (string[])
                 [dll, "--connection", connectionString, "--urls", $"http://127.0.0.1:{port}",
                  $"--Authentication:Jwt:SigningKey={TestTokens.SigningKey}", $"--Authentication:Jwt:Issuer={TestTokens.Issuer}",
                  $"--Authentication:Jwt:Audience={TestTokens.Audience}", "--Logging:LogLevel:Default=Warning",
                  "--Logging:LogLevel:Microsoft.AspNetCore=Warning"])
            startInfo.ArgumentList.Add(argument);
        // As deployed: no developer exception page, no development-only settings.
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        startInfo.Environment.Remove("ConnectionStrings__Directory");

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var server = new DirectoryServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => server.Record(line.Data);
        process.ErrorDataReceived += (_, line) => server.Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        StartOrphanWatchdog(process.Id);
        try
        {
            await server.WaitUntilReadyAsync(readyTimeout);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Polls <c>/healthz/ready</c> until 200; throws with the server's output when it never gets there.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}:\n{RecentOutput}");
            if (await ReadinessAsync() == HttpStatusCode.OK) return;
            await Task.Delay(250);
        }
        throw new TimeoutException($"The server was not ready within {timeout}:\n{RecentOutput}");
    }

    /// <summary>The status of <c>/healthz/ready</c>, or null when the server does not answer within 10 s.</summary>
    public async Task<HttpStatusCode?> ReadinessAsync()
    {
        try
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var response = await Client.GetAsync("healthz/ready", cancel.Token);
            return response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// A test runner killed outright runs no dispose: a detached shell ends the server (by its pid, nothing else)
    /// once this test process is gone, as LocalPostgresCluster's watchdog does for the database.
    /// </summary>
    private static void StartOrphanWatchdog(int serverPid)
    {
        const string script = """
            exec </dev/null >/dev/null 2>&1
            while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 2; done
            kill "$2" 2>/dev/null
            """;
        try
        {
            var startInfo = new ProcessStartInfo("setsid") { UseShellExecute = false, WorkingDirectory = "/" };
            foreach (var argument in (string[])["-f", "sh", "-c", script, "rescuegraph-server-watchdog",
                         Environment.ProcessId.ToString(CultureInfo.InvariantCulture), serverPid.ToString(CultureInfo.InvariantCulture)])
                startInfo.ArgumentList.Add(argument);
            using var watchdog = Process.Start(startInfo);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No setsid: the normal dispose still stops the server.
        }
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > MaxOutputLines) _output.Dequeue();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"directory server at {BaseAddress} (pid {_process.Id})");
}
