using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using RescueGraph.Directory.Data.Modeling;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Migrations;

/// <summary>The hand-written SQL and the EF model must describe the same tables and columns.</summary>
[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class ModelMatchesSchemaTests(DirectoryDatabaseFixture fixture)
{
    private sealed record DatabaseColumn(string DataType, bool IsNullable, int? MaxLength);

    [Fact]
    public async Task Every_mapped_column_exists_with_the_same_type_nullability_and_length_and_no_column_is_unmapped()
    {
        var database = await ReadColumnsAsync();
        await using var context = fixture.CreateDbContext();
        var problems = new List<string>();
        var mappedColumns = new HashSet<(string, string)>();

        foreach (var entityType in context.Model.GetEntityTypes())
        {
            var table = entityType.GetTableName()!;
            var storeObject = StoreObjectIdentifier.Table(table);
            foreach (var property in entityType.GetProperties())
            {
                var column = property.GetColumnName(storeObject)!;
                // xmin is a system column: present on every table, never listed in information_schema.
                if (column == "xmin") continue;
                mappedColumns.Add((table, column));
                if (!database.TryGetValue((table, column), out var actual))
                {
                    problems.Add($"{table}.{column} is mapped by {entityType.ClrType.Name}.{property.Name} but missing in the database");
                    continue;
                }
                var expectedType = NormalizeType(property.GetColumnType(storeObject));
                if (expectedType != actual.DataType)
                    problems.Add($"{table}.{column}: model type {expectedType}, database type {actual.DataType}");
                if (property.IsColumnNullable(storeObject) != actual.IsNullable)
                    problems.Add($"{table}.{column}: model nullable={property.IsColumnNullable(storeObject)}, database nullable={actual.IsNullable}");
                if (property.GetMaxLength(storeObject) != actual.MaxLength)
                    problems.Add($"{table}.{column}: model max length {property.GetMaxLength(storeObject)}, database {actual.MaxLength}");
            }
        }
        foreach (var (key, _) in database)
        {
            if (key.Table != DirectoryDataTestNames.HistoryTable && !mappedColumns.Contains(key))
                problems.Add($"{key.Table}.{key.Column} exists in the database but no entity maps it");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Enum_check_constraints_list_exactly_the_converter_names()
    {
        await using var context = fixture.CreateDbContext();
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        var checkedColumns = 0;
        foreach (var entityType in context.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                var enumType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (!enumType.IsEnum) continue;
                var table = entityType.GetTableName()!;
                var column = property.GetColumnName();
                await using var command = new NpgsqlCommand(
                    "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = $1", connection);
                command.Parameters.Add(new NpgsqlParameter { Value = $"ck_{table}_{column}" });
                var definition = await command.ExecuteScalarAsync() as string;
                Assert.True(definition is not null, $"no check constraint ck_{table}_{column}");

                var names = (string[])typeof(EnumNames<>).MakeGenericType(enumType).GetField(nameof(EnumNames<Entities.Species>.Names))!.GetValue(null)!;
                foreach (var name in names) Assert.Contains($"'{name}'", definition);
                // Same count of quoted literals: nothing extra is allowed by the database.
                Assert.Equal(names.Length, definition!.Split('\'').Length / 2);
                checkedColumns++;
            }
        }
        Assert.True(checkedColumns >= 20, $"only {checkedColumns} enum columns found");
    }

    [Fact]
    public async Task Table_names_are_plural_snake_case()
    {
        await using var context = fixture.CreateDbContext();
        var tables = new List<string>();
        foreach (var entityType in context.Model.GetEntityTypes()) tables.Add(entityType.GetTableName()!);
        foreach (var expected in new[] { "animals", "rescue_centers", "animal_events", "animal_photos", "localities", "stories", "story_animals", "audit_entries", "role_grants" })
            Assert.Contains(expected, tables);
    }

    private async Task<Dictionary<(string Table, string Column), DatabaseColumn>> ReadColumnsAsync()
    {
        var columns = new Dictionary<(string, string), DatabaseColumn>();
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod), c.is_nullable = 'YES', c.character_maximum_length
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass AND a.attname = c.column_name
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'  -- not the pg_stat_statements views
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)),
                new DatabaseColumn(NormalizeType(reader.GetString(2)), reader.GetBoolean(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }
        return columns;
    }

    /// <summary>EF writes "character varying(200)", PostgreSQL formats the same; drop the length (compared separately).</summary>
    private static string NormalizeType(string type)
    {
        var parenthesis = type.IndexOf('(');
        var baseType = parenthesis < 0 ? type : type[..parenthesis].TrimEnd();
        return type.StartsWith("numeric", StringComparison.Ordinal) ? type.Replace(" ", "", StringComparison.Ordinal) : baseType;
    }
}

internal static class DirectoryDataTestNames
{
    public const string HistoryTable = Data.Migrations.DirectoryMigrator.HistoryTable;
}
