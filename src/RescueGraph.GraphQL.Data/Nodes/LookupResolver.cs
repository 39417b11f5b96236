using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RescueGraph.GraphQL.Data.Batching;
using RescueGraph.GraphQL.Data.Projection;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Execution.Batching;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Nodes;

/// <summary>The rows of a query whose key is one of a batch's keys, projected: <c>WHERE key = ANY(@keys)</c>, one statement.</summary>
internal static class KeyedRows
{
    public static Task<List<TEntity>> ReadAsync<TEntity, TKey>(IQueryable<TEntity> rows, Expression<Func<TEntity, TKey>> key, IReadOnlyList<TKey> keys,
        Expression<Func<TEntity, TEntity>> projection, CancellationToken cancellationToken) where TEntity : class
    {
        var keySet = new KeySet<TKey>(new TKey[keys.Count]);
        for (var i = 0; i < keys.Count; i++) keySet.Keys[i] = keys[i];
        // Read from a field, not a constant: EF sends the array as one parameter (= ANY(@keys)), one cached plan for any keys.
        var matches = Expression.Lambda<Func<TEntity, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)],
                Expression.Field(Expression.Constant(keySet), nameof(KeySet<TKey>.Keys)), key.Body), key.Parameters);
        return rows.AsNoTracking().Where(matches).Select(projection).ToListAsync(cancellationToken);
    }
}

internal sealed class KeySet<TKey>(TKey[] keys)
{
    public readonly TKey[] Keys = keys;
}

/// <summary>
/// A field returning one row by a unique key taken from its arguments (<c>campaign(slug:)</c>), projected to the
/// selection so its selected to-one references come in the same statement. Lookups reached through equal field nodes
/// (aliases with the same selection, whatever their arguments) share one statement: <c>WHERE slug = ANY(@slugs)</c>.
/// </summary>
internal sealed class LookupResolver<TContext, TEntity, TKey>(
    DataCatalog catalog,
    Func<IResolveFieldContext, TContext> createContext,
    Func<TContext, IResolveFieldContext, IQueryable<TEntity>> source,
    Expression<Func<TEntity, TKey>> key,
    Func<IResolveFieldContext, object?> argumentKey,
    string typeName,
    string coordinate)
    where TContext : DbContext
    where TEntity : class
    where TKey : notnull
{
    private readonly Func<TEntity, TKey> _readKey = key.Compile();
    private readonly FieldBatchNames _loaderNames = new("data.lookup:" + coordinate, includeArguments: false);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (argumentKey(context) is not TKey wanted) return new ValueTask<object?>((object?)null);
        var loader = context.GetDataLoader<TKey, object>(_loaderNames.Of(context.FieldNodes), (keys, cancellationToken) => FetchAsync(context, keys, cancellationToken));
        // The loader's own task: its continuations run inline, so the next level's loads join one batch.
        return new ValueTask<object?>(loader.LoadAsync(wanted));
    }

    private async Task<IReadOnlyDictionary<TKey, object>> FetchAsync(IResolveFieldContext context, IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        // Every field node of this loader has the same selection text, so the first context's selection serves all.
        var graphType = (ObjectType)context.Schema.GetType(typeName)!;
        var projection = ProjectionBuilder.Lambda<TEntity>(context, catalog, graphType, SelectionReader.Of(context.FieldNodes), key);
        var db = createContext(context);
        await using var disposeDb = db.ConfigureAwait(false);
        var found = await KeyedRows.ReadAsync(source(db, context), key, keys, projection, cancellationToken).ConfigureAwait(false);
        var byKey = new Dictionary<TKey, object>(found.Count);
        foreach (var row in found) byKey[_readKey(row)] = row;
        return byKey;
    }
}
