using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data.Entities;
using static RescueGraph.Directory.Data.Modeling.EarthDistanceFunctions;

namespace RescueGraph.Directory.Data.Queries;

/// <summary>
/// "Near me" over animals, centers and organizations, always translated to SQL. A center is within the radius when
/// <c>earth_box(ll_to_earth(origin), r) @&gt; ll_to_earth(latitude, longitude)</c> (the GiST index narrows the rows
/// to a bounding cube) AND <c>earth_distance(...) &lt;= r</c> (the exact great-circle test). Animals are placed at
/// their center; an organization is within the radius if any of its centers is, at the distance of the nearest one.
/// Centers without coordinates are never within a radius and never get a distance.
/// </summary>
public static class DistanceSearch
{
    /// <summary>Largest accepted radius, in the requested unit, so one query cannot scan the whole globe.</summary>
    public const double MaxRadius = 500;

    public const double MetersPerKilometer = 1000;
    public const double MetersPerMile = 1609.344;

    public static double MetersPer(DistanceUnit unit) => unit switch
    {
        DistanceUnit.Kilometers => MetersPerKilometer,
        DistanceUnit.Miles => MetersPerMile,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown distance unit."),
    };

    /// <summary>Validates the radius (greater than 0, at most <see cref="MaxRadius"/> in its unit) and converts it to metres.</summary>
    public static double RadiusInMeters(double radius, DistanceUnit unit)
    {
        var metersPerUnit = MetersPer(unit);
        if (!double.IsFinite(radius) || radius <= 0 || radius > MaxRadius)
            throw new ArgumentOutOfRangeException(nameof(radius), radius,
                $"The radius must be greater than 0 and at most {MaxRadius} {UnitName(unit)}.");
        return radius * metersPerUnit;
    }

    // --- Filters -------------------------------------------------------------------------------------------------

    public static IQueryable<RescueCenter> WithinRadius(this IQueryable<RescueCenter> centers, GeoPoint origin, double radius, DistanceUnit unit) =>
        centers.Where(CenterWithin(origin, RadiusInMeters(radius, unit)));

    public static IQueryable<Animal> WithinRadius(this IQueryable<Animal> animals, GeoPoint origin, double radius, DistanceUnit unit) =>
        animals.Where(ThroughCenter(CenterWithin(origin, RadiusInMeters(radius, unit)), AnimalCenter));

    public static IQueryable<Organization> WithinRadius(this IQueryable<Organization> organizations, GeoPoint origin, double radius, DistanceUnit unit)
    {
        var within = CenterWithin(origin, RadiusInMeters(radius, unit));
        return organizations.Where(o => o.Centers.AsQueryable().Any(within));
    }

    // --- Distances -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Each center with coordinates and its distance from <paramref name="origin"/> in <paramref name="unit"/>.
    /// Compose <see cref="NearestFirst{T}"/> (or any ordering / keyset filter on Distance and Item.Id) on top.
    /// </summary>
    public static IQueryable<DistanceRow<RescueCenter>> WithDistance(this IQueryable<RescueCenter> centers, GeoPoint origin, DistanceUnit unit)
    {
        var distance = CenterDistance(origin, MetersPer(unit));
        return centers.Where(HasCoordinates).Select(Row(distance));
    }

    public static IQueryable<DistanceRow<Animal>> WithDistance(this IQueryable<Animal> animals, GeoPoint origin, DistanceUnit unit)
    {
        var distance = ThroughCenter(CenterDistance(origin, MetersPer(unit)), AnimalCenter);
        return animals.Where(ThroughCenter(HasCoordinates, AnimalCenter)).Select(Row(distance));
    }

    /// <summary>Organizations with at least one located center, at the distance of their nearest center.</summary>
    public static IQueryable<DistanceRow<Organization>> WithDistance(this IQueryable<Organization> organizations, GeoPoint origin, DistanceUnit unit)
    {
        var distance = CenterDistance(origin, MetersPer(unit));
        var located = HasCoordinates;
        return organizations
            .Where(o => o.Centers.AsQueryable().Any(located))
            .Select(o => new DistanceRow<Organization> { Item = o, Distance = o.Centers.AsQueryable().Where(located).Min(distance) });
    }

