using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace RescueGraph.GraphQL.AspNetCore.Tests.Browser;

/// <summary>
/// A headless Chromium started for one test, with the DevTools protocol on a port it picks itself, and a
/// throw-away profile directory. Disposing kills exactly this process (tree) and removes the profile.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profileDirectory;
    private readonly Uri _devToolsHttp;

    private HeadlessChromium(Process process, string profileDirectory, Uri devToolsHttp)
    {
        _process = process;
        _profileDirectory = profileDirectory;
        _devToolsHttp = devToolsHttp;
    }

    public static async Task<HeadlessChromium> LaunchAsync(TimeSpan timeout)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium is required for the GraphiQL browser test but {ExecutablePath} does not exist. " +
                "Install it with: apt-get install -y chromium");

        var profileDirectory = Directory.CreateTempSubdirectory("graphiql-browser-test-").FullName;
        var startInfo = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1400,900",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            $"--user-data-dir={profileDirectory}", "about:blank",
        }) startInfo.ArgumentList.Add(argument);

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var process = new Process { StartInfo = startInfo };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            output.Enqueue(e.Data);
            const string marker = "DevTools listening on ";
            var at = e.Data.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) listening.TrySetResult(new Uri(e.Data[(at + marker.Length)..].Trim()));
        };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        try
        {
            var browserSocket = await listening.Task.WaitAsync(timeout);
            return new HeadlessChromium(process, profileDirectory, new Uri($"http://{browserSocket.Authority}/"));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("Chromium did not open its DevTools port in time. Output:\n" + string.Join('\n', output));
        }
    }

    /// <summary>Connects to the tab Chromium opened at start.</summary>
    public async Task<DevToolsSession> ConnectToPageAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = _devToolsHttp };
        var targets = await http.GetFromJsonAsync<JsonElement>("json/list", cancellationToken);
        foreach (var target in targets.EnumerateArray())
        {
            if (target.GetProperty("type").GetString() == "page")
                return await DevToolsSession.ConnectAsync(new Uri(target.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
        }
        throw new InvalidOperationException("Chromium has no page target.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            _process.Dispose();
            try { Directory.Delete(_profileDirectory, recursive: true); }
            catch (IOException) { /* Chromium may still be releasing files; the temp directory is harmless. */ }
        }
    }
}
