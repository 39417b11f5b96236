using System.CommandLine;
using RescueGraph.Directory.Api.Hosting;

namespace RescueGraph.Directory.Api.Commands;

/// <summary>
/// Configuration for the maintenance commands, read the way the host reads it: appsettings.json, then
/// appsettings.{environment}.json, then the environment.
/// </summary>
internal static class CommandConfiguration
{
    /// <summary><c>--connection</c>, else <c>ConnectionStrings:Directory</c>, else null (the private cluster).</summary>
    public static string? ConfiguredConnectionString(ParseResult parseResult) =>
        parseResult.GetValue(DirectoryCommandLine.ConnectionOption) ?? Load().GetConnectionString(LocalDatabase.ConnectionStringName);

    /// <summary>The configuration of the environment named by <c>ASPNETCORE_ENVIRONMENT</c>/<c>DOTNET_ENVIRONMENT</c> (default Production, as the host).</summary>
    public static IConfiguration Load()
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environments.Production;
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }

    /// <summary>
    /// A relative path is taken from the repository root: <c>dotnet run</c> starts in the project folder, so the
    /// shell's folder is unknown.
    /// </summary>
    public static string FromRepositoryRoot(string path) =>
        Path.GetFullPath(path, RepositoryLayout.FindRoot() ?? Environment.CurrentDirectory);
}
