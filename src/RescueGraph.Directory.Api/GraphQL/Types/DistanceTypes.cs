using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Queries;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.Data.Paging;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL.Types;

/// <summary>The <c>near</c> argument: a point and a radius around it.</summary>
public sealed class NearInput
{
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public double Radius { get; set; }
    public DistanceUnit Unit { get; set; } = DistanceUnit.Kilometers;
}

/// <summary>"Near me": the <c>near</c> filter of the root connections, and what it needs from the request.</summary>
internal static class Near
{
    public const string ArgumentName = "near";

    public static SchemaBuilder AddNearInput(this SchemaBuilder schema) => schema
        .Enum<DistanceUnit>(description: "Unit of a radius or distance.")
        .InputObject<NearInput>("NearInput", input => input
            .Description($"A circle on the earth: everything within `radius` of the point (great-circle distance). Items are placed at their center; centers without coordinates are never near.")
            .Field("latitude", x => x.Latitude, "Latitude of the point in decimal degrees (WGS 84), from -90 to 90.")
            .Field("longitude", x => x.Longitude, "Longitude of the point in decimal degrees (WGS 84), from -180 to 180.")
            .Field("radius", x => x.Radius, $"Radius in `unit`: greater than 0 and at most {DistanceSearch.MaxRadius}.")
            .Field("unit", x => x.Unit, "Unit of `radius` (and of the distances returned).", DistanceUnit.Kilometers));

    /// <summary>Adds <c>near: NearInput</c> to a root connection whose source applies <see cref="Within{T}"/>.</summary>
    public static ConnectionField<DirectoryDbContext, T> WithNear<T>(this ConnectionField<DirectoryDbContext, T> connection, string what) where T : class
    {
        connection.Field.Argument(ArgumentName, "NearInput",
            $"Only {what} within the radius of the point. Combines with `where`, `order` and paging; for nearest first use the `nearby…` field.");
        return connection;
    }

    /// <summary><paramref name="query"/> narrowed to the <c>near</c> circle when the request gives one.</summary>
    public static IQueryable<T> Within<T>(IQueryable<T> query, IResolveFieldContext context, Func<IQueryable<T>, GeoPoint, double, DistanceUnit, IQueryable<T>> within) =>
        context.Argument<NearInput>(ArgumentName) is { } near ? Validated(() => within(query, Origin(near), near.Radius, near.Unit)) : query;

    public static GeoPoint Origin(NearInput near) => Validated(() => new GeoPoint(near.Latitude, near.Longitude));

    /// <summary>Runs a check of the distance queries and reports a bad point or radius as a field error naming <c>near</c>.</summary>
    public static TResult Validated<TResult>(Func<TResult> check)
    {
        try
        {
            return check();
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw ArgumentErrors.InvalidArgument(ArgumentName, exception);
        }
    }
}

/// <summary>
/// <c>nearbyAnimals</c>, <c>nearbyCenters</c>, <c>nearbyOrganizations</c>: nearest first, with each edge's distance.
/// The data library orders connections by mapped columns only, so these connections page on (distance, id)
/// themselves, with cursors in the library's format (base64 JSON <c>[1, shape, distance, id]</c>, the shape binding
/// a cursor to its point and unit). The distance is computed, compared and ordered in SQL (earthdistance).
/// </summary>
internal static class NearbyFields
{
    public static void AddNearbyFields(this ObjectTypeBuilder<object> query, DataSchema<DirectoryDbContext> data)
    {
        Add(query, data, "nearbyAnimals", "Published animals", "Animal", db => db.VisibleAnimals,
            DistanceSearch.WithinRadius, DistanceSearch.WithDistance, a => a.Id);
        Add(query, data, "nearbyCenters", "Rescue centers", "RescueCenter", db => db.RescueCenters,
            DistanceSearch.WithinRadius, DistanceSearch.WithDistance, c => c.Id);
        Add(query, data, "nearbyOrganizations", "Organizations (at the distance of their nearest center)", "Organization", db => db.Organizations,
            DistanceSearch.WithinRadius, DistanceSearch.WithDistance, o => o.Id);
    }

    public static SchemaBuilder AddNearbyTypes(this SchemaBuilder schema)
    {
        foreach (var typeName in new[] { "Animal", "RescueCenter", "Organization" })
        {
            var edgeName = $"Nearby{typeName}Edge";
            schema.Object<NearbyPage>($"Nearby{typeName}Connection", type =>
            {
                type.Description($"A page of {typeName} nodes, nearest first.");
                type.Field("pageInfo", p => p.PageInfo).Type("PageInfo!").Description("Information to aid in pagination.");
                type.Field("edges", p => p.Edges).Type($"[{edgeName}!]!").Description("The items with their cursors and distances.");
                type.Field("nodes", (p, _) => p.Nodes()).Type($"[{typeName}!]!").Description("A flattened list of the nodes.");
            });
            schema.Object<NearbyEdge>(edgeName, type =>
            {
                type.Description($"A {typeName} and its distance from the point.");
                type.Field("cursor", e => e.Cursor).Description("A cursor for use in pagination.");
                type.Field("distance", e => e.Distance).Description("Great-circle distance from the point, in the unit of `near.unit`.");
                type.Field("node", e => e.Node).Type(typeName + "!").Description("The item at the end of the edge.");
            });
        }
        return schema;
    }

