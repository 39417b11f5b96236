using System.Diagnostics;

namespace RescueGraph.LocalPostgres;

internal readonly record struct ProcessResult(int ExitCode, string Output);

/// <summary>Runs a command line tool to completion and captures its combined output.</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            // The postgres account usually cannot enter the caller's working directory (e.g. /root).
            WorkingDirectory = "/",
        };
        for (var i = 0; i < arguments.Count; i++) startInfo.ArgumentList.Add(arguments[i]);

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new LocalPostgresException($"Could not run '{fileName}': {exception.Message}");
        }

        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        var output = (await standardOutput.ConfigureAwait(false)) + (await standardError.ConfigureAwait(false));
        return new ProcessResult(process.ExitCode, output.Trim());
    }
}
