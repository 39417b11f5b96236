using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RescueGraph.GraphQL.Data.Filtering;
using RescueGraph.GraphQL.Data.Projection;
using RescueGraph.GraphQL.Data.Sorting;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Paging;

/// <summary>A page row: the projected entity and its sort key values (for its cursor).</summary>
internal class KeysetRow<T>
{
    public T Entity { get; set; } = default!;
    public object?[] Keys { get; set; } = [];
}

/// <summary>A page row of a nested connection, tagged with the parent it was read for.</summary>
internal sealed class ParentedRow<TKey, T> : KeysetRow<T>
{
    public TKey Parent { get; set; } = default!;
}

/// <summary>
/// What a connection field's arguments and selection ask for, read once per field (not per parent): page size and
/// direction, sort keys and cursor shape, decoded cursors, the <c>where</c> predicate and the projected row selector.
/// Root and nested connections share it, so both page, filter, sort and build <see cref="ConnectionPage"/>s alike.
/// </summary>
internal sealed class PageRequest<TEntity> where TEntity : class
{
    private PageRequest(ParameterExpression row, List<OrderKey> keys) => (Row, Keys) = (row, keys);

    public ParameterExpression Row { get; }
    public List<OrderKey> Keys { get; }
    public uint Shape { get; private init; }
    public int? First { get; private init; }
    public int? Last { get; private init; }
    public object?[]? After { get; private init; }
    public object?[]? Before { get; private init; }
    public Expression<Func<TEntity, bool>>? Predicate { get; private init; }

    /// <summary>Forward reads <c>first</c> rows in order; backward reads <c>last</c> rows in reverse order.</summary>
    public bool Forward => Last is null || First is not null;
    public int Limit => Forward ? First!.Value : Last!.Value;

    /// <summary>The projection of the selected nodes with their keys; null when only <c>totalCount</c> is selected (no rows are read).</summary>
    public Expression<Func<TEntity, KeysetRow<TEntity>>>? Selector { get; private init; }

    /// <summary>The projection's parts, for selectors of another row shape (<see cref="ParentedRow{TKey,T}"/>).</summary>
    public Expression? Projection { get; private init; }
    public Expression[] KeyValues { get; private init; } = [];

    public static PageRequest<TEntity> Read(DataCatalog catalog, IResolveFieldContext context, bool filtering, bool sorting)
    {
        var options = catalog.Options;
        var coordinate = context.ParentType.Name + "." + context.FieldDefinition.Name;
        var first = PageSize(context, "first", coordinate, options.MaxPageSize);
        var last = PageSize(context, "last", coordinate, options.MaxPageSize);
        if (first is null && last is null) first = options.DefaultPageSize;

        var entity = catalog.GetEntity(typeof(TEntity));
        var row = Expression.Parameter(typeof(TEntity), "e");
        var keys = SortTranslator.ResolveKeys(catalog, entity,
            sorting && context.Arguments.TryGetValue("order", out var order) ? order as IReadOnlyList<object?> : null, row);
        var shape = KeysetCursor.Shape(keys);
        var after = context.Arguments.TryGetValue("after", out var afterValue) && afterValue is string afterCursor
            ? KeysetCursor.Decode("after", afterCursor, shape, keys) : null;
        var before = context.Arguments.TryGetValue("before", out var beforeValue) && beforeValue is string beforeCursor
            ? KeysetCursor.Decode("before", beforeCursor, shape, keys) : null;
        var predicate = filtering && context.Arguments.TryGetValue("where", out var where) && where is IReadOnlyDictionary<string, object?> filter
            ? FilterBuilder.Build<TEntity>(catalog, entity, filter)
            : null;

        Expression? projection = null;
        var keyValues = Array.Empty<Expression>();
        Expression<Func<TEntity, KeysetRow<TEntity>>>? selector = null;
        var connectionType = (ObjectType)context.FieldDefinition.Type.GetNamedType();
        var connectionSelections = SelectionReader.Collect(context, SelectionReader.Of(context.FieldNodes), connectionType);
        if (connectionSelections.ContainsKey("edges") || connectionSelections.ContainsKey("nodes") || connectionSelections.ContainsKey("pageInfo"))
        {
            var nodeSelections = new List<SelectionSetNode?>();
            if (connectionSelections.TryGetValue("nodes", out var nodesSets)) nodeSelections.AddRange(nodesSets);
            if (connectionSelections.TryGetValue("edges", out var edgeSets))
            {
                var edgeType = (ObjectType)connectionType.GetField("edges")!.Type.GetNamedType();
                nodeSelections.AddRange(SelectionReader.Below(context, edgeSets, edgeType, "node"));
            }
            var nodeType = (ObjectType)connectionType.GetField("nodes")!.Type.GetNamedType();
            projection = ProjectionBuilder.Build(context, catalog, typeof(TEntity), nodeType, nodeSelections, row);
            keyValues = new Expression[keys.Count];
            for (var i = 0; i < keyValues.Length; i++) keyValues[i] = Expression.Convert(keys[i].Body, typeof(object));
            selector = Expression.Lambda<Func<TEntity, KeysetRow<TEntity>>>(RowInit(typeof(KeysetRow<TEntity>), projection, keyValues), row);
        }

        return new PageRequest<TEntity>(row, keys)
        {
            Shape = shape, First = first, Last = last, After = after, Before = before, Predicate = predicate,
            Selector = selector, Projection = projection, KeyValues = keyValues,
        };
    }

