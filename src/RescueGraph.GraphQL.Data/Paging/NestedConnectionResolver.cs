using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using RescueGraph.GraphQL.Data.Batching;
using RescueGraph.GraphQL.Data.Sorting;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Execution.Batching;
using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Data.Paging;

/// <summary>A parent key and how many of the connection's (filtered) rows belong to it.</summary>
internal sealed class KeyCount<TKey>
{
    public TKey Key { get; set; } = default!;
    public int Count { get; set; }
}

/// <summary>
/// Resolves a connection on a child list for every parent of an execution level at once. Each parent queues its key
/// on a per-request <see cref="DataLoader{TKey,TValue}"/>; when the executor dispatches, ONE statement reads every
/// parent's page:
/// <code>SELECT … FROM unnest(@parents) AS p CROSS JOIN LATERAL (SELECT … WHERE &lt;belongs to p&gt; AND &lt;where&gt; AND &lt;cursor&gt; ORDER BY … LIMIT n+1)</code>
/// so each parent reads only its own first rows through its index. <c>totalCount</c>, when selected, is one more
/// statement for all parents (a correlated COUNT per parent key). Filter, sort, keyset and projection are the
/// expression trees root connections use (<see cref="PageRequest{TEntity}"/>); EF Core translates all of it.
/// </summary>
internal sealed class NestedConnectionResolver<TContext, TParent, TEntity, TKey>(
    DataCatalog catalog,
    Func<IResolveFieldContext, TContext> createContext,
    Func<TContext, IResolveFieldContext, IQueryable<TEntity>> source,
    Func<TParent, TKey> parentKey,
    Expression<Func<TEntity, TKey, bool>> belongsTo,
    Func<TContext, IQueryable<TParent>>? parentSet,
    Expression<Func<TParent, TKey>> parentKeyExpression,
    string coordinate) : ConnectionResolverBase
    where TContext : DbContext
    where TEntity : class
    where TKey : notnull
{
    private static readonly MethodInfo SelectManyMethod = QueryableMethod(nameof(Queryable.SelectMany), 3,
        m => m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2)
        .MakeGenericMethod(typeof(TKey), typeof(TEntity), typeof(ParentedEntity));
    private static readonly MethodInfo SelectRowMethod = QueryableMethod(nameof(Queryable.Select), 2,
        m => m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2)
        .MakeGenericMethod(typeof(ParentedEntity), typeof(ParentedRow<TKey, TEntity>));
    private static readonly PropertyInfo PairParent = typeof(ParentedEntity).GetProperty(nameof(ParentedEntity.Parent))!;
    private static readonly PropertyInfo PairEntity = typeof(ParentedEntity).GetProperty(nameof(ParentedEntity.Entity))!;
    private static readonly MethodInfo SelectCountMethod = QueryableMethod(nameof(Queryable.Select), 2,
        m => m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2)
        .MakeGenericMethod(typeof(TKey), typeof(KeyCount<TKey>));
    private static readonly MethodInfo AnyMethod = typeof(Enumerable).GetMethods()
        .First(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TKey));
    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .First(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TKey));
    private static readonly MethodInfo WhereParentMethod = QueryableMethod(nameof(Queryable.Where), 2,
        m => m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2)
        .MakeGenericMethod(typeof(TParent));
    private static readonly MethodInfo SelectParentKeyMethod = QueryableMethod(nameof(Queryable.Select), 2,
        m => m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2)
        .MakeGenericMethod(typeof(TParent), typeof(TKey));
    private static readonly FieldInfo KeysField = typeof(KeySet).GetField(nameof(KeySet.Keys))!;
    private static readonly MethodInfo CountMethod = QueryableMethod(nameof(Queryable.Count), 2, static _ => true)
        .MakeGenericMethod(typeof(TEntity));
    private static readonly PropertyInfo ParentProperty = typeof(ParentedRow<TKey, TEntity>).GetProperty(nameof(ParentedRow<TKey, TEntity>.Parent))!;
    private static readonly NewExpression NewKeyCount = Expression.New(typeof(KeyCount<TKey>));
    private static readonly PropertyInfo KeyCountKey = typeof(KeyCount<TKey>).GetProperty(nameof(KeyCount<TKey>.Key))!;
    private static readonly PropertyInfo KeyCountCount = typeof(KeyCount<TKey>).GetProperty(nameof(KeyCount<TKey>.Count))!;

    /// <summary>The child's parent-key column when <c>belongsTo</c> is <c>child.Column == parent</c> (same type): then <c>= ANY(@keys)</c>.</summary>
    private Expression? ChildKey { get; } = belongsTo.Body is BinaryExpression { NodeType: ExpressionType.Equal } equal
        ? equal.Right == belongsTo.Parameters[1] && equal.Left.Type == typeof(TKey) ? equal.Left
        : equal.Left == belongsTo.Parameters[1] && equal.Right.Type == typeof(TKey) ? equal.Right
        : null
        : null;

    // One loader per distinct field text (arguments and selection, not alias): every parent reached through equal field
    // nodes (aliases, repeated paths, fragments) shares one page request and one statement.
    private readonly FieldBatchNames _loaderNames = new("data.nested:" + coordinate, includeArguments: true);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var key = parentKey((TParent)context.Source!);
        var name = _loaderNames.Of(context.FieldNodes);
        var loader = context.GetDataLoader<TKey, object>(name, (keys, cancellationToken) => FetchPagesAsync(context, name, keys, cancellationToken));
        // The loader's own task, not an async wrapper: its continuations run inline when the batch completes, so the
        // next level's keys queue before the scheduler dispatches again (a wrapper's would not, splitting the next batch).
        return new ValueTask<object?>(loader.LoadAsync(key));
    }

    private async Task<IReadOnlyDictionary<TKey, object>> FetchPagesAsync(IResolveFieldContext context, string loaderName,
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        // Read once per batch: argument errors (page size, cursors) reach every parent's field, as they would one by one.
        var request = PageRequest<TEntity>.Read(catalog, context, Filtering, Sorting);
        var keyArray = new TKey[keys.Count];
        for (var i = 0; i < keyArray.Length; i++) keyArray[i] = keys[i];
        var pages = new Dictionary<TKey, object>(keyArray.Length);

        if (request.Selector is null)
        {
            foreach (var key in keyArray) pages[key] = PageRequest<TEntity>.CountOnly(CountFor(context, loaderName, request, key));
            return pages;
        }

        if (keyArray.Length == 1)
        {
            pages[keyArray[0]] = request.ToPage(await SingleParentPageAsync(context, request, keyArray[0], cancellationToken).ConfigureAwait(false),
                CountFor(context, loaderName, request, keyArray[0]));
            return pages;
        }

        List<ParentedRow<TKey, TEntity>> rows;
        var db = createContext(context);
        // ConfigureAwait(false): a batch must complete its loads off any synchronization context, or their
        // continuations stop running inline and the next level splits into several statements.
        await using (db.ConfigureAwait(false))
        {
            rows = await PagesQuery(db, context, request, keyArray).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        // Rows arrive parent by parent, each parent's in reading order (the lateral subquery's ORDER BY).
        var byParent = new Dictionary<TKey, List<ParentedRow<TKey, TEntity>>>(keyArray.Length);
        foreach (var row in rows)
        {
            if (!byParent.TryGetValue(row.Parent, out var group)) byParent[row.Parent] = group = [];
            group.Add(row);
        }
        foreach (var key in keyArray)
            pages[key] = request.ToPage(byParent.TryGetValue(key, out var group) ? group : [], CountFor(context, loaderName, request, key));
        return pages;
    }

    /// <summary>
    /// One parent's page (a detail page's photos, one organization's animals): <c>WHERE &lt;belongs to @key&gt; … ORDER BY …
    /// LIMIT n+1</c>, which reads the first rows in index order, where the batched form would rank every child of the
    /// parent with a window function first.
    /// </summary>
    private async Task<List<KeysetRow<TEntity>>> SingleParentPageAsync(IResolveFieldContext context, PageRequest<TEntity> request, TKey key,
        CancellationToken cancellationToken)
    {
        var parent = Expression.Field(Expression.Constant(new KeyBox { Key = key }), KeyBoxKey);
        var ofParent = Expression.Lambda<Func<TEntity, bool>>(BelongsToBody(request.Row, parent), request.Row);
        var db = createContext(context);
        await using (db.ConfigureAwait(false))
        {
            return await request.Page(request.Filter(source(db, context).AsNoTracking()).Where(ofParent)).Select(request.Selector!)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Holds the parent key where EF reads it as a parameter (one cached plan for every parent).</summary>
    private sealed class KeyBox
    {
        public TKey Key = default!;
    }

    private static readonly FieldInfo KeyBoxKey = typeof(KeyBox).GetField(nameof(KeyBox.Key))!;

    /// <summary>totalCount of one parent: queued on the level's count loader, so all parents' counts are one statement.</summary>
    private Func<CancellationToken, Task<int>> CountFor(IResolveFieldContext context, string loaderName, PageRequest<TEntity> request, TKey key) =>
        _ => context.GetDataLoader<TKey, int>(loaderName + ":count", (keys, cancellationToken) => FetchCountsAsync(context, request, keys, cancellationToken))
            .LoadAsync(key);

    private async Task<IReadOnlyDictionary<TKey, int>> FetchCountsAsync(IResolveFieldContext context, PageRequest<TEntity> request,
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var keyArray = new TKey[keys.Count];
        for (var i = 0; i < keyArray.Length; i++) keyArray[i] = keys[i];
        var db = createContext(context);
        await using var disposeDb = db.ConfigureAwait(false);
        var parent = Expression.Parameter(typeof(TKey), "parent");
        var parentKeys = ParentKeys(db, keyArray, Expression.Field(Expression.Constant(new KeySet { Keys = keyArray }), KeysField));
        var count = Expression.Call(CountMethod, request.Filter(source(db, context)).Expression, Expression.Quote(BelongsTo(request.Row, parent)));
        var selector = Expression.Lambda<Func<TKey, KeyCount<TKey>>>(
            Expression.MemberInit(NewKeyCount, Expression.Bind(KeyCountKey, parent), Expression.Bind(KeyCountCount, count)), parent);
        var query = parentKeys.Provider.CreateQuery<KeyCount<TKey>>(Expression.Call(SelectCountMethod, parentKeys.Expression, Expression.Quote(selector)));
        var counts = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        var byKey = new Dictionary<TKey, int>(counts.Count);
        foreach (var row in counts) byKey[row.Key] = row.Count;
        return byKey;
    }

    /// <summary>
    /// <c>parentKeys.SelectMany(parent =&gt; page(rows.Where(belongsTo(e, parent))), (parent, e) =&gt; new ParentedRow { Parent = parent, … })</c>
    /// over rows first narrowed to the batch's parents. EF turns the correlated page into <c>ROW_NUMBER() OVER (PARTITION BY
    /// parent ORDER BY …) … WHERE row &lt;= n+1</c> when <c>belongsTo</c> is a key equality, or a LATERAL subquery otherwise.
    /// </summary>
    private IQueryable<ParentedRow<TKey, TEntity>> PagesQuery(TContext db, IResolveFieldContext context, PageRequest<TEntity> request, TKey[] keys)
    {
        var parent = Expression.Parameter(typeof(TKey), "parent");
        var keySet = Expression.Field(Expression.Constant(new KeySet { Keys = keys }), KeysField);
        var candidate = Expression.Parameter(typeof(TKey), "candidate");
        // Only the batch's parents' rows are ranked (`parent_id = ANY(@keys)`, or EXISTS over the keys), not the whole table.
        var ofBatch = Expression.Lambda<Func<TEntity, bool>>(ChildKey is { } childKey
                ? Expression.Call(ContainsMethod, keySet, SortTranslator.Rebind(childKey, belongsTo.Parameters[0], request.Row))
                : Expression.Call(AnyMethod, keySet, Expression.Lambda<Func<TKey, bool>>(BelongsToBody(request.Row, candidate), candidate)),
            request.Row);
        // The inner queryable mentions `parent`, bound only by the SelectMany lambda around it: a correlated subquery.
        var page = request.Page(request.Filter(source(db, context)).Where(ofBatch).Where(BelongsTo(request.Row, parent)));
        var parentKeys = ParentKeys(db, keys, keySet);
        var pair = Expression.Parameter(typeof(ParentedEntity), "pair");
        var pairs = parentKeys.Provider.CreateQuery<ParentedEntity>(Expression.Call(SelectManyMethod, parentKeys.Expression,
            Expression.Quote(Expression.Lambda<Func<TKey, IEnumerable<TEntity>>>(page.Expression, parent)),
            Expression.Quote(Expression.Lambda<Func<TKey, TEntity, ParentedEntity>>(
                Expression.MemberInit(Expression.New(typeof(ParentedEntity)), Expression.Bind(PairParent, parent), Expression.Bind(PairEntity, request.Row)),
                parent, request.Row))));

        // The subquery's order does not survive the join, so the statement orders again: by parent, then the page's keys.
        var entity = Expression.Property(pair, PairEntity);
        var ordered = SortTranslator.Apply(pairs.OrderBy(p => p.Parent), SortTranslator.Rebind(request.Keys, request.Row, entity), pair,
            reverse: !request.Forward, thenBy: true);

        // The projection (with its key array, which SQL cannot hold) is the statement's final SELECT, outside the subquery.
        var keyValues = new Expression[request.KeyValues.Length];
        for (var i = 0; i < keyValues.Length; i++) keyValues[i] = SortTranslator.Rebind(request.KeyValues[i], request.Row, entity);
        var row = PageRequest<TEntity>.RowInit(typeof(ParentedRow<TKey, TEntity>), SortTranslator.Rebind(request.Projection!, request.Row, entity), keyValues,
            Expression.Bind(ParentProperty, Expression.Property(pair, PairParent)));
        return ordered.Provider.CreateQuery<ParentedRow<TKey, TEntity>>(
            Expression.Call(SelectRowMethod, ordered.Expression, Expression.Quote(Expression.Lambda(row, pair)))).AsNoTracking();
    }

    /// <summary>A page row before projection: the parent key it was read for and the entity.</summary>
    private sealed class ParentedEntity
    {
        public TKey Parent { get; set; } = default!;
        public TEntity Entity { get; set; } = default!;
    }

    /// <summary>
    /// The batch's parent keys as a one-column query to correlate pages and counts with: the parent rows' keys when the
    /// parent is an entity keyed by <c>parentKey</c> (so EF can identify rows, which projected child collections need),
    /// else <c>unnest</c> of an array parameter.
    /// </summary>
    private IQueryable<TKey> ParentKeys(TContext db, TKey[] keys, Expression keySet)
    {
        if (parentSet is null) return db.Database.SqlQueryRaw<TKey>("SELECT unnest({0}) AS \"Value\"", keys);
        var parents = parentSet(db);
        var isBatchParent = Expression.Lambda<Func<TParent, bool>>(
            Expression.Call(ContainsMethod, keySet, parentKeyExpression.Body), parentKeyExpression.Parameters[0]);
        var keysOfParents = Expression.Call(SelectParentKeyMethod,
            Expression.Call(WhereParentMethod, parents.Expression, Expression.Quote(isBatchParent)), Expression.Quote(parentKeyExpression));
        return parents.Provider.CreateQuery<TKey>(keysOfParents);
    }

    /// <summary>Holds the batch's keys where EF reads them as one array parameter.</summary>
    private sealed class KeySet
    {
        public TKey[] Keys = [];
    }

    private Expression<Func<TEntity, bool>> BelongsTo(ParameterExpression row, ParameterExpression parent) =>
        Expression.Lambda<Func<TEntity, bool>>(BelongsToBody(row, parent), row);

    private Expression BelongsToBody(ParameterExpression row, Expression parent) =>
        new ParameterSwap(belongsTo.Parameters[0], row, belongsTo.Parameters[1], parent).Visit(belongsTo.Body);

    private static MethodInfo QueryableMethod(string name, int parameters, Func<MethodInfo, bool> match)
    {
        foreach (var method in typeof(Queryable).GetMethods())
            if (method.Name == name && method.GetParameters().Length == parameters && match(method)) return method;
        throw new MissingMethodException(nameof(Queryable), name);
    }

    private sealed class ParameterSwap(ParameterExpression fromA, Expression toA, ParameterExpression fromB, Expression toB) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == fromA ? toA : node == fromB ? toB : node;
    }
}
