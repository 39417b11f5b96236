using System.Text.Json;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// JSON → the JSON-like values the engine takes as variables and root values: Dictionary&lt;string, object?&gt;,
/// List&lt;object?&gt;, string, bool, null, and numbers as long when integral and in range, else double.
/// </summary>
public static class JsonValues
{
    public static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject()) map[property.Name] = FromJson(property.Value);
                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray()) list.Add(FromJson(item));
                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble();
            case JsonValueKind.True:
                return BoxedTrue;
            case JsonValueKind.False:
                return BoxedFalse;
            default:
                return null;
        }
    }

    /// <summary>Reads one JSON value from the reader (positioned on or before its first token) without building a DOM.</summary>
    public static object? FromJson(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.None or JsonTokenType.PropertyName && !reader.Read())
            throw new JsonException("Expected a JSON value.");
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    map[name] = FromJson(ref reader);
                }
                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(FromJson(ref reader));
                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var integer) ? (object)integer : reader.GetDouble();
            case JsonTokenType.True:
                return BoxedTrue;
            case JsonTokenType.False:
                return BoxedFalse;
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    /// <summary>Parses JSON text (convenience for tests and tools).</summary>
    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;
}
