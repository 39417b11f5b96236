using System.Collections;
using System.Runtime.ExceptionServices;
using RescueGraph.GraphQL.Execution.Batching;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// The execution of one operation (graphql-js's <c>ExecutionContext</c> with the algorithms of
/// <c>execute.ts</c>, spec section 6.3–6.4). Every step returns either a completed value or a pending
/// <see cref="Task{TResult}"/>, like graphql-js returns a value or a promise: a query whose resolvers all
/// complete synchronously runs without a single state machine or task; only pending work goes async.
/// Non-null violations propagate as exceptions to the nearest nullable position, as in graphql-js.
/// </summary>
internal sealed class OperationExecution
{
    private readonly FieldResolver _defaultFieldResolver;
    private readonly TypeResolver? _defaultTypeResolver;
    private readonly FieldErrorCollector _errors = new();
    private List<Task>? _abandoned;
    private readonly BatchScheduler _batches;

    public OperationExecution(
        ExecutionArgs args,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues)
    {
        Schema = args.Schema;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variableValues;
        RootValue = args.RootValue;
        RequestServices = args.RequestServices;
        RequestState = args.RequestState ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        CancellationToken = args.CancellationToken;
        _batches = RequestState.GetBatchScheduler();
        _defaultFieldResolver = args.DefaultFieldResolver ?? DefaultResolvers.Property;
        _defaultTypeResolver = args.DefaultTypeResolver;
    }

    public Schema Schema { get; }
    public OperationDefinitionNode Operation { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    public IReadOnlyDictionary<string, object?> VariableValues { get; }
    public object? RootValue { get; }
    public IServiceProvider? RequestServices { get; }
    public CancellationToken CancellationToken { get; }

    public IDictionary<string, object?> RequestState { get; }

    /// <summary>Runs the operation (spec 6.2 ExecuteQuery / ExecuteMutation) and builds the response.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync()
    {
        object? data;
        try
        {
            var rootType = Schema.GetRootType(Operation.Operation)
                ?? throw new GraphQLError(
                    $"Schema is not configured to execute {OperationName(Operation.Operation)} operation.",
                    LocationsOf(Operation));
            var rootFields = FieldCollector.CollectFields(this, rootType, Operation.SelectionSet);
            data = Operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSerially(RootValue, rootFields)
                : ExecuteFields(RootValue, null, rootFields);
        }
        catch (Exception exception) when (!IsRequestCancellation(exception))
        {
            _errors.Add(AsGraphQLError(exception), null);
            return new ValueTask<ExecutionResult>(BuildResult(null));
        }

        if (data is not Task<object?> pending) return new ValueTask<ExecutionResult>(BuildResult(data));
        // Everything that could start has started: send the loads it queued, one batch per loader.
        _batches.Dispatch();
        return new ValueTask<ExecutionResult>(CompleteAsync(pending));
    }

    /// <summary>Keeps a task that a failed sibling left running, so the request waits for it (see <see cref="PendingValues"/>).</summary>
    internal void Abandon(Task task)
    {
        lock (_errors) (_abandoned ??= []).Add(task);
    }

    private async Task<ExecutionResult> CompleteAsync(Task<object?> pending)
    {
        object? data;
        try
        {
            data = await pending.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsRequestCancellation(exception))
        {
            _errors.Add(AsGraphQLError(exception), null);
            data = null;
        }
        await DrainAbandonedAsync().ConfigureAwait(false);
        return BuildResult(data);
    }

    private async Task DrainAbandonedAsync()
    {
        while (true)
        {
            Task[] running;
            lock (_errors)
            {
                if (_abandoned is null || _abandoned.Count == 0) return;
                running = [.. _abandoned];
                _abandoned.Clear();
            }
            try
            {
                await Task.WhenAll(running).ConfigureAwait(false);
            }
            catch
            {
                // Their errors were reported where they arose (or dropped as under a nulled position).
            }
        }
    }

    private ExecutionResult BuildResult(object? data)
    {
        return new ExecutionResult { Data = data, HasData = true, Errors = _errors.Snapshot() };
    }

    // ---- Selection sets (spec 6.3) ----

    /// <summary>Root mutation fields run one after another: each starts only after the previous one completed.</summary>
    private object? ExecuteFieldsSerially(object? source, CollectedFields collected)
    {
        var fields = collected.Fields;
        var results = new ResultMap(collected.Keys);
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var result = ExecuteField(source, field, ResponsePath.Root(field.ResponseKey));
            if (result is Task<object?> pending) return ExecuteRemainingSeriallyAsync(source, fields, i, pending, results);
            results.Add(field.ResponseKey, result);
        }
        return results;
    }

    private async Task<object?> ExecuteRemainingSeriallyAsync(
        object? source, CollectedField[] fields, int pendingIndex, Task<object?> pending, ResultMap results)
    {
        results.Add(fields[pendingIndex].ResponseKey, await pending.ConfigureAwait(false));
        for (var i = pendingIndex + 1; i < fields.Length; i++)
        {
            var field = fields[i];
            var result = ExecuteField(source, field, ResponsePath.Root(field.ResponseKey));
            if (result is Task<object?> next)
            {
                _batches.Dispatch();
                result = await next.ConfigureAwait(false);
            }
            results.Add(field.ResponseKey, result);
        }
        return results;
    }

