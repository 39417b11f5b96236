using Npgsql;
using NpgsqlTypes;
using RescueGraph.Directory.Data.Modeling;

namespace RescueGraph.Directory.Data.Seeding;

/// <summary>Typed, null-aware writes for binary COPY rows (types are given explicitly: no per-value inference).</summary>
internal static class SyntheticCopy
{
    public static NpgsqlBinaryImporter Begin(NpgsqlConnection connection, string table, string columns) =>
        connection.BeginBinaryImport($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)");

    public static void Text(this NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null) writer.WriteNull();
        else writer.Write(value, NpgsqlDbType.Text);
    }

    public static void Enum<TEnum>(this NpgsqlBinaryImporter writer, TEnum value) where TEnum : struct, System.Enum =>
        writer.Write(EnumNames<TEnum>.ToName(value), NpgsqlDbType.Text);

    public static void Enum<TEnum>(this NpgsqlBinaryImporter writer, TEnum? value) where TEnum : struct, System.Enum
    {
        if (value is { } present) writer.Write(EnumNames<TEnum>.ToName(present), NpgsqlDbType.Text);
        else writer.WriteNull();
    }

    public static void Bigint(this NpgsqlBinaryImporter writer, long value) => writer.Write(value, NpgsqlDbType.Bigint);

    public static void Bigint(this NpgsqlBinaryImporter writer, long? value)
    {
        if (value is { } present) writer.Write(present, NpgsqlDbType.Bigint);
        else writer.WriteNull();
    }

    public static void Integer(this NpgsqlBinaryImporter writer, int? value)
    {
        if (value is { } present) writer.Write(present, NpgsqlDbType.Integer);
        else writer.WriteNull();
    }

    public static void Smallint(this NpgsqlBinaryImporter writer, int? value)
    {
        if (value is { } present) writer.Write((short)present, NpgsqlDbType.Smallint);
        else writer.WriteNull();
    }

    public static void Double(this NpgsqlBinaryImporter writer, double value) => writer.Write(value, NpgsqlDbType.Double);

    public static void Boolean(this NpgsqlBinaryImporter writer, bool value) => writer.Write(value, NpgsqlDbType.Boolean);

    public static void Date(this NpgsqlBinaryImporter writer, DateOnly? value)
    {
        if (value is { } present) writer.Write(present, NpgsqlDbType.Date);
        else writer.WriteNull();
    }

    /// <summary><paramref name="value"/> must be UTC.</summary>
    public static void Timestamp(this NpgsqlBinaryImporter writer, DateTime? value)
    {
        if (value is { } present) writer.Write(present, NpgsqlDbType.TimestampTz);
        else writer.WriteNull();
    }

    public static void Numeric(this NpgsqlBinaryImporter writer, decimal? value)
    {
        if (value is { } present) writer.Write(present, NpgsqlDbType.Numeric);
        else writer.WriteNull();
    }

    public static void TextArray(this NpgsqlBinaryImporter writer, string[] value) => writer.Write(value, NpgsqlDbType.Array | NpgsqlDbType.Text);
}
