using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// The per-field context handed to resolvers: four references of its own, everything request-wide
/// read through the shared <see cref="OperationExecution"/>, so one small object per field is all it costs.
/// </summary>
internal sealed class ResolveFieldContext : IResolveFieldContext
{
    private readonly OperationExecution _execution;
    private readonly CollectedField _field;

    /// <summary>Created after the field's arguments were coerced, so <see cref="Arguments"/> reads the field's cache.</summary>
    public ResolveFieldContext(OperationExecution execution, CollectedField field, object? source, ResponsePath path)
    {
        _execution = execution;
        _field = field;
        Source = source;
        Path = path;
    }

    public object? Source { get; }
    public IReadOnlyDictionary<string, object?> Arguments => _field.CoercedArguments!;
    public FieldDefinition FieldDefinition => _field.Definition;
    public ObjectType ParentType => _field.ParentType;
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
