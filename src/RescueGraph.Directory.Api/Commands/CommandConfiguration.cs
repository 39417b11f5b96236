using System.CommandLine;
using RescueGraph.Directory.Api.Hosting;

namespace RescueGraph.Directory.Api.Commands;

/// <summary>Configuration for the maintenance commands, read the way the host reads it: appsettings.json, then the environment.</summary>
internal static class CommandConfiguration
{
    /// <summary><c>--connection</c>, else <c>ConnectionStrings:Directory</c>, else null (the private cluster).</summary>
    public static string? ConfiguredConnectionString(ParseResult parseResult) =>
        parseResult.GetValue(DirectoryCommandLine.ConnectionOption)
        ?? new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build()
            .GetConnectionString(LocalDatabase.ConnectionStringName);
}
