using System.Diagnostics;
using Npgsql;

namespace RescueGraph.Directory.Data.Seeding;

/// <summary>Row counts and timing of one synthetic load.</summary>
public sealed record SyntheticDataSummary(
    long Organizations, long Partnerships, long Centers, long Animals, long Photos, long Events,
    long Localities, long Officials, long Campaigns, long CampaignChildren, long StoriesAndLinks, TimeSpan Elapsed);

/// <summary>
/// Fills a migrated, empty directory database with a deterministic, large, realistically skewed data set:
/// the same (animals, seed) always yields identical rows. Loads with binary COPY; the big tables (animals, photos,
/// events) stream in parallel on their own connections with their secondary indexes and foreign keys dropped and triggers off,
/// which are then rebuilt (in parallel) from their own catalog definitions, and ends with ANALYZE.
/// </summary>
public static class SyntheticDataGenerator
{
    private static readonly string[] BulkTables = ["animals", "animal_photos", "animal_events"];

    private static readonly string[] AllTables =
    [
        "organizations", "partnerships", "rescue_centers", "animals", "animal_photos", "animal_events", "localities",
        "locality_officials", "campaigns", "campaign_targets", "campaign_updates", "official_responses", "suggested_messages",
        "stories", "story_animals",
    ];

    /// <param name="connectionString">A database migrated by <see cref="Migrations.DirectoryMigrator"/>.</param>
    /// <param name="animals">Number of animals; every other count scales from it (1M → 1,000 organizations, 4,000 centers, 2,500 campaigns).</param>
    /// <param name="seed">Same seed and size, same rows.</param>
    /// <param name="replaceExisting">Truncate directory tables first; otherwise a non-empty database is refused.</param>
    public static async Task<SyntheticDataSummary> SeedAsync(string connectionString, int animals, int seed = 42,
        bool replaceExisting = false, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var world = new SyntheticWorld(animals, seed);

        await using var control = new NpgsqlConnection(connectionString);
        await control.OpenAsync(cancellationToken).ConfigureAwait(false);
        await PrepareEmptyTablesAsync(control, replaceExisting, cancellationToken).ConfigureAwait(false);

        // Small tables first, with every constraint in place: they are the parents of the bulk tables.
        var organizations = SyntheticTables.Organizations(control, world);
        var partnerships = SyntheticTables.Partnerships(control, world);
        var centers = SyntheticTables.Centers(control, world);
        var localities = SyntheticTables.Localities(control, world);
        var officials = SyntheticTables.Officials(control, world);
        var campaigns = SyntheticTables.Campaigns(control, world);
        var campaignChildren = SyntheticTables.CampaignChildren(control, world);

        var deferred = await DropBulkIndexesAndForeignKeysAsync(control, cancellationToken).ConfigureAwait(false);
        ulong animalRows, photoRows, eventRows;
        try
        {
            var loads = new[]
            {
                CopyOnOwnConnectionAsync(connectionString, world, SyntheticTables.Animals, cancellationToken),
                CopyOnOwnConnectionAsync(connectionString, world, SyntheticTables.Photos, cancellationToken),
                CopyOnOwnConnectionAsync(connectionString, world, SyntheticTables.Events, cancellationToken),
            };
            var counts = await Task.WhenAll(loads).ConfigureAwait(false);
            (animalRows, photoRows, eventRows) = (counts[0], counts[1], counts[2]);
        }
        finally
        {
            // Restored even when a load failed, so the schema is never left without its indexes and keys.
            await RunInParallelAsync(connectionString, deferred, cancellationToken).ConfigureAwait(false);
        }

        var stories = SyntheticTables.Stories(control, world);
        await AdvanceIdentitySequencesAsync(control, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(control, "ANALYZE", cancellationToken).ConfigureAwait(false);

        return new SyntheticDataSummary((long)organizations, (long)partnerships, (long)centers, (long)animalRows, (long)photoRows,
            (long)eventRows, (long)localities, (long)officials, (long)campaigns, (long)campaignChildren, (long)stories, stopwatch.Elapsed);
    }

    private static async Task PrepareEmptyTablesAsync(NpgsqlConnection connection, bool replaceExisting, CancellationToken cancellationToken)
    {
        if (replaceExisting)
        {
            await ExecuteAsync(connection, $"TRUNCATE {string.Join(", ", AllTables)} RESTART IDENTITY CASCADE", cancellationToken).ConfigureAwait(false);
            return;
        }
        foreach (var table in AllTables)
        {
            await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table})", connection);
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
                throw new InvalidOperationException($"Table {table} already has rows; pass replaceExisting: true to truncate the directory tables first.");
        }
    }

    /// <summary>
    /// Drops the bulk tables' foreign keys and non-key indexes, and disables their triggers, and returns the statements
    /// that undo it, taken from the catalog so the migration scripts stay their only definition. Index statements come
    /// first (largest, GIN, work first) so the foreign keys are validated with the indexes already there. The triggers
    /// (e.g. the events' species copied from the animal) would cost a lookup per row and race the parallel animal load;
    /// the generator writes what they would.
    /// </summary>
    private static async Task<List<string>> DropBulkIndexesAndForeignKeysAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var recreate = new List<string>();
        var drop = new List<string>();
        await CollectAsync("""
            SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_am am ON am.oid = c.relam
            WHERE i.indrelid = ANY ($1::regclass[])
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY am.amname = 'gin' DESC, i.indrelid::regclass::text = 'animal_events' DESC, c.relname
            """).ConfigureAwait(false);
        await CollectAsync("""
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
            FROM pg_constraint
            WHERE contype = 'f' AND conrelid = ANY ($1::regclass[])
            ORDER BY conname
            """).ConfigureAwait(false);
        await CollectAsync("""
            SELECT format('ALTER TABLE %s DISABLE TRIGGER %I', tgrelid::regclass, tgname),
                   format('ALTER TABLE %s ENABLE TRIGGER %I', tgrelid::regclass, tgname)
            FROM pg_trigger
            WHERE NOT tgisinternal AND tgenabled <> 'D' AND tgrelid = ANY ($1::regclass[])
            ORDER BY tgname
            """).ConfigureAwait(false);
        foreach (var statement in drop) await ExecuteAsync(connection, statement, cancellationToken).ConfigureAwait(false);
        return recreate;

        // Each row: the statement to run now, the one that undoes it.
        async Task CollectAsync(string catalogQuery)
        {
            await using var command = new NpgsqlCommand(catalogQuery, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = BulkTables });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                drop.Add(reader.GetString(0));
                recreate.Add(reader.GetString(1));
            }
        }
    }

    private static async Task<ulong> CopyOnOwnConnectionAsync(string connectionString, SyntheticWorld world,
        Func<NpgsqlConnection, SyntheticWorld, ulong> copy, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Row generation is CPU-bound; a pool thread keeps the three loads truly concurrent.
        return await Task.Run(() => copy(connection, world), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs index builds (then foreign keys) on two connections: the machine has two cores to fill.</summary>
    private static async Task RunInParallelAsync(string connectionString, List<string> statements, CancellationToken cancellationToken)
    {
        var foreignKeysFrom = statements.FindIndex(s => s.StartsWith("ALTER TABLE", StringComparison.Ordinal));
        if (foreignKeysFrom < 0) foreignKeysFrom = statements.Count;
        await RunQueueAsync(statements.GetRange(0, foreignKeysFrom)).ConfigureAwait(false);
        await RunQueueAsync(statements.GetRange(foreignKeysFrom, statements.Count - foreignKeysFrom)).ConfigureAwait(false);

        async Task RunQueueAsync(List<string> queue)
        {
            var next = -1;
            var workers = new Task[Math.Min(2, queue.Count)];
            for (var w = 0; w < workers.Length; w++)
            {
                workers[w] = Task.Run(async () =>
                {
                    await using var connection = new NpgsqlConnection(connectionString);
                    await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                    int index;
                    while ((index = Interlocked.Increment(ref next)) < queue.Count)
                        await ExecuteAsync(connection, queue[index], cancellationToken).ConfigureAwait(false);
                }, cancellationToken);
            }
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
    }

    /// <summary>Rows were written with explicit ids; move each identity past them so later inserts do not collide.</summary>
    private static async Task AdvanceIdentitySequencesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var table in AllTables)
        {
            if (table == "story_animals") continue;
            await ExecuteAsync(connection,
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)",
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
