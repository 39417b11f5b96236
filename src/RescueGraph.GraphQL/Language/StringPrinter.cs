using System.Text;

namespace RescueGraph.GraphQL.Language;

/// <summary>graphql-js 16's <c>printString</c>: a JSON-like quoted string literal.</summary>
public static class StringPrinter
{
    public static string Print(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="value"/> quoted, escaping C0/C1 controls, <c>"</c> and <c>\</c>.</summary>
    public static void Append(StringBuilder builder, string value)
    {
        builder.Append('"');
        var chunkStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || c > 0x9F))
            {
                continue;
            }

            builder.Append(value, chunkStart, i - chunkStart);
            chunkStart = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        builder.Append(value, chunkStart, value.Length - chunkStart);
        builder.Append('"');
    }
}
