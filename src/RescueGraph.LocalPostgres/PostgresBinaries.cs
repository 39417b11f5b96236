namespace RescueGraph.LocalPostgres;

/// <summary>Locates the PostgreSQL server binaries (initdb, pg_ctl) on this machine.</summary>
public static class PostgresBinaries
{
    /// <summary>Environment variable that points at a directory holding initdb and pg_ctl; wins over discovery.</summary>
    public const string OverrideVariable = "RESCUEGRAPH_PG_BIN";

    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>
    /// Returns the bin directory: <see cref="OverrideVariable"/> if set, else the newest
    /// <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>, else the directory of <c>pg_ctl</c> on PATH.
    /// </summary>
    /// <exception cref="PostgresBinariesNotFoundException">No usable installation was found.</exception>
    public static string FindBinDirectory() =>
        FindBinDirectory(Environment.GetEnvironmentVariable(OverrideVariable), DebianRoot, Environment.GetEnvironmentVariable("PATH"));

    /// <summary>Discovery with its inputs made explicit (for tests).</summary>
    internal static string FindBinDirectory(string? overridden, string debianRoot, string? path)
    {
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            if (HasServerTools(overridden)) return overridden;
            throw new PostgresBinariesNotFoundException(
                $"{OverrideVariable} is set to '{overridden}', but that directory has no initdb and pg_ctl.");
        }

        var newest = FindNewestDebianInstallation(debianRoot);
        if (newest is not null) return newest;

        var onPath = FindOnPath("pg_ctl", path);
        if (onPath is not null && HasServerTools(onPath)) return onPath;

        throw new PostgresBinariesNotFoundException(
            $"PostgreSQL server binaries (initdb, pg_ctl) were not found under {DebianRoot}/<version>/bin or on PATH. " +
            $"Install them with 'apt-get install -y postgresql' (Debian/Ubuntu), or set {OverrideVariable} to the directory that holds them.");
    }

    private static string? FindNewestDebianInstallation(string debianRoot)
    {
        if (!Directory.Exists(debianRoot)) return null;
        string? best = null;
        var bestVersion = new Version(0, 0);
        foreach (var versionDirectory in Directory.GetDirectories(debianRoot))
        {
            // Debian names the directories "15", "16", "9.6": a numeric compare keeps 16 above 9.6.
            var name = Path.GetFileName(versionDirectory);
            if (!Version.TryParse(name.Contains('.') ? name : name + ".0", out var version)) continue;
            var bin = Path.Combine(versionDirectory, "bin");
            if (version > bestVersion && HasServerTools(bin))
            {
                best = bin;
                bestVersion = version;
            }
        }
        return best;
    }

    private static string? FindOnPath(string executable, string? path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(directory, executable))) return directory;
        }
        return null;
    }

    private static bool HasServerTools(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}

/// <summary>Thrown when PostgreSQL's server binaries cannot be found; the message says how to install them.</summary>
public sealed class PostgresBinariesNotFoundException(string message) : Exception(message);

/// <summary>Thrown when initdb, pg_ctl or the server itself fails; carries the tool's output.</summary>
public sealed class LocalPostgresException(string message) : Exception(message);
