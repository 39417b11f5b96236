using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RescueGraph.GraphQL.Data.Projection;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Nodes;

/// <summary>Fetches nodes of one type by key: one statement for any number of keys, projected to the selection.</summary>
internal interface INodeSource
{
    string TypeName { get; }
    Type KeyType { get; }
    Task<Dictionary<object, object>> FetchAsync(IResolveFieldContext context, List<object> keys, IEnumerable<SelectionSetNode?> selections);
}

internal sealed class NodeSource<TContext, TEntity, TKey>(
    DataCatalog catalog,
    string typeName,
    Func<IResolveFieldContext, TContext> createContext,
    Func<TContext, IResolveFieldContext, IQueryable<TEntity>> source,
    Expression<Func<TEntity, TKey>> key) : INodeSource
    where TContext : DbContext
    where TEntity : class
    where TKey : notnull
{
    private readonly Func<TEntity, TKey> _readKey = key.Compile();

    public string TypeName { get; } = typeName;
    public Type KeyType => typeof(TKey);

    public async Task<Dictionary<object, object>> FetchAsync(IResolveFieldContext context, List<object> keys, IEnumerable<SelectionSetNode?> selections)
    {
        var typedKeys = new TKey[keys.Count];
        for (var i = 0; i < typedKeys.Length; i++) typedKeys[i] = (TKey)keys[i];
        var graphType = (ObjectType)context.Schema.GetType(TypeName)!;
        var projection = ProjectionBuilder.Lambda<TEntity>(context, catalog, graphType, selections);

        var db = createContext(context);
        await using var disposeDb = db.ConfigureAwait(false);
        var found = await KeyedRows.ReadAsync(source(db, context), key, typedKeys, projection, context.CancellationToken).ConfigureAwait(false);
        var byKey = new Dictionary<object, object>(found.Count);
        foreach (var entity in found) byKey[_readKey(entity)] = entity;
        return byKey;
    }
}

/// <summary>The <c>node</c> and <c>nodes</c> root fields: ids decoded, grouped by type, one statement per type.</summary>
internal sealed class NodeResolvers(Dictionary<string, INodeSource> sources, DataOptions options)
{
    public async ValueTask<object?> NodeAsync(IResolveFieldContext context)
    {
        var results = await FetchAsync(context, [(string)context.Arguments["id"]!]).ConfigureAwait(false);
        return results[0];
    }

    public async ValueTask<object?> NodesAsync(IResolveFieldContext context)
    {
        var ids = (IReadOnlyList<object?>)context.Arguments["ids"]!;
        if (ids.Count > options.MaxNodeBatchSize) throw DataErrors.TooManyNodes(ids.Count, options.MaxNodeBatchSize);
        var list = new List<string>(ids.Count);
        foreach (var id in ids) list.Add((string)id!);
        return await FetchAsync(context, list).ConfigureAwait(false);
    }

    private async Task<object?[]> FetchAsync(IResolveFieldContext context, List<string> ids)
    {
        var wanted = new (INodeSource Source, object Key)[ids.Count];
        var keysByType = new Dictionary<INodeSource, List<object>>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (!NodeId.TryDecode(ids[i], out var typeName, out var rawKey) || !sources.TryGetValue(typeName, out var source)
                || NodeId.ParseKey(rawKey.Span, source.KeyType) is not { } key)
                throw DataErrors.InvalidNodeId(ids[i]);
            wanted[i] = (source, key);
            if (!keysByType.TryGetValue(source, out var keys)) keysByType[source] = keys = [];
            keys.Add(key);
        }

        // Types are fetched concurrently: each statement has its own DbContext.
        var pending = new Dictionary<INodeSource, Task<Dictionary<object, object>>>(keysByType.Count);
        foreach (var (source, keys) in keysByType) pending[source] = source.FetchAsync(context, keys, SelectionReader.Of(context.FieldNodes));
        await Task.WhenAll(pending.Values).ConfigureAwait(false);
        var fetched = new Dictionary<INodeSource, Dictionary<object, object>>(pending.Count);
        foreach (var (source, task) in pending) fetched[source] = task.Result;

        var results = new object?[ids.Count];
        for (var i = 0; i < results.Length; i++)
            results[i] = fetched[wanted[i].Source].TryGetValue(wanted[i].Key, out var node) ? node : null;
        return results;
    }
}
