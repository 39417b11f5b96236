using Npgsql;

namespace RescueGraph.LocalPostgres;

/// <summary>Creating and dropping databases on any server reachable by a superuser connection string.</summary>
public static class PostgresDatabases
{
    private const string DuplicateDatabase = "42P04";

    /// <summary>Creates <paramref name="database"/> unless it exists, connecting through <paramref name="maintenanceConnectionString"/>.</summary>
    public static async Task EnsureExistsAsync(string maintenanceConnectionString, string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(maintenanceConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.Add(new NpgsqlParameter { Value = database });
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null) return;
        }

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(database)} ENCODING 'UTF8' TEMPLATE template0", connection);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.SqlState == DuplicateDatabase)
        {
            // A concurrent starter created it between our check and our CREATE: that is the outcome we wanted.
        }
    }

    /// <summary>Drops <paramref name="database"/> if it exists, disconnecting its sessions first.</summary>
    public static async Task DropIfExistsAsync(string maintenanceConnectionString, string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(maintenanceConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {QuoteIdentifier(database)} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Quotes an identifier the way PostgreSQL's quote_ident does.</summary>
    public static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Returns <paramref name="connectionString"/> pointed at another database.</summary>
    public static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;
}