    /// <summary>Fields of a selection set: all started in order, pending ones awaited together afterwards.</summary>
    private object? ExecuteFields(object? source, ResponsePath? path, CollectedFields collected)
    {
        var fields = collected.Fields;
        var results = new ResultMap(collected.Keys);
        var pendingCount = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var fieldPath = path is null ? ResponsePath.Root(field.ResponseKey) : path.Append(field.ResponseKey);
            object? result;
            try
            {
                result = ExecuteField(source, field, fieldPath);
            }
            catch (Exception exception) when (pendingCount > 0)
            {
                // graphql-js lets already started siblings settle before the error propagates.
                return SettleThenThrowAsync(results, pendingCount, exception);
            }
            results.Add(field.ResponseKey, result);
            if (result is Task<object?>) pendingCount++;
        }
        return pendingCount == 0 ? results : SettleFieldsAsync(results, pendingCount);
    }

    private async Task<object?> SettleFieldsAsync(ResultMap results, int pendingCount)
    {
        await PendingValues.SettleAsync(results.RawValues, results.Count, pendingCount, this).ConfigureAwait(false);
        return results;
    }

    private async Task<object?> SettleThenThrowAsync(ResultMap results, int pendingCount, Exception exception)
    {
        try
        {
            await PendingValues.SettleAsync(results.RawValues, results.Count, pendingCount, this).ConfigureAwait(false);
        }
        catch
        {
            // The first error is the one that propagates; the siblings' were handled where they arose.
        }
        ExceptionDispatchInfo.Throw(exception);
        return null;
    }

    // ---- Fields (spec 6.4) ----

    private object? ExecuteField(object? source, CollectedField field, ResponsePath path)
    {
        var definition = field.Definition;
        var returnType = definition.Type;
        try
        {
            field.GetArguments(VariableValues);
            var context = new ResolveFieldContext(this, field, source, path);
            var resolving = (definition.Resolver ?? _defaultFieldResolver)(context);
            var completed = resolving.IsCompletedSuccessfully
                ? CompleteValue(returnType, context, path, resolving.Result)
                : ResolveThenCompleteAsync(resolving, returnType, context, path);
            return completed is Task<object?> pending ? HandleFieldErrorsAsync(pending, returnType, field, path) : completed;
        }
        catch (Exception exception) when (!IsRequestCancellation(exception))
        {
            return HandleFieldError(Locate(exception, field, path), returnType, path);
        }
    }

    private async Task<object?> ResolveThenCompleteAsync(ValueTask<object?> resolving, GraphQLType returnType, ResolveFieldContext context, ResponsePath path)
    {
        var resolved = await resolving.ConfigureAwait(false);
        var completed = CompleteValue(returnType, context, path, resolved);
        if (completed is not Task<object?> pending) return completed;
        // This continuation started new work (e.g. a child level's loads); dispatch it before waiting.
        // A continuation run inline by a completing batch is a no-op here: the batch dispatches after it.
        _batches.Dispatch();
        return await pending.ConfigureAwait(false);
    }

    private async Task<object?> HandleFieldErrorsAsync(Task<object?> completing, GraphQLType returnType, CollectedField field, ResponsePath path)
    {
        try
        {
            return await completing.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsRequestCancellation(exception))
        {
            return HandleFieldError(Locate(exception, field, path), returnType, path);
        }
    }

    /// <summary>A nullable position absorbs the error as null; a non-null one passes it to its parent.</summary>
    private object? HandleFieldError(GraphQLError error, GraphQLType returnType, ResponsePath path)
    {
        if (returnType is NonNullType) throw error;
        _errors.Add(error, path);
        return null;
    }

    // ---- Value completion (spec 6.4.3) ----

    private object? CompleteValue(GraphQLType returnType, ResolveFieldContext context, ResponsePath path, object? result)
    {
        if (result is Exception resultError) ExceptionDispatchInfo.Throw(resultError);

        if (returnType is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, context, path, result);
            if (completed is null) throw NullForNonNull(context);
            return completed is Task<object?> pending ? EnsureNonNullAsync(pending, context) : completed;
        }

        if (result is null) return null;

        switch (returnType)
        {
            case ListType list:
                return CompleteListValue(list, context, path, result);
            case ScalarType scalar:
                return scalar.Serialize(result) ?? throw new GraphQLError(
                    $"Expected `{scalar.Name}.serialize({ValueInspector.Inspect(result)})` to return non-nullable value, returned: null");
            case EnumType enumType:
                return enumType.Serialize(result);
            case ObjectType objectType:
                return CompleteObjectValue(objectType, context, path, result);
            case InterfaceType or UnionType:
                return CompleteObjectValue(ResolveRuntimeType((NamedType)returnType, context, result), context, path, result);
            default:
                throw new InvalidOperationException($"Cannot complete value of unexpected output type: {returnType}");
        }
    }

    private static GraphQLError NullForNonNull(ResolveFieldContext context) =>
        new($"Cannot return null for non-nullable field {context.ParentType.Name}.{context.FieldDefinition.Name}.");

    private static async Task<object?> EnsureNonNullAsync(Task<object?> completing, ResolveFieldContext context) =>
        await completing.ConfigureAwait(false) ?? throw NullForNonNull(context);

    private object? CompleteListValue(ListType listType, ResolveFieldContext context, ResponsePath path, object result)
    {
        // A string or a JSON-like object is enumerable in .NET but not a list to GraphQL (nor an iterable object to graphql-js).
        if (result is string or IDictionary or IDictionary<string, object?> or IReadOnlyDictionary<string, object?> || result is not IEnumerable enumerable)
            throw new GraphQLError($"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.FieldDefinition.Name}\".");

        var itemType = listType.OfType;
        var pendingCount = 0;
        object?[] completed;
        if (enumerable is IList list)
        {
            completed = list.Count == 0 ? Array.Empty<object?>() : new object?[list.Count];
            for (var i = 0; i < completed.Length; i++)
                completed[i] = CompleteListItem(itemType, context, path, i, list[i], ref pendingCount);
        }
        else
        {
            var buffer = new List<object?>();
            foreach (var item in enumerable)
                buffer.Add(CompleteListItem(itemType, context, path, buffer.Count, item, ref pendingCount));
            completed = buffer.ToArray();
        }
        return pendingCount == 0 ? completed : SettleItemsAsync(completed, pendingCount);
    }

    private object? CompleteListItem(GraphQLType itemType, ResolveFieldContext context, ResponsePath listPath, int index, object? item, ref int pendingCount)
    {
        var itemPath = listPath.Append(index);
        try
        {
            var completed = CompleteValue(itemType, context, itemPath, item);
            if (completed is not Task<object?> pending) return completed;
            pendingCount++;
            return HandleFieldErrorsAsync(pending, itemType, context.Field, itemPath);
        }
        catch (Exception exception) when (!IsRequestCancellation(exception))
        {
            return HandleFieldError(Locate(exception, context.Field, itemPath), itemType, itemPath);
        }
    }

    private async Task<object?> SettleItemsAsync(object?[] items, int pendingCount)
    {
        await PendingValues.SettleAsync(items, items.Length, pendingCount, this).ConfigureAwait(false);
        return items;
    }

    private object? CompleteObjectValue(ObjectType objectType, ResolveFieldContext context, ResponsePath path, object result)
    {
        var subfields = context.Field.GetSubfields(this, objectType);
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
            throw new GraphQLError($"Expected value of type \"{objectType.Name}\" but got: {ValueInspector.Inspect(result)}.", context.Field.Locations);
        return ExecuteFields(result, path, subfields);
    }

    /// <summary>ResolveAbstractType (spec 6.4.3) with graphql-js's checks of what the resolver chose.</summary>
    private ObjectType ResolveRuntimeType(NamedType abstractType, ResolveFieldContext context, object result)
    {
        var typeResolver = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        } ?? _defaultTypeResolver;

        var runtimeTypeName = typeResolver is not null
            ? typeResolver(result, context)?.Name
            : DefaultResolvers.ResolveTypeName(Schema, abstractType, result);

        var locations = context.Field.Locations;
        if (runtimeTypeName is null)
        {
            var parentField = $"{context.ParentType.Name}.{context.FieldDefinition.Name}";
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentField}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                locations);
        }

        var runtimeType = Schema.GetType(runtimeTypeName)
            ?? throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeTypeName}\" that does not exist inside the schema.", locations);
        if (runtimeType is not ObjectType objectType)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeTypeName}\".", locations);
        if (!Schema.IsSubType(abstractType, objectType))
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", locations);
        return objectType;
    }

    // ---- Errors ----

    /// <summary>
    /// graphql-js's <c>locatedError</c>: an error that already has a path passes through unchanged (it was
    /// located deeper and is propagating); any other gets this field's locations (unless it has its own) and path.
    /// </summary>
    private static GraphQLError Locate(Exception exception, CollectedField field, ResponsePath path)
    {
        if (exception is GraphQLError { Path: not null } located) return located;
        var graphQLError = exception as GraphQLError;
        var locations = graphQLError is { Locations.Count: > 0 } ? graphQLError.Locations : field.Locations;
        return new GraphQLError(exception.Message, locations, path.ToList(), graphQLError?.Extensions, exception);
    }

    private static GraphQLError AsGraphQLError(Exception exception) =>
        exception as GraphQLError ?? new GraphQLError(exception.Message, innerException: exception);

    /// <summary>Cancellation of the request aborts it instead of becoming a field error.</summary>
    private bool IsRequestCancellation(Exception exception) =>
        exception is OperationCanceledException && CancellationToken.IsCancellationRequested;

    internal static IReadOnlyList<SourceLocation>? LocationsOf(SyntaxNode node) =>
        node.Location is { } location ? [location.ToSourceLocation()] : null;

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
