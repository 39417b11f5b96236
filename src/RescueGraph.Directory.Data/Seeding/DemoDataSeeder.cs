using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Data.Seeding;

/// <summary>
/// Loads the demo data set (<c>Seeding/demo-data.json</c>, embedded in this assembly) into an empty directory
/// database, so a newcomer sees the real organizations, campaigns and stories from the seeds on first start.
/// </summary>
public static class DemoDataSeeder
{
    public const string ResourceName = "RescueGraph.Directory.Data.Seeding.demo-data.json";

    /// <summary>Key of the transaction-scoped advisory lock that serializes concurrent starters seeding the same database.</summary>
    private const long SeedLockKey = 0x5245_5343_4445_4D4F; // "RESCDEMO"

    // Strict on purpose: a misspelt property or enum value in the data file must fail the load, not vanish.
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Reads and parses the embedded data file.</summary>
    public static DemoDataSet LoadDataSet()
    {
        using var stream = typeof(DemoDataSeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{ResourceName}' is missing; the project file must embed Seeding\\demo-data.json.");
        return Parse(stream);
    }

    /// <summary>Parses a data file in the <see cref="DemoDataSet"/> schema.</summary>
    public static DemoDataSet Parse(Stream json)
        => JsonSerializer.Deserialize<DemoDataSet>(json, SerializerOptions)
           ?? throw new InvalidDataException("The demo data file is empty.");

    /// <summary>
    /// Inserts the demo data set when the database has no organizations, in one transaction; otherwise does
    /// nothing. Returns whether it seeded. Safe when several instances start at once.
    /// </summary>
    public static Task<bool> SeedIfEmptyAsync(DirectoryDbContext db, CancellationToken ct = default)
        => SeedIfEmptyAsync(db, LoadDataSet(), ct);

    public static async Task<bool> SeedIfEmptyAsync(DirectoryDbContext db, DemoDataSet data, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(data);

        // Resolve every reference before touching the database, so a broken file never half-starts a transaction.
        DemoEntityGraph.Build(data);

        // A user transaction must run inside the execution strategy in case the context enables retries.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync((db, data), static async (_, state, token) =>
        {
            var (context, dataSet) = state;
            // A retry starts over with fresh entities: the previous attempt's graph was rolled back.
            context.ChangeTracker.Clear();
            await using var transaction = await context.Database.BeginTransactionAsync(token);
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", token);

            if (await context.Set<Organization>().AnyAsync(token))
                return false;

            var graph = DemoEntityGraph.Build(dataSet);
            context.AddRange(graph.Organizations);
            context.AddRange(graph.Localities);
            context.AddRange(graph.Centers);
            context.AddRange(graph.Campaigns);
            context.AddRange(graph.Animals);
            context.AddRange(graph.Stories);
            await context.SaveChangesAsync(token);

            // Partnership rows need the organizations' ids (stored lower id first), hence the second save.
            context.AddRange(graph.CreatePartnerships());
            await context.SaveChangesAsync(token);

            await transaction.CommitAsync(token);
            context.ChangeTracker.Clear();
            return true;
        }, verifySucceeded: null, ct);
    }
}
