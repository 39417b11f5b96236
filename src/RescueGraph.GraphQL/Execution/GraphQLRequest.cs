using RescueGraph.GraphQL.Analysis;

namespace RescueGraph.GraphQL.Execution;

/// <summary>One GraphQL request as a transport delivers it (GraphQL over HTTP's request parameters plus host context).</summary>
public sealed record GraphQLRequest
{
    public string? Query { get; init; }

    /// <summary>The id of a persisted (trusted) document, sent instead of <see cref="Query"/> (<c>id</c>/<c>documentId</c>).</summary>
    public string? DocumentId { get; init; }
    public string? OperationName { get; init; }

    /// <summary>Raw JSON-like variable values (see <see cref="JsonValues"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public object? RootValue { get; init; }
    public IServiceProvider? RequestServices { get; init; }
    public IDictionary<string, object?>? RequestState { get; init; }

    /// <summary>The request's <c>extensions</c> entry (e.g. persisted-query hashes), for hosts and middleware.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>This request's cost budget (e.g. a larger one for analysts); null applies the executor's <see cref="CostOptions"/>.</summary>
    public CostLimits? CostLimits { get; init; }

    /// <summary>Whether the response reports the operation's cost, or only reports it without executing.</summary>
    public CostReportMode CostReportMode { get; init; }

    /// <summary>False refuses operations that select <c>__schema</c> or <c>__type</c> (code <c>HC0046</c>); <c>__typename</c> stays allowed.</summary>
    public bool AllowIntrospection { get; init; } = true;
}
