using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// The per-field context handed to resolvers: five references of its own, everything request-wide
/// read through the shared <see cref="OperationExecution"/>, so one small object per field is all it costs.
/// </summary>
internal sealed class ResolveFieldContext : IResolveFieldContext
{
    private readonly OperationExecution _execution;
    private readonly CollectedField _field;

    public ResolveFieldContext(
        OperationExecution execution,
        ObjectType parentType,
        CollectedField field,
        object? source,
        ResponsePath path,
        IReadOnlyDictionary<string, object?> arguments)
    {
        _execution = execution;
        _field = field;
        ParentType = parentType;
        Source = source;
        Path = path;
        Arguments = arguments;
    }

    public object? Source { get; }
    public IReadOnlyDictionary<string, object?> Arguments { get; }
    public FieldDefinition FieldDefinition => _field.Definition!;
    public ObjectType ParentType { get; }
    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;
    public string ResponseKey => _field.ResponseKey;
    public ResponsePath Path { get; }
    public Schema Schema => _execution.Schema;
    public OperationDefinitionNode Operation => _execution.Operation;
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Fragments;
    public IReadOnlyDictionary<string, object?> VariableValues => _execution.VariableValues;
    public object? RootValue => _execution.RootValue;
    public IServiceProvider? RequestServices => _execution.RequestServices;
    public IDictionary<string, object?> RequestState => _execution.RequestState;
    public CancellationToken CancellationToken => _execution.CancellationToken;

    internal CollectedField Field => _field;
}
