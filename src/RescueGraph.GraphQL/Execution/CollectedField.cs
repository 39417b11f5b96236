using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// One response key of a selection set collected for one runtime object type: the merged field nodes,
/// the field definition they select, and per-request caches of what is the same for every value that
/// runs through this field (coerced arguments, sub-selections per runtime type), so list items reuse them.
/// </summary>
internal sealed class CollectedField
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments =
        new Dictionary<string, object?>(0, StringComparer.Ordinal);

    private IReadOnlyDictionary<string, object?>? _arguments;
    private SubfieldsEntry? _firstSubfields;
    private Dictionary<ObjectType, CollectedFields>? _moreSubfields;
    private SourceLocation[]? _locations;

    public CollectedField(string responseKey, FieldNode[] nodes, FieldDefinition definition, ObjectType parentType)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        ParentType = parentType;
    }

    public string ResponseKey { get; }

    /// <summary>Every field node merged into this response key, in document order.</summary>
    public FieldNode[] Nodes { get; }

    public FieldDefinition Definition { get; }

    /// <summary>The runtime object type the field was collected for.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The arguments once coerced (see <see cref="GetArguments"/>).</summary>
    public IReadOnlyDictionary<string, object?>? CoercedArguments => _arguments;

    /// <summary>Where errors of this field are reported: every merged field node, as graphql-js does.</summary>
    public SourceLocation[] Locations => _locations ??= BuildLocations(Nodes);

    /// <summary>
    /// Coerced arguments; variables are fixed for the request, so one coercion serves every execution of
    /// this field. A failed coercion is not cached: it throws again, as a field error each time.
    /// </summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variableValues)
    {
        var arguments = _arguments;
        if (arguments is not null) return arguments;
        var definitions = Definition.Arguments;
        var node = Nodes[0];
        arguments = definitions.Count == 0 && node.Arguments.Count == 0
            ? NoArguments
            : ArgumentValues.Get(definitions, node.Arguments, variableValues, node);
        _arguments = arguments;
        return arguments;
    }

    /// <summary>The sub-selection for a runtime type, collected once per request (graphql-js memoizes collectSubfields too).</summary>
    public CollectedFields GetSubfields(OperationExecution execution, ObjectType runtimeType)
    {
        var first = Volatile.Read(ref _firstSubfields);
        if (first is not null && ReferenceEquals(first.Type, runtimeType)) return first.Fields;
        return GetSubfieldsSlow(execution, runtimeType, first);
    }

    private CollectedFields GetSubfieldsSlow(OperationExecution execution, ObjectType runtimeType, SubfieldsEntry? first)
    {
        // Abstract fields meet several runtime types; concurrent list items may race here, hence the lock.
        lock (this)
        {
            if (first is null)
            {
                var fields = FieldCollector.CollectSubfields(execution, runtimeType, Nodes);
                Volatile.Write(ref _firstSubfields, new SubfieldsEntry(runtimeType, fields));
                return fields;
            }
            _moreSubfields ??= new Dictionary<ObjectType, CollectedFields>(ReferenceEqualityComparer.Instance);
            if (!_moreSubfields.TryGetValue(runtimeType, out var collected))
            {
                collected = FieldCollector.CollectSubfields(execution, runtimeType, Nodes);
                _moreSubfields[runtimeType] = collected;
            }
            return collected;
        }
    }

    private static SourceLocation[] BuildLocations(FieldNode[] nodes)
    {
        var count = 0;
        for (var i = 0; i < nodes.Length; i++)
            if (nodes[i].Location is not null) count++;
        var locations = new SourceLocation[count];
        count = 0;
        for (var i = 0; i < nodes.Length; i++)
            if (nodes[i].Location is { } location) locations[count++] = location.ToSourceLocation();
        return locations;
    }

    private sealed record SubfieldsEntry(ObjectType Type, CollectedFields Fields);
}

/// <summary>A collected selection set: its fields in response order and their response keys (shared by every result object).</summary>
internal sealed class CollectedFields(CollectedField[] fields, string[] keys)
{
    public static readonly CollectedFields Empty = new([], []);

    public CollectedField[] Fields { get; } = fields;
    public string[] Keys { get; } = keys;
}
