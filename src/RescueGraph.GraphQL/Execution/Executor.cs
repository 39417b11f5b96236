using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// Executes a validated document (spec section 6, graphql-js <c>execute</c>): selects the operation,
/// coerces the variables, runs the operation. Problems before execution starts are request errors: the
/// result has errors and no data.
/// </summary>
public static class Executor
{
    public const string SubscriptionsNotSupportedCode = "SUBSCRIPTIONS_NOT_SUPPORTED";

    public static ValueTask<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operation = SelectOperation(args.Document, args.OperationName, fragments, out var selectionError);
        if (operation is null) return new ValueTask<ExecutionResult>(ExecutionResult.FromError(selectionError!));

        if (operation.Operation == OperationType.Subscription)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromError(new GraphQLError(
                "Subscriptions are not supported: this server has no subscription transport.",
                OperationExecution.LocationsOf(operation),
                extensions: new Dictionary<string, object?> { ["code"] = SubscriptionsNotSupportedCode })));
        }

        var coercion = VariableValues.Coerce(args.Schema, operation.VariableDefinitions, args.VariableValues);
        if (coercion.Errors is { Count: > 0 } variableErrors)
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(variableErrors));

        var execution = new OperationExecution(args, operation, fragments, coercion.Coerced ?? EmptyVariables);
        // Resolvers start without the caller's SynchronizationContext (a UI's, a test runner's): an await that captured
        // it would post its continuation instead of running inline when a batch completes, and every such continuation
        // would dispatch the next level's loads alone (one batch per item instead of one per level).
        var callerContext = SynchronizationContext.Current;
        if (callerContext is null) return execution.ExecuteAsync();
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return execution.ExecuteAsync();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyVariables = new Dictionary<string, object?>(0);

    /// <summary>
    /// graphql-js's operation selection (spec 6.1 GetOperation), collecting fragments on the way. Returns
    /// null with <paramref name="error"/> set when no single operation applies.
    /// </summary>
    public static OperationDefinitionNode? SelectOperation(
        DocumentNode document,
        string? operationName,
        IDictionary<string, FragmentDefinitionNode>? fragments,
        out GraphQLError? error)
    {
        OperationDefinitionNode? operation = null;
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            switch (definitions[i])
            {
                case OperationDefinitionNode candidate:
                    if (operationName is null)
                    {
                        if (operation is not null)
                        {
                            error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                            return null;
                        }
                        operation = candidate;
                    }
                    else if (candidate.Name?.Value == operationName)
                    {
                        operation = candidate;
                    }
                    break;
                case FragmentDefinitionNode fragment when fragments is not null:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }

        error = operation is not null ? null
            : operationName is not null ? new GraphQLError($"Unknown operation named \"{operationName}\".")
            : new GraphQLError("Must provide an operation.");
        return operation;
    }
}
