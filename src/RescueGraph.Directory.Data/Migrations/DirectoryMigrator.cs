using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RescueGraph.Directory.Data.Migrations;

/// <summary>
/// Applies the embedded, versioned SQL scripts (Migrations/Scripts/NNNN_name.sql) that build the schema.
/// <para>
/// Why SQL scripts instead of EF migration classes: Microsoft.EntityFrameworkCore.Design cannot be restored here,
/// so no model snapshot could be generated and every EF migration would be hand-written anyway; the schema also
/// needs things EF's migration builder cannot express (extensions, GIN trigram and GiST earthdistance expression
/// indexes, NULLS NOT DISTINCT). Plain SQL keeps each step reviewable exactly as PostgreSQL will run it.
/// </para>
/// Each script runs in its own transaction together with its history row, under a session advisory lock, so
/// concurrent starters apply it exactly once; re-running is a no-op. An applied script whose text changed is
/// reported rather than silently skipped.
/// </summary>
public static class DirectoryMigrator
{
    /// <summary>Table recording applied scripts.</summary>
    public const string HistoryTable = "schema_migrations";

    // Arbitrary but fixed: every migrator of this schema contends for the same lock ("RescueGr" in ASCII).
    private const long AdvisoryLockKey = 0x5265736375654772;

    private const string ResourceMarker = ".Migrations.Scripts.";

    /// <summary>All known scripts, in version order.</summary>
    public static IReadOnlyList<MigrationScript> Scripts { get; } = LoadScripts();

    /// <summary>Brings the database to the latest version; returns the versions applied by this call.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        // The advisory lock belongs to a session: a multiplexed connection could send the lock and the unlock over
        // different physical connections, so migrations always run on a connection of their own.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Multiplexing = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Migrates the database of <paramref name="context"/>, over a session of its own to the same database.</summary>
    public static Task<IReadOnlyList<int>> MigrateAsync(DbContext context, CancellationToken cancellationToken = default) =>
        MigrateAsync(context.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The context has no connection string to migrate through."), cancellationToken);

    /// <summary>Migrates through an open connection.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, null, $"""
                CREATE TABLE IF NOT EXISTS {HistoryTable} (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    checksum text NOT NULL,
                    applied_at timestamp with time zone NOT NULL DEFAULT now())
                """, cancellationToken).ConfigureAwait(false);

            var applied = await ReadAppliedChecksumsAsync(connection, cancellationToken).ConfigureAwait(false);
            var appliedNow = new List<int>();
            foreach (var script in Scripts)
            {
                if (applied.TryGetValue(script.Version, out var checksum))
                {
                    if (checksum != script.Checksum)
                        throw new InvalidOperationException(
                            $"Migration {script.Version:D4}_{script.Name} was changed after it was applied to this database. " +
                            "Never edit an applied script: add a new one.");
                    continue;
                }
                await ApplyAsync(connection, script, cancellationToken).ConfigureAwait(false);
                appliedNow.Add(script.Version);
            }
            return appliedNow;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Versions recorded as applied in the database (empty when it was never migrated).</summary>
    public static async Task<IReadOnlyList<int>> GetAppliedVersionsAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand($"SELECT to_regclass('{HistoryTable}') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!) return [];
        var applied = await ReadAppliedChecksumsAsync(connection, cancellationToken).ConfigureAwait(false);
        var versions = new List<int>(applied.Keys);
        versions.Sort();
        return versions;
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand($"INSERT INTO {HistoryTable} (version, name, checksum) VALUES ($1, $2, $3)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter { Value = script.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = script.Name });
            record.Parameters.Add(new NpgsqlParameter { Value = script.Checksum });
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception)
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            throw new InvalidOperationException(
                $"Migration {script.Version:D4}_{script.Name} failed: {exception.MessageText} (SQLSTATE {exception.SqlState}" +
                (exception.Position > 0 ? $", at character {exception.Position}" : "") + ")", exception);
        }
    }

    private static async Task<Dictionary<int, string>> ReadAppliedChecksumsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand($"SELECT version, checksum FROM {HistoryTable}", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) applied.Add(reader.GetInt32(0), reader.GetString(1));
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static MigrationScript[] LoadScripts()
    {
        var assembly = typeof(DirectoryMigrator).Assembly;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var markerAt = resource.IndexOf(ResourceMarker, StringComparison.Ordinal);
            if (markerAt < 0 || !resource.EndsWith(".sql", StringComparison.Ordinal)) continue;
            // "…Migrations.Scripts.0001_initial.sql" → version 1, name "initial".
            var fileName = resource[(markerAt + ResourceMarker.Length)..^".sql".Length];
            var separator = fileName.IndexOf('_');
            if (separator <= 0 || !int.TryParse(fileName.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                throw new InvalidOperationException($"Migration script '{fileName}.sql' must be named NNNN_name.sql.");
            scripts.Add(new MigrationScript(version, fileName[(separator + 1)..], ReadResource(assembly, resource)));
        }
        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
                throw new InvalidOperationException($"Two migration scripts share version {scripts[i].Version}.");
        }
        return [.. scripts];
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>One versioned schema script.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script text with line endings normalised, so a checkout's CRLF does not count as an edit.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}