    private static void Add<T>(ObjectTypeBuilder<object> query, DataSchema<DirectoryDbContext> data, string name, string what, string typeName,
        Func<DirectoryDbContext, IQueryable<T>> source,
        Func<IQueryable<T>, GeoPoint, double, DistanceUnit, IQueryable<T>> within,
        Func<IQueryable<T>, GeoPoint, DistanceUnit, IQueryable<DistanceRow<T>>> withDistance,
        Expression<Func<T, long>> id) where T : class
    {
        var resolver = new NearbyResolver<T>(data, source, within, withDistance, id);
        query.Field(name, $"Nearby{typeName}Connection!", resolver.ResolveAsync)
            .Description($"{what} within the radius of a point, nearest first (ties by age of the record).")
            .Argument(Near.ArgumentName, "NearInput!", "The point and radius.")
            .Argument("where", data.FilterInput<T>(), "Further conditions, as in the plain list.")
            .Argument("first", "Int", "Returns the first _n_ elements from the list.")
            .Argument("after", "String", "Returns the elements in the list that come after the specified cursor.")
            .Argument("last", "Int", "Returns the last _n_ elements from the list.")
            .Argument("before", "String", "Returns the elements in the list that come before the specified cursor.");
    }
}

public sealed record NearbyEdge(string Cursor, double Distance, object Node);

public sealed record NearbyPage(NearbyEdge[] Edges, PageInfo PageInfo)
{
    public object[] Nodes()
    {
        var nodes = new object[Edges.Length];
        for (var i = 0; i < nodes.Length; i++) nodes[i] = Edges[i].Node;
        return nodes;
    }
}

