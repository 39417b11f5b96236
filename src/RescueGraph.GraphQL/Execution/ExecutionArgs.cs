using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Execution;

/// <summary>What <see cref="Executor.ExecuteAsync"/> needs (graphql-js's <c>ExecutionArgs</c>).</summary>
public sealed class ExecutionArgs
{
    public required Schema Schema { get; init; }

    /// <summary>A parsed document, already validated against <see cref="Schema"/>.</summary>
    public required DocumentNode Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw (JSON-like) variable inputs; coerced against the operation's variable definitions.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    public object? RootValue { get; init; }
    public IServiceProvider? RequestServices { get; init; }

    /// <summary>Shared by all resolvers of the request; a fresh dictionary when not given.</summary>
    public IDictionary<string, object?>? RequestState { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Resolver for fields without one; <see cref="DefaultResolvers.Property"/> when null.</summary>
    public FieldResolver? DefaultFieldResolver { get; init; }

    /// <summary>Type resolver for abstract types without one; <c>__typename</c> then <c>IsTypeOf</c> when null.</summary>
    public TypeResolver? DefaultTypeResolver { get; init; }
}
