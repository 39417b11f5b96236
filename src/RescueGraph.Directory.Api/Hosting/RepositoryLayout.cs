namespace RescueGraph.Directory.Api.Hosting;

/// <summary>Where a checkout keeps its local state: the nearest folder upward that holds <c>RescueGraph.sln</c>.</summary>
public static class RepositoryLayout
{
    public const string SolutionFileName = "RescueGraph.sln";

    /// <summary>The repository root above the working directory (else above the binaries), or null outside a checkout.</summary>
    public static string? FindRoot() => FindRootFrom(Environment.CurrentDirectory) ?? FindRootFrom(AppContext.BaseDirectory);

    public static string? FindRootFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName))) return directory.FullName;
        return null;
    }

    /// <summary>Overrides where local data lives, so scripts (the test run's audit) never touch a newcomer's demo data.</summary>
    public const string DataDirectoryVariable = "RESCUEGRAPH_DATA_DIR";

    /// <summary>The git-ignored folder for local data: <c>RESCUEGRAPH_DATA_DIR</c> if set, else <c>&lt;repo&gt;/.data</c>, else <c>./.data</c>.</summary>
    public static string DataDirectory() =>
        Environment.GetEnvironmentVariable(DataDirectoryVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(FindRoot() ?? Environment.CurrentDirectory, ".data");

    /// <summary>Where <c>schema export</c> writes by default: <c>&lt;repo&gt;/schema/schema.graphql</c>, else <c>./schema/schema.graphql</c>.</summary>
    public static string DefaultSchemaPath() => Path.Combine(FindRoot() ?? Environment.CurrentDirectory, "schema", "schema.graphql");
}
