using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RescueGraph.GraphQL.Data.Filtering;
using RescueGraph.GraphQL.Data.Projection;
using RescueGraph.GraphQL.Data.Sorting;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Paging;

/// <summary>A page row: the projected entity and its sort key values (for its cursor).</summary>
internal sealed class KeysetRow<T>
{
    public T Entity { get; set; } = default!;
    public object?[] Keys { get; set; } = [];
}

/// <summary>
/// Resolves a connection field in one statement for the page (keyset WHERE, ORDER BY, LIMIT n+1, projected
/// SELECT) plus one COUNT only when <c>totalCount</c> is selected. Each statement gets its own DbContext,
/// so connections resolved concurrently in one request never share one.
/// </summary>
internal sealed class ConnectionResolver<TContext, TEntity>(
    DataCatalog catalog,
    Func<IResolveFieldContext, TContext> createContext,
    Func<TContext, IResolveFieldContext, IQueryable<TEntity>> source)
    where TContext : DbContext
    where TEntity : class
{
    public bool Filtering { get; set; }
    public bool Sorting { get; set; }

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var options = catalog.Options;
        var coordinate = context.ParentType.Name + "." + context.FieldDefinition.Name;
        var first = PageSize(context, "first", coordinate, options.MaxPageSize);
        var last = PageSize(context, "last", coordinate, options.MaxPageSize);
        if (first is null && last is null) first = options.DefaultPageSize;

        var entity = catalog.GetEntity(typeof(TEntity));
        var row = Expression.Parameter(typeof(TEntity), "e");
        var keys = SortTranslator.ResolveKeys(catalog, entity,
            Sorting && context.Arguments.TryGetValue("order", out var order) ? order as IReadOnlyList<object?> : null, row);
        var shape = KeysetCursor.Shape(keys);
        var after = context.Arguments.TryGetValue("after", out var afterValue) && afterValue is string afterCursor
            ? KeysetCursor.Decode("after", afterCursor, shape, keys) : null;
        var before = context.Arguments.TryGetValue("before", out var beforeValue) && beforeValue is string beforeCursor
            ? KeysetCursor.Decode("before", beforeCursor, shape, keys) : null;
        var predicate = Filtering && context.Arguments.TryGetValue("where", out var where) && where is IReadOnlyDictionary<string, object?> filter
            ? FilterBuilder.Build<TEntity>(catalog, entity, filter)
            : null;

        IQueryable<TEntity> Filtered(TContext db)
        {
            var query = source(db, context).AsNoTracking();
            return predicate is null ? query : query.Where(predicate);
        }

        async Task<int> CountTotalAsync(CancellationToken cancellationToken)
        {
            await using var db = createContext(context);
            return await Filtered(db).CountAsync(cancellationToken).ConfigureAwait(false);
        }

        var connectionType = (ObjectType)context.FieldDefinition.Type.GetNamedType();
        var connectionSelections = SelectionReader.Collect(context, SelectionReader.Of(context.FieldNodes), connectionType);
        if (!connectionSelections.ContainsKey("edges") && !connectionSelections.ContainsKey("nodes") && !connectionSelections.ContainsKey("pageInfo"))
            return new ConnectionPage([], new PageInfo(false, false, null, null), CountTotalAsync);

        var nodeSelections = new List<Language.SelectionSetNode?>();
        if (connectionSelections.TryGetValue("nodes", out var nodesSets)) nodeSelections.AddRange(nodesSets);
        if (connectionSelections.TryGetValue("edges", out var edgeSets))
        {
            var edgeType = (ObjectType)connectionType.GetField("edges")!.Type.GetNamedType();
            nodeSelections.AddRange(SelectionReader.Below(context, edgeSets, edgeType, "node"));
        }
        var nodeType = (ObjectType)connectionType.GetField("nodes")!.Type.GetNamedType();
        var selector = RowSelector(context, nodeType, nodeSelections, keys, row);

        var forward = last is null || first is not null;
        var limit = forward ? first!.Value : last!.Value;
        List<KeysetRow<TEntity>> rows;
        await using (var db = createContext(context))
        {
            var query = Filtered(db);
            if (after is not null)
                query = query.Where(Expression.Lambda<Func<TEntity, bool>>(SortTranslator.KeysetCondition(keys, after, before: false), row));
            if (before is not null)
                query = query.Where(Expression.Lambda<Func<TEntity, bool>>(SortTranslator.KeysetCondition(keys, before, before: true), row));
            query = SortTranslator.Apply(query, keys, row, reverse: !forward);
            rows = await query.Take(limit + 1).Select(selector).ToListAsync(context.CancellationToken).ConfigureAwait(false);
        }

        // One row beyond the page tells whether more exist in the reading direction.
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        if (!forward) rows.Reverse();
        var trimmedFront = false;
        if (first is not null && last is not null && rows.Count > last.Value)
        {
            // Relay's first-then-last: keep the last `last` of the first `first`.
            rows.RemoveRange(0, rows.Count - last.Value);
            trimmedFront = true;
        }

        var edges = new EdgeItem[rows.Count];
        for (var i = 0; i < edges.Length; i++) edges[i] = new EdgeItem(KeysetCursor.Encode(shape, rows[i].Keys), rows[i].Entity);
        var startCursor = edges.Length > 0 ? edges[0].Cursor : null;
        var endCursor = edges.Length > 0 ? edges[^1].Cursor : null;
        var pageInfo = forward
            ? new PageInfo(HasNextPage: hasMore, HasPreviousPage: after is not null || trimmedFront, startCursor, endCursor)
            : new PageInfo(HasNextPage: before is not null, HasPreviousPage: hasMore, startCursor, endCursor);
        return new ConnectionPage(edges, pageInfo, CountTotalAsync);
    }

    private Expression<Func<TEntity, KeysetRow<TEntity>>> RowSelector(IResolveFieldContext context, ObjectType nodeType,
        List<Language.SelectionSetNode?> nodeSelections, List<OrderKey> keys, ParameterExpression row)
    {
        var projection = ProjectionBuilder.Build(context, catalog, typeof(TEntity), nodeType, nodeSelections, row);
        var keyValues = new Expression[keys.Count];
        for (var i = 0; i < keyValues.Length; i++) keyValues[i] = Expression.Convert(keys[i].Body, typeof(object));
        return Expression.Lambda<Func<TEntity, KeysetRow<TEntity>>>(
            Expression.MemberInit(Expression.New(typeof(KeysetRow<TEntity>)),
                Expression.Bind(typeof(KeysetRow<TEntity>).GetProperty(nameof(KeysetRow<TEntity>.Entity))!, projection),
                Expression.Bind(typeof(KeysetRow<TEntity>).GetProperty(nameof(KeysetRow<TEntity>.Keys))!, Expression.NewArrayInit(typeof(object), keyValues))),
            row);
    }

    private static int? PageSize(IResolveFieldContext context, string argument, string coordinate, int max)
    {
        if (!context.Arguments.TryGetValue(argument, out var value) || value is not int size) return null;
        if (size < 0) throw DataErrors.MinPageSize(coordinate, size);
        if (size > max) throw DataErrors.MaxPageSize(coordinate, size, max);
        return size;
    }
}
