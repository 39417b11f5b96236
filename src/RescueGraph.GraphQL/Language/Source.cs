namespace RescueGraph.GraphQL.Language;

/// <summary>A GraphQL source text and the name it is reported under.</summary>
public sealed class Source
{
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>
    /// The 1-based line and column of a char offset; \r\n, \n and \r each end a line, and the
    /// column counts UTF-16 code units like graphql-js.
    /// </summary>
    public SourceLocation GetLocation(int position)
    {
        var body = Body;
        var end = Math.Min(position, body.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                line++;
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, position + 1 - lineStart);
    }
}
