namespace RescueGraph.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>.</summary>
public sealed class ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Upper bound on significant tokens (graphql-js's <c>maxTokens</c>); parsing stops with a
    /// syntax error once exceeded, so hostile documents cannot make the parser run long.
    /// </summary>
    public int MaxTokens { get; init; } = 15000;

    /// <summary>
    /// Upper bound on nesting of selection sets, list/object values and list types, so deeply
    /// nested input ends in a syntax error rather than a stack overflow.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Skip building <see cref="Location"/>s (saves allocation when nobody reports positions).</summary>
    public bool NoLocation { get; init; }

    /// <summary>graphql-js's <c>allowLegacyFragmentVariables</c>: <c>fragment F($v: Int) on T</c>.</summary>
    public bool AllowLegacyFragmentVariables { get; init; }
}
