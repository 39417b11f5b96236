using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves (graphql-js's <c>source</c>, <c>args</c> and <c>info</c> in one).</summary>
public interface IResolveFieldContext
{
    /// <summary>The parent value: the root value for root fields, else what the parent field resolved to.</summary>
    object? Source { get; }

    /// <summary>Coerced argument values by name (absent arguments without defaults are absent here too).</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition FieldDefinition { get; }
    ObjectType ParentType { get; }

    /// <summary>All field nodes merged into this response key (their selection sets are the sub-selection).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    string ResponseKey { get; }
    ResponsePath Path { get; }
    Schema Schema { get; }
    OperationDefinitionNode Operation { get; }
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    IReadOnlyDictionary<string, object?> VariableValues { get; }
    object? RootValue { get; }

    /// <summary>Per-request services (e.g. the host's scoped services), if the caller gave any.</summary>
    IServiceProvider? RequestServices { get; }

    /// <summary>Per-request state shared by all resolvers of one request (e.g. batch loaders).</summary>
    IDictionary<string, object?> RequestState { get; }

    CancellationToken CancellationToken { get; }
}
