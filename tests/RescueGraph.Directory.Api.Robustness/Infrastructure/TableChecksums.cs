using Npgsql;

namespace RescueGraph.Directory.Api.Robustness.Infrastructure;

/// <summary>An md5 of every row of every table of the <c>public</c> schema: equal checksums, unchanged data.</summary>
public static class TableChecksums
{
    public static async Task<SortedDictionary<string, string>> ComputeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));

        var checksums = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // The row's text form covers every column; ordering by it makes the aggregate independent of physical order.
            var sql = $"SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM public.\"{table}\" t";
            await using var command = new NpgsqlCommand(sql, connection);
            checksums[table] = (string)(await command.ExecuteScalarAsync())!;
        }
        return checksums;
    }
}
