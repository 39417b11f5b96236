using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Execution.Batching;

namespace RescueGraph.Directory.Api.GraphQL.Loading;

/// <summary>A row of a batched child query, tagged with the parent key it belongs to.</summary>
public sealed record Keyed<TValue>(long Key, TValue Value);

/// <summary>
/// What every batched load shares: the per-request <see cref="DataLoader{TKey,TValue}"/> of one name, fed by one
/// SQL statement per execution level through a short-lived, no-tracking context of its own (resolvers run
/// concurrently, and a <see cref="DbContext"/> must never be shared between them).
/// </summary>
internal static class BatchLoading
{
    public static ValueTask<TValue?> LoadAsync<TKey, TValue>(IResolveFieldContext context, string loaderName, TKey key,
        Func<DirectoryDbContext, TKey[], CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch) where TKey : notnull
    {
        var contexts = context.Service<IDbContextFactory<DirectoryDbContext>>();
        var loader = context.GetDataLoader<TKey, TValue>(loaderName, async (keys, cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var keyArray = new TKey[keys.Count];
            for (var i = 0; i < keyArray.Length; i++) keyArray[i] = keys[i];
            return await fetch(db, keyArray, cancellationToken).ConfigureAwait(false);
        });
        return new ValueTask<TValue?>(loader.LoadAsync(key));
    }

    /// <summary>
    /// Runs <paramref name="query"/> and groups its rows by parent key, in the query's order; every requested key gets
    /// a list, empty when the parent has no rows, so resolvers never see null for a list.
    /// </summary>
    public static async Task<IReadOnlyDictionary<long, TValue[]>> GroupAsync<TValue>(IQueryable<Keyed<TValue>> query, long[] keys,
        CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var grouped = new Dictionary<long, List<TValue>>(keys.Length);
        foreach (var row in rows)
        {
            if (!grouped.TryGetValue(row.Key, out var group)) grouped[row.Key] = group = [];
            group.Add(row.Value);
        }
        var byKey = new Dictionary<long, TValue[]>(keys.Length);
        foreach (var key in keys) byKey[key] = grouped.TryGetValue(key, out var group) ? [.. group] : [];
        return byKey;
    }
}

/// <summary>At most one row per key: an entity by its id or natural key (slug).</summary>
public sealed class EntityLoader<TKey, TEntity>(
    string name,
    Func<DirectoryDbContext, TKey[], IQueryable<TEntity>> query,
    Func<TEntity, TKey> keyOf)
    where TKey : notnull
    where TEntity : class
{
    public ValueTask<TEntity?> LoadAsync(IResolveFieldContext context, TKey key) => BatchLoading.LoadAsync(context, name, key, FetchAsync);

    private async Task<IReadOnlyDictionary<TKey, TEntity>> FetchAsync(DirectoryDbContext db, TKey[] keys, CancellationToken cancellationToken)
    {
        var rows = await query(db, keys).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var byKey = new Dictionary<TKey, TEntity>(rows.Count);
        foreach (var row in rows) byKey[keyOf(row)] = row;
        return byKey;
    }
}

/// <summary>Any number of rows per parent key, in the query's order.</summary>
public sealed class GroupLoader<TValue>(string name, Func<DirectoryDbContext, long[], IQueryable<Keyed<TValue>>> query)
{
    public ValueTask<TValue[]?> LoadAsync(IResolveFieldContext context, long key) =>
        BatchLoading.LoadAsync(context, name, key, (db, keys, cancellationToken) => BatchLoading.GroupAsync(query(db, keys), keys, cancellationToken));
}
