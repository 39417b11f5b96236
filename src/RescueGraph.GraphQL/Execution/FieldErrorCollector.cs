namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// The field errors of one execution (graphql-js 16.15's <c>CollectedErrors</c>): an error is dropped when
/// its position or an ancestor was already nulled by an earlier error, because work still running under
/// a nulled position produces nothing the response contains. Thread-safe: concurrent fields report here.
/// </summary>
internal sealed class FieldErrorCollector
{
    private readonly object _gate = new();
    private List<GraphQLError>? _errors;
    private HashSet<ResponsePath>? _nulledPositions;
    private bool _rootNulled;

    /// <summary>Records an error nulling <paramref name="position"/> (null = the whole response data).</summary>
    public void Add(GraphQLError error, ResponsePath? position)
    {
        lock (_gate)
        {
            if (IsUnderNulledPosition(position)) return;
            if (position is null) _rootNulled = true;
            else (_nulledPositions ??= new HashSet<ResponsePath>(ReferenceEqualityComparer.Instance)).Add(position);
            (_errors ??= []).Add(error);
        }
    }

    /// <summary>The errors so far, as a snapshot (late work may still report, and is then dropped anyway).</summary>
    public IReadOnlyList<GraphQLError>? Snapshot()
    {
        lock (_gate) return _errors is null ? null : _errors.ToArray();
    }

    private bool IsUnderNulledPosition(ResponsePath? position)
    {
        if (_rootNulled) return true;
        if (_nulledPositions is null) return false;
        for (var node = position; node is not null; node = node.Parent)
            if (_nulledPositions.Contains(node)) return true;
        return false;
    }
}
