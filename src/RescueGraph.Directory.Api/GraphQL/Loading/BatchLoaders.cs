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
public abstract class BatchLoader<TKey, TValue>(string name) where TKey : notnull
{
    public string Name { get; } = name;

    public ValueTask<TValue?> LoadAsync(IResolveFieldContext context, TKey key)
    {
        var contexts = context.Service<IDbContextFactory<DirectoryDbContext>>();
        var loader = context.GetDataLoader<TKey, TValue>(Name, (keys, cancellationToken) => FetchAsync(contexts, keys, cancellationToken));
        return new ValueTask<TValue?>(loader.LoadAsync(key));
    }

    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(
        IDbContextFactory<DirectoryDbContext> contexts, IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var keyArray = new TKey[keys.Count];
        for (var i = 0; i < keyArray.Length; i++) keyArray[i] = keys[i];
        return await FetchAsync(db, keyArray, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the one statement for <paramref name="keys"/> and maps its rows by key.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(DirectoryDbContext db, TKey[] keys, CancellationToken cancellationToken);
}

/// <summary>At most one row per key: an entity by its id or natural key (slug).</summary>
public sealed class EntityLoader<TKey, TEntity>(
    string name,
    Func<DirectoryDbContext, TKey[], IQueryable<TEntity>> query,
    Func<TEntity, TKey> keyOf) : BatchLoader<TKey, TEntity>(name)
    where TKey : notnull
    where TEntity : class
{
    protected override async Task<IReadOnlyDictionary<TKey, TEntity>> FetchAsync(DirectoryDbContext db, TKey[] keys, CancellationToken cancellationToken)
    {
        var rows = await query(db, keys).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var byKey = new Dictionary<TKey, TEntity>(rows.Count);
        foreach (var row in rows) byKey[keyOf(row)] = row;
        return byKey;
    }
}

/// <summary>
/// Any number of rows per parent key, in the query's order; every requested key gets a list, empty when the
/// parent has no rows, so resolvers never see null for a list.
/// </summary>
public sealed class GroupLoader<TValue>(
    string name,
    Func<DirectoryDbContext, long[], IQueryable<Keyed<TValue>>> query) : BatchLoader<long, TValue[]>(name)
{
    protected override async Task<IReadOnlyDictionary<long, TValue[]>> FetchAsync(DirectoryDbContext db, long[] keys, CancellationToken cancellationToken)
    {
        var rows = await query(db, keys).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
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
