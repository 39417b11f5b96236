namespace RescueGraph.GraphQL.Execution;

/// <summary>One GraphQL request as a transport delivers it (GraphQL over HTTP's request parameters plus host context).</summary>
public sealed class GraphQLRequest
{
    public string? Query { get; init; }
    public string? OperationName { get; init; }

    /// <summary>Raw JSON-like variable values (see <see cref="JsonValues"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public object? RootValue { get; init; }
    public IServiceProvider? RequestServices { get; init; }
    public IDictionary<string, object?>? RequestState { get; init; }

    /// <summary>The request's <c>extensions</c> entry (e.g. persisted-query hashes), for hosts and middleware.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
