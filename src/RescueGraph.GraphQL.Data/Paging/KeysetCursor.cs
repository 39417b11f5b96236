using System.Buffers;
using System.Globalization;
using System.Text.Json;
using RescueGraph.GraphQL.Data.Filtering;
using RescueGraph.GraphQL.Data.Sorting;

namespace RescueGraph.GraphQL.Data.Paging;

/// <summary>
/// Keyset cursors: base64 of the JSON array <c>[version, shape, key values…]</c>. The shape is a hash of the
/// sort keys and directions, so a cursor taken under another order is refused instead of silently skipping
/// rows; the values are the row's sort keys ending with its primary key, which is all a page boundary needs.
/// </summary>
internal static class KeysetCursor
{
    private const int Version = 1;

    /// <summary>FNV-1a over the keys' paths and directions.</summary>
    public static uint Shape(List<OrderKey> keys)
    {
        var hash = 2166136261u;
        foreach (var key in keys)
        {
            foreach (var c in key.Path) hash = (hash ^ c) * 16777619u;
            hash = (hash ^ (key.Descending ? 'D' : 'A')) * 16777619u;
            hash = (hash ^ '|') * 16777619u;
        }
        return hash;
    }

    public static string Encode(uint shape, object?[] values)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(Version);
            writer.WriteNumberValue(shape);
            foreach (var value in values) WriteValue(writer, value);
            writer.WriteEndArray();
        }
        return Convert.ToBase64String(buffer.WrittenSpan);
    }

    /// <summary>The key values of <paramref name="cursor"/>, or an HC0078 error naming what is wrong with it.</summary>
    public static object?[] Decode(string argument, string cursor, uint shape, List<OrderKey> keys)
    {
        var types = new Type[keys.Count];
        var nullable = new bool[keys.Count];
        for (var i = 0; i < types.Length; i++) (types[i], nullable[i]) = (keys[i].Operand.Underlying, keys[i].Operand.IsNullable);
        return Decode(argument, cursor, shape, types, nullable, "it was issued for another sort order.");
    }

    /// <summary>
    /// The values of <paramref name="cursor"/> read as <paramref name="types"/> (null only where <paramref name="nullable"/>
    /// allows), or an HC0078 error; <paramref name="otherShape"/> says why a cursor of another shape is refused.
    /// </summary>
    public static object?[] Decode(string argument, string cursor, uint shape, Type[] types, bool[] nullable, string otherShape)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(cursor);
        }
        catch (FormatException)
        {
            throw DataErrors.InvalidCursor(argument, cursor, "it is not base64.");
        }

        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw Malformed(argument, cursor);
            if (!reader.Read() || reader.TokenType != JsonTokenType.Number || reader.GetInt32() != Version)
                throw DataErrors.InvalidCursor(argument, cursor, "it was not issued by this server version.");
            if (!reader.Read() || reader.TokenType != JsonTokenType.Number || reader.GetUInt32() != shape)
                throw DataErrors.InvalidCursor(argument, cursor, otherShape);
            var values = new object?[types.Length];
            for (var i = 0; i < values.Length; i++)
            {
                if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray) throw Malformed(argument, cursor);
                values[i] = ReadValue(ref reader, types[i]);
                if (values[i] is null && !nullable[i]) throw Malformed(argument, cursor);
            }
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw Malformed(argument, cursor);
            return values;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            throw Malformed(argument, cursor);
        }
    }

    private static GraphQLError Malformed(string argument, string cursor) =>
        DataErrors.InvalidCursor(argument, cursor, "its content does not match the connection's keys.");

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case short number: writer.WriteNumberValue(number); break;
            case byte number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case float number: writer.WriteNumberValue(number); break;
            case DateTimeOffset instant: writer.WriteStringValue(instant); break;
            case DateTime instant: writer.WriteStringValue(instant); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case Guid guid: writer.WriteStringValue(guid); break;
            case Enum member: writer.WriteNumberValue(Convert.ToInt64(member, CultureInfo.InvariantCulture)); break;
            default: throw new InvalidOperationException($"Cannot put a {value.GetType().Name} into a cursor.");
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader, Type type)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (type == typeof(string)) return reader.GetString();
        if (type == typeof(bool)) return reader.GetBoolean();
        if (type == typeof(int)) return reader.GetInt32();
        if (type == typeof(long)) return reader.GetInt64();
        if (type == typeof(short)) return reader.GetInt16();
        if (type == typeof(byte)) return reader.GetByte();
        if (type == typeof(decimal)) return reader.GetDecimal();
        if (type == typeof(double)) return reader.GetDouble();
        if (type == typeof(float)) return reader.GetSingle();
        if (type == typeof(DateTimeOffset)) return reader.GetDateTimeOffset();
        if (type == typeof(DateTime)) return reader.GetDateTime();
        if (type == typeof(DateOnly)) return DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (type == typeof(Guid)) return reader.GetGuid();
        if (type.IsEnum) return Enum.ToObject(type, reader.GetInt64());
        throw new InvalidOperationException($"Cannot read a {type.Name} from a cursor.");
    }
}

/// <summary>
/// Keyset cursors for connections a host pages itself (e.g. nearest first): the library's format, shape check and
/// HC0078 errors, so every cursor of a schema reads and fails alike.
/// </summary>
public static class PageCursors
{
    /// <summary>A cursor for the row whose sort key values (ending with its key) are <paramref name="values"/>.</summary>
    public static string Encode(uint shape, params object?[] values) => KeysetCursor.Encode(shape, values);

    /// <summary>The non-null values of <paramref name="cursor"/> read as <paramref name="types"/>, or an HC0078 error.</summary>
    public static object?[] Decode(string argument, string cursor, uint shape, Type[] types, string otherShape) =>
        KeysetCursor.Decode(argument, cursor, shape, types, new bool[types.Length], otherShape);
}
