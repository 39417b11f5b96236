namespace RescueGraph.GraphQL;

/// <summary>A line and column in a GraphQL source text, both 1-based, as the spec's error format uses.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>
/// An error as the GraphQL specification (section 7.1.2) shapes it: a message, the source
/// locations it concerns, the response path of the field it concerns, and extensions.
/// </summary>
public sealed class GraphQLError : Exception
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Locations = locations ?? Array.Empty<SourceLocation>();
        Path = path;
        Extensions = extensions;
    }

    /// <summary>Where in the document the error arose; empty when it concerns no particular place.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>Response path: field names (string) and list indices (int); null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra machine-readable detail; by convention <c>code</c> names the kind of error.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The value of <c>extensions.code</c>, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Locations, path, Extensions, InnerException);

    public GraphQLError WithLocations(IReadOnlyList<SourceLocation> locations) =>
        new(Message, locations, Path, Extensions, InnerException);

    public override string ToString() => Locations.Count == 0
        ? Message
        : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
}