    /// <summary>Nearest first; ties broken by ascending id, so (Distance, Item.Id) is a stable keyset paging key.</summary>
    public static IOrderedQueryable<DistanceRow<T>> NearestFirst<T>(this IQueryable<DistanceRow<T>> rows, Expression<Func<T, long>> id)
    {
        var row = Expression.Parameter(typeof(DistanceRow<T>), "row");
        var itemId = ExpressionSubstitution.Replace(id.Body, id.Parameters[0], Expression.Property(row, nameof(DistanceRow<T>.Item)));
        return rows.OrderBy(r => r.Distance).ThenBy(Expression.Lambda<Func<DistanceRow<T>, long>>(itemId, row));
    }

    public static IOrderedQueryable<DistanceRow<RescueCenter>> NearestFirst(this IQueryable<DistanceRow<RescueCenter>> rows) => rows.NearestFirst(c => c.Id);
    public static IOrderedQueryable<DistanceRow<Animal>> NearestFirst(this IQueryable<DistanceRow<Animal>> rows) => rows.NearestFirst(a => a.Id);
    public static IOrderedQueryable<DistanceRow<Organization>> NearestFirst(this IQueryable<DistanceRow<Organization>> rows) => rows.NearestFirst(o => o.Id);

    // --- Shared expressions ----------------------------------------------------------------------------------------

    private static readonly Expression<Func<Animal, RescueCenter>> AnimalCenter = a => a.Center;

    private static readonly Expression<Func<RescueCenter, bool>> HasCoordinates = c => c.Latitude != null && c.Longitude != null;

    private static Expression<Func<RescueCenter, bool>> CenterWithin(GeoPoint origin, double radiusMeters)
    {
        // Locals, so EF Core sends them as parameters and caches one plan for every origin and radius.
        double latitude = origin.Latitude, longitude = origin.Longitude;
        return c => EarthBox(LlToEarth(latitude, longitude), radiusMeters).Contains(LlToEarth(c.Latitude, c.Longitude))
                    && EarthDistance(LlToEarth(latitude, longitude), LlToEarth(c.Latitude, c.Longitude)) <= radiusMeters;
    }

    private static Expression<Func<RescueCenter, double>> CenterDistance(GeoPoint origin, double metersPerUnit)
    {
        double latitude = origin.Latitude, longitude = origin.Longitude;
        return c => EarthDistance(LlToEarth(latitude, longitude), LlToEarth(c.Latitude, c.Longitude)) / metersPerUnit;
    }

    private static Expression<Func<T, DistanceRow<T>>> Row<T>(Expression<Func<T, double>> distance)
    {
        var parameter = distance.Parameters[0];
        return Expression.Lambda<Func<T, DistanceRow<T>>>(
            Expression.MemberInit(Expression.New(typeof(DistanceRow<T>)),
                Expression.Bind(typeof(DistanceRow<T>).GetProperty(nameof(DistanceRow<T>.Item))!, parameter),
                Expression.Bind(typeof(DistanceRow<T>).GetProperty(nameof(DistanceRow<T>.Distance))!, distance.Body)),
            parameter);
    }

    /// <summary>Rewrites <c>c =&gt; body(c)</c> as <c>x =&gt; body(path(x))</c>, so a center expression applies to animals.</summary>
    private static Expression<Func<TOuter, TResult>> ThroughCenter<TOuter, TResult>(
        Expression<Func<RescueCenter, TResult>> centerExpression, Expression<Func<TOuter, RescueCenter>> path) =>
        Expression.Lambda<Func<TOuter, TResult>>(
            ExpressionSubstitution.Replace(centerExpression.Body, centerExpression.Parameters[0], path.Body), path.Parameters[0]);

    private static string UnitName(DistanceUnit unit) => unit == DistanceUnit.Miles ? "miles" : "kilometers";
}
