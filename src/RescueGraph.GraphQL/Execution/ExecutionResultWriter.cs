using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// Writes a response as JSON straight to a <see cref="Utf8JsonWriter"/>, in graphql-js's key order:
/// <c>errors</c>, then <c>data</c>, then <c>extensions</c>; each error as
/// <c>{"message","locations","path","extensions"}</c> with empty parts left out.
/// </summary>
public static class ExecutionResultWriter
{
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors"u8);
            WriteErrors(writer, errors);
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValue(writer, result.Data);
        }
        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        for (var i = 0; i < errors.Count; i++) WriteError(writer, errors[i]);
        writer.WriteEndArray();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        var locations = error.Locations;
        if (locations.Count > 0)
        {
            writer.WriteStartArray("locations"u8);
            for (var i = 0; i < locations.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, locations[i].Line);
                writer.WriteNumber("column"u8, locations[i].Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WriteStartArray("path"u8);
            for (var i = 0; i < path.Count; i++)
            {
                if (path[i] is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue(path[i].ToString());
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a completed (or any JSON-like) value.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                WriteDouble(writer, d);
                return;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.KeyAt(i));
                    WriteValue(writer, map.ValueAt(i));
                }
                writer.WriteEndObject();
                return;
            case object?[] array:
                writer.WriteStartArray();
                for (var i = 0; i < array.Length; i++) WriteValue(writer, array[i]);
                writer.WriteEndArray();
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case float f:
                WriteDouble(writer, f);
                return;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case ulong ul:
                writer.WriteNumberValue(ul);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case IDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                return;
            case IReadOnlyDictionary<string, object?> readOnlyDictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in readOnlyDictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable enumerable:
                writer.WriteStartArray();
                foreach (var item in enumerable) WriteValue(writer, item);
                writer.WriteEndArray();
                return;
            case DateTime dateTime:
                writer.WriteStringValue(dateTime);
                return;
            case DateTimeOffset dateTimeOffset:
                writer.WriteStringValue(dateTimeOffset);
                return;
            case Guid guid:
                writer.WriteStringValue(guid);
                return;
            case Enum enumValue:
                writer.WriteStringValue(enumValue.ToString());
                return;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            default:
                writer.WriteStringValue(value.ToString());
                return;
        }
    }

    /// <summary>JSON.stringify's rules: integral values without a fraction, non-finite ones as null.</summary>
    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value)) writer.WriteNullValue();
        else if (value == Math.Floor(value) && Math.Abs(value) < 9007199254740992d) writer.WriteNumberValue((long)value);
        else writer.WriteNumberValue(value);
    }
}
