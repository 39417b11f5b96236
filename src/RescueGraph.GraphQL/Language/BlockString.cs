using System.Text;

namespace RescueGraph.GraphQL.Language;

/// <summary>Block string (<c>"""…"""</c>) value rules: the spec's dedent, and graphql-js 16's printing.</summary>
public static class BlockString
{
    /// <summary>
    /// The spec's BlockStringValue: removes the common indentation of all lines but the first,
    /// then leading and trailing blank lines, and joins with <c>\n</c>.
    /// </summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = i;
            }

            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return string.Empty;
        }

        var result = new StringBuilder();
        for (var i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            if (i > firstNonEmptyLine)
            {
                result.Append('\n');
            }

            var line = lines[i];
            if (i == 0)
            {
                result.Append(line);
            }
            else if (line.Length > commonIndent)
            {
                result.Append(line, commonIndent, line.Length - commonIndent);
            }
        }

        return result.ToString();
    }

    /// <summary>Dedents a raw block string body (as written between the triple quotes, escapes already resolved).</summary>
    public static string DedentRaw(string raw)
    {
        var lines = new List<string>();
        var lineStart = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(raw.Substring(lineStart, i - lineStart));
                if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                lineStart = i + 1;
            }
        }

        lines.Add(raw.Substring(lineStart));
        return Dedent(lines);
    }

    /// <summary>
    /// graphql-js's <c>isPrintableAsBlockString</c>: whether printing <paramref name="value"/> as a
    /// block string and parsing it back yields the same value.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\r':
                    return false; // \r and \r\n would come back as \n
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // leading blank line would be stripped
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    if (c < 0x20)
                    {
                        return false; // non-printable control character
                    }

                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false; // trailing blank line would be stripped
        }

        return !(hasCommonIndent && seenNonEmptyLine); // common indent would be stripped
    }

    /// <summary>graphql-js 16's <c>printBlockString</c>.</summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);

        // Split like /\r\n|[\n\r]/ to find the line count and whether every later line starts indented.
        var lineCount = 1;
        var laterLinesAllIndentedOrEmpty = true;
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            if (c == '\r' && i + 1 < escaped.Length && escaped[i + 1] == '\n')
            {
                i++;
            }

            lineCount++;
            var next = i + 1 < escaped.Length ? escaped[i + 1] : '\n';
            if (next != '\n' && next != '\r' && next != ' ' && next != '\t')
            {
                laterLinesAllIndentedOrEmpty = false;
            }
        }

        var isSingleLine = lineCount == 1;
        var forceLeadingNewLine = lineCount > 1 && laterLinesAllIndentedOrEmpty;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder(escaped.Length + 8);
        result.Append("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharClasses.IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && CharClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }
}