    /// <summary><c>new TRow { Entity = projection, Keys = new object[] { keys… }, extra… }</c> for any <see cref="KeysetRow{T}"/>.</summary>
    public static MemberInitExpression RowInit(Type rowType, Expression projection, Expression[] keyValues, params MemberBinding[] extra)
    {
        var bindings = new MemberBinding[2 + extra.Length];
        bindings[0] = Expression.Bind(rowType.GetProperty(nameof(KeysetRow<TEntity>.Entity))!, projection);
        bindings[1] = Expression.Bind(rowType.GetProperty(nameof(KeysetRow<TEntity>.Keys))!, Expression.NewArrayInit(typeof(object), keyValues));
        extra.CopyTo(bindings, 2);
        return Expression.MemberInit(Expression.New(rowType), bindings);
    }

    /// <summary>The connection's rows before paging: narrowed by <c>where</c>.</summary>
    public IQueryable<TEntity> Filter(IQueryable<TEntity> query) => Predicate is null ? query : FilterBuilder.Where(query, Predicate);

    /// <summary>The page window over filtered rows: keyset conditions of the cursors, ORDER BY in reading direction, LIMIT n+1.</summary>
    public IQueryable<TEntity> Page(IQueryable<TEntity> filtered)
    {
        var query = filtered;
        if (After is not null)
            query = query.Where(Expression.Lambda<Func<TEntity, bool>>(SortTranslator.KeysetCondition(Keys, After, before: false), Row));
        if (Before is not null)
            query = query.Where(Expression.Lambda<Func<TEntity, bool>>(SortTranslator.KeysetCondition(Keys, Before, before: true), Row));
        query = SortTranslator.Apply(query, Keys, Row, reverse: !Forward);
        return query.Take(Limit + 1);
    }

    /// <summary>
    /// The connection of rows read by <see cref="Page"/> (in reading order, at most one beyond the page): the extra
    /// row sets <c>hasNextPage</c> (forward) or <c>hasPreviousPage</c> (backward), as HotChocolate's keyset paging does.
    /// </summary>
    public ConnectionPage ToPage<TRow>(List<TRow> rows, Func<CancellationToken, Task<int>> countTotal) where TRow : KeysetRow<TEntity>
    {
        var limit = Limit;
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        if (!Forward) rows.Reverse();
        var trimmedFront = false;
        if (First is not null && Last is not null && rows.Count > Last.Value)
        {
            // Relay's first-then-last: keep the last `last` of the first `first`.
            rows.RemoveRange(0, rows.Count - Last.Value);
            trimmedFront = true;
        }

        var edges = new EdgeItem[rows.Count];
        for (var i = 0; i < edges.Length; i++) edges[i] = new EdgeItem(KeysetCursor.Encode(Shape, rows[i].Keys), rows[i].Entity!);
        var startCursor = edges.Length > 0 ? edges[0].Cursor : null;
        var endCursor = edges.Length > 0 ? edges[^1].Cursor : null;
        var pageInfo = Forward
            ? new PageInfo(HasNextPage: hasMore, HasPreviousPage: After is not null || trimmedFront, startCursor, endCursor)
            : new PageInfo(HasNextPage: Before is not null, HasPreviousPage: hasMore, startCursor, endCursor);
        return new ConnectionPage(edges, pageInfo, countTotal);
    }

    /// <summary>The connection when no rows are selected: only <c>totalCount</c> can be asked of it.</summary>
    public static ConnectionPage CountOnly(Func<CancellationToken, Task<int>> countTotal) =>
        new([], new PageInfo(false, false, null, null), countTotal);

    private static int? PageSize(IResolveFieldContext context, string argument, string coordinate, int max)
    {
        if (!context.Arguments.TryGetValue(argument, out var value) || value is not int size) return null;
        if (size < 0) throw DataErrors.MinPageSize(coordinate, size);
        if (size > max) throw DataErrors.MaxPageSize(coordinate, size, max);
        return size;
    }
}
