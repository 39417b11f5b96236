using System.Globalization;
using System.Text.Json;
using RescueGraph.Directory.Data.Migrations;
using RescueGraph.Directory.Data.Seeding;
using RescueGraph.LocalPostgres;

// bench-db start --data-dir <dir>                      → prints {"port":N,"dataDirectory":"..."}; reuses a running server
// bench-db stop --data-dir <dir>
// bench-db seed --connection <cs> --animals <N> [--seed S] → migrates, replaces the directory rows with the synthetic set
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: bench-db start|stop --data-dir <dir> | seed --connection <cs> --animals <N> [--seed S]");
    return 2;
}

var options = ParseOptions(args.AsSpan(1));
switch (args[0])
{
    case "start":
    {
        var cluster = CreateCluster();
        await cluster.EnsureStartedAsync(Required(options, "data-dir"), "postgres");
        Console.WriteLine(JsonSerializer.Serialize(new { port = cluster.Port, dataDirectory = cluster.DataDirectory }));
        return 0;
    }
    case "stop":
    {
        var cluster = CreateCluster();
        // EnsureStartedAsync on a running cluster only attaches to it, which StopAsync needs.
        await cluster.EnsureStartedAsync(Required(options, "data-dir"), "postgres");
        await cluster.StopAsync();
        return 0;
    }
    case "seed":
    {
        var connection = Required(options, "connection");
        var animals = int.Parse(Required(options, "animals"), CultureInfo.InvariantCulture);
        var seed = options.TryGetValue("seed", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 42;
        await DirectoryMigrator.MigrateAsync(connection);
        var summary = await SyntheticDataGenerator.SeedAsync(connection, animals, seed, replaceExisting: true);
        Console.WriteLine(JsonSerializer.Serialize(summary));
        return 0;
    }
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}

// The bench cluster trades durability for load speed (a crash just means re-seeding) and gets room for
// two servers' pools plus pgbench at the benchmark's concurrency.
static LocalPostgresCluster CreateCluster() => new(new LocalPostgresOptions
{
    Durable = false,
    SharedBuffers = "1GB",
    MaxConnections = 300,
    ExtraSettings = new Dictionary<string, string> { ["pg_stat_statements.max"] = "10000" },
});

static Dictionary<string, string> ParseOptions(ReadOnlySpan<string> arguments)
{
    var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < arguments.Length; i += 2)
    {
        if (!arguments[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"expected an --option, got '{arguments[i]}'");
        parsed[arguments[i][2..]] = arguments[i + 1];
    }
    return parsed;
}

static string Required(Dictionary<string, string> options, string name) =>
    options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");
