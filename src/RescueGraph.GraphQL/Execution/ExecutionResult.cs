namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// The response of one request (spec 7.1): <see cref="Data"/> is present when execution started
/// (possibly null after an error propagated to the root), absent for request errors.
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>The response data: a <see cref="ResultMap"/>, or null.</summary>
    public object? Data { get; init; }

    /// <summary>Whether the <c>data</c> entry is present at all (a request error gives none).</summary>
    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>A response with errors only, as for syntax, validation and request errors.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    public static ExecutionResult FromError(GraphQLError error) => new() { Errors = [error] };
}