/// <summary>One nearest-first connection: a page in one statement (keyset WHERE on distance and id, LIMIT n+1).</summary>
internal sealed class NearbyResolver<T>(
    DataSchema<DirectoryDbContext> data,
    Func<DirectoryDbContext, IQueryable<T>> source,
    Func<IQueryable<T>, GeoPoint, double, DistanceUnit, IQueryable<T>> within,
    Func<IQueryable<T>, GeoPoint, DistanceUnit, IQueryable<DistanceRow<T>>> withDistance,
    Expression<Func<T, long>> id) where T : class
{
    private static readonly ParameterExpression Row = Expression.Parameter(typeof(DistanceRow<T>), "row");
    private static readonly Expression<Func<DistanceRow<T>, double>> ByDistance = row => row.Distance;
    private readonly Expression _rowId = new ParameterReplacer(id.Parameters[0], Expression.Property(Row, nameof(DistanceRow<T>.Item))).Visit(id.Body);
    private readonly Func<T, long> _readId = id.Compile();

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var coordinate = context.ParentType.Name + "." + context.FieldDefinition.Name;
        var first = PageSize(context, "first", coordinate);
        var last = PageSize(context, "last", coordinate);
        if (first is null && last is null) first = data.Options.DefaultPageSize;
        var near = context.Argument<NearInput>(Near.ArgumentName)!;
        var origin = Near.Origin(near);
        var shape = Shape(origin, near.Unit);
        var after = context.Argument<string>("after") is { } afterCursor ? Decode("after", afterCursor, shape) : null;
        var before = context.Argument<string>("before") is { } beforeCursor ? Decode("before", beforeCursor, shape) : null;
        var forward = last is null || first is not null;
        var limit = forward ? first!.Value : last!.Value;

        var rowId = Expression.Lambda<Func<DistanceRow<T>, long>>(_rowId, Row);
        List<DistanceRow<T>> rows;
        await using (var db = await context.Service<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(context.CancellationToken))
        {
            var items = data.Where(source(db).AsNoTracking(), context.Arguments.GetValueOrDefault("where"));
            var query = withDistance(Near.Validated(() => within(items, origin, near.Radius, near.Unit)), origin, near.Unit);
            if (after is not null) query = query.Where(Beyond(after, greater: true));
            if (before is not null) query = query.Where(Beyond(before, greater: false));
            query = forward
                ? query.OrderBy(ByDistance).ThenBy(rowId)
                : query.OrderByDescending(ByDistance).ThenByDescending(rowId);
            // Only the columns the selected nodes need (never the private ones unless a field asks for them), as connections read.
            rows = await query.Take(limit + 1).Select(Projected(data.Projection<T>(context, "edges.node", "nodes")))
                .ToListAsync(context.CancellationToken);
        }

        // One row beyond the page tells whether more exist in the reading direction (as the library's keyset paging).
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        if (!forward) rows.Reverse();
        var trimmedFront = false;
        if (first is not null && last is not null && rows.Count > last.Value)
        {
            rows.RemoveRange(0, rows.Count - last.Value);
            trimmedFront = true;
        }
        var edges = new NearbyEdge[rows.Count];
        for (var i = 0; i < edges.Length; i++)
            edges[i] = new NearbyEdge(Encode(shape, rows[i].Distance, _readId(rows[i].Item)), rows[i].Distance, rows[i].Item);
        var startCursor = edges.Length > 0 ? edges[0].Cursor : null;
        var endCursor = edges.Length > 0 ? edges[^1].Cursor : null;
        var pageInfo = forward
            ? new PageInfo(HasNextPage: hasMore, HasPreviousPage: after is not null || trimmedFront, startCursor, endCursor)
            : new PageInfo(HasNextPage: before is not null, HasPreviousPage: hasMore, startCursor, endCursor);
        return new NearbyPage(edges, pageInfo);
    }

    /// <summary><c>row =&gt; new DistanceRow { Item = projection(row.Item), Distance = row.Distance }</c>.</summary>
    private static Expression<Func<DistanceRow<T>, DistanceRow<T>>> Projected(Expression<Func<T, T>> projection)
    {
        var item = new ParameterReplacer(projection.Parameters[0], Expression.Property(Row, nameof(DistanceRow<T>.Item))).Visit(projection.Body);
        return Expression.Lambda<Func<DistanceRow<T>, DistanceRow<T>>>(Expression.MemberInit(Expression.New(typeof(DistanceRow<T>)),
            Expression.Bind(ItemProperty, item), Expression.Bind(DistanceProperty, Expression.Property(Row, DistanceProperty))), Row);
    }

    private static readonly System.Reflection.PropertyInfo ItemProperty = typeof(DistanceRow<T>).GetProperty(nameof(DistanceRow<T>.Item))!;
    private static readonly System.Reflection.PropertyInfo DistanceProperty = typeof(DistanceRow<T>).GetProperty(nameof(DistanceRow<T>.Distance))!;

    /// <summary>Rows after (or before) the boundary in (distance, id) order; the boundary's values are SQL parameters.</summary>
    private Expression<Func<DistanceRow<T>, bool>> Beyond(Boundary boundary, bool greater)
    {
        var distance = Expression.Property(Row, nameof(DistanceRow<T>.Distance));
        var boundaryDistance = Expression.Field(Expression.Constant(boundary), nameof(Boundary.Distance));
        var boundaryId = Expression.Field(Expression.Constant(boundary), nameof(Boundary.Id));
        var body = greater
            ? Expression.OrElse(Expression.GreaterThan(distance, boundaryDistance),
                Expression.AndAlso(Expression.Equal(distance, boundaryDistance), Expression.GreaterThan(_rowId, boundaryId)))
            : Expression.OrElse(Expression.LessThan(distance, boundaryDistance),
                Expression.AndAlso(Expression.Equal(distance, boundaryDistance), Expression.LessThan(_rowId, boundaryId)));
        return Expression.Lambda<Func<DistanceRow<T>, bool>>(body, Row);
    }

    private int? PageSize(IResolveFieldContext context, string argument, string coordinate)
    {
        if (context.Argument<int?>(argument) is not { } size) return null;
        if (size < 0) throw DataErrors.MinPageSize(coordinate, size);
        if (size > data.Options.MaxPageSize) throw DataErrors.MaxPageSize(coordinate, size, data.Options.MaxPageSize);
        return size;
    }

    /// <summary>FNV-1a over the point and unit: a cursor only continues the listing around the same point.</summary>
    private static uint Shape(GeoPoint origin, DistanceUnit unit)
    {
        var hash = 2166136261u;
        foreach (var c in string.Create(CultureInfo.InvariantCulture, $"nearby|{origin.Latitude:R}|{origin.Longitude:R}|{unit}"))
            hash = (hash ^ c) * 16777619u;
        return hash;
    }

    private static string Encode(uint shape, double distance, long id) => PageCursors.Encode(shape, distance, id);

    private static readonly Type[] BoundaryTypes = [typeof(double), typeof(long)];

    private static Boundary Decode(string argument, string cursor, uint shape)
    {
        var values = PageCursors.Decode(argument, cursor, shape, BoundaryTypes, "it was issued for another point or unit.");
        return new Boundary { Distance = (double)values[0]!, Id = (long)values[1]! };
    }

    /// <summary>A page boundary; its fields become SQL parameters (one cached plan for every boundary).</summary>
    private sealed class Boundary
    {
        public double Distance;
        public long Id;
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
