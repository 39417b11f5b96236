using System.Collections;
using System.Globalization;
using System.Text;

namespace RescueGraph.GraphQL.Types;

/// <summary>
/// Renders a runtime value for an error message the way graphql-js's <c>inspect</c> does, so messages
/// read the same: strings JSON-quoted, lists as <c>[a, b]</c>, objects as <c>{ key: value }</c>.
/// </summary>
public static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                AppendJsonString(builder, s);
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case IDictionary<string, object?> map:
                if (map.Count == 0) { builder.Append("{}"); return; }
                if (depth > MaxDepth) { builder.Append("[Object]"); return; }
                builder.Append("{ ");
                var first = true;
                foreach (var (key, item) in map)
                {
                    if (!first) builder.Append(", ");
                    first = false;
                    builder.Append(key).Append(": ");
                    Append(builder, item, depth + 1);
                }
                builder.Append(" }");
                return;
            case IReadOnlyDictionary<string, object?> readOnlyMap:
                Append(builder, new Dictionary<string, object?>(readOnlyMap), depth);
                return;
            case IEnumerable list:
                if (depth > MaxDepth) { builder.Append("[Array]"); return; }
                builder.Append('[');
                var count = 0;
                foreach (var item in list)
                {
                    if (count > 0) builder.Append(", ");
                    if (count == MaxItems) { builder.Append("... more items"); break; }
                    Append(builder, item, depth + 1);
                    count++;
                }
                builder.Append(']');
                return;
        }

        if (Scalars.TryGetNumber(value, out var number))
        {
            builder.Append(double.IsNaN(number) ? "NaN" : double.IsInfinity(number) ? (number > 0 ? "Infinity" : "-Infinity") : Scalars.FormatNumber(number));
            return;
        }

        builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
    }

    private static void AppendJsonString(StringBuilder builder, string s)
    {
        builder.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }
}
