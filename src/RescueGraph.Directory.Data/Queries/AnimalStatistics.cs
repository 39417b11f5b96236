using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Modeling;

namespace RescueGraph.Directory.Data.Queries;

/// <summary>A dimension analysts can group animals by.</summary>
public enum AnimalGroupBy { Species, Status, Sex, AgeGroup, Size, Center, Organization, IntakeType, IntakeMonth }

/// <summary>
/// The key of one group. Only the requested dimensions are set; the others stay null. <see cref="Size"/> may also be
/// null as a value (animals of unrecorded size) when <see cref="AnimalGroupBy.Size"/> was requested.
/// </summary>
public sealed class AnimalGroupKey
{
    public Species? Species { get; init; }
    public AnimalStatus? Status { get; init; }
    public AnimalSex? Sex { get; init; }
    public AgeGroup? AgeGroup { get; init; }
    public AnimalSize? Size { get; init; }
    public long? CenterId { get; init; }
    public long? OrganizationId { get; init; }
    public IntakeType? IntakeType { get; init; }
    /// <summary>First day of the intake month.</summary>
    public DateOnly? IntakeMonth { get; init; }
}

public sealed class AnimalGroup
{
    public AnimalGroupKey Key { get; init; } = null!;
    public long Count { get; init; }
}

/// <summary>Grouped animal counts for analysts: one <c>SELECT … GROUP BY</c> statement per call.</summary>
public static class AnimalStatistics
{
    private static readonly Dimension[] Dimensions = BuildDimensions();

    /// <summary>
    /// Counts the animals of <paramref name="source"/> (already filtered, e.g. by the GraphQL filter input) per
    /// combination of the <paramref name="groupBy"/> dimensions, in one <c>GROUP BY</c> statement. Groups come back
    /// ordered by their keys in the order the dimensions were given (enum members in declaration order, null first).
    /// With no dimension the result is one group holding the total.
    /// </summary>
    /// <exception cref="ArgumentException">A dimension is listed twice or is not an <see cref="AnimalGroupBy"/> member.</exception>
    public static async Task<IReadOnlyList<AnimalGroup>> GroupAsync(IQueryable<Animal> source, IReadOnlyList<AnimalGroupBy> groupBy,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(groupBy);
        if (groupBy.Count == 0)
            return [new AnimalGroup { Key = new AnimalGroupKey(), Count = await source.LongCountAsync(cancellationToken).ConfigureAwait(false) }];

        var groups = await source.GroupBy(KeySelector(groupBy))
            .Select(g => new AnimalGroup { Key = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        groups.Sort((left, right) => CompareKeys(left.Key, right.Key, groupBy));
        return groups;
    }

    private static Expression<Func<Animal, AnimalGroupKey>> KeySelector(IReadOnlyList<AnimalGroupBy> groupBy)
    {
        var animal = Expression.Parameter(typeof(Animal), "a");
        var bindings = new MemberBinding[groupBy.Count];
        var seen = 0;
        for (var i = 0; i < groupBy.Count; i++)
        {
            var index = (int)groupBy[i];
            if ((uint)index >= (uint)Dimensions.Length)
                throw new ArgumentException($"Unknown grouping dimension {groupBy[i]}.", nameof(groupBy));
            if ((seen & (1 << index)) != 0)
                throw new ArgumentException($"The grouping dimension {groupBy[i]} is listed more than once.", nameof(groupBy));
            seen |= 1 << index;
            var dimension = Dimensions[index];
            var value = ExpressionSubstitution.Replace(dimension.Selector.Body, dimension.Selector.Parameters[0], animal);
            if (value.Type != dimension.KeyProperty.PropertyType) value = Expression.Convert(value, dimension.KeyProperty.PropertyType);
            bindings[i] = Expression.Bind(dimension.KeyProperty, value);
        }
        return Expression.Lambda<Func<Animal, AnimalGroupKey>>(Expression.MemberInit(Expression.New(typeof(AnimalGroupKey)), bindings), animal);
    }

    private static int CompareKeys(AnimalGroupKey left, AnimalGroupKey right, IReadOnlyList<AnimalGroupBy> groupBy)
    {
        for (var i = 0; i < groupBy.Count; i++)
        {
            var order = Dimensions[(int)groupBy[i]].Compare(left, right);
            if (order != 0) return order;
        }
        return 0;
    }

    private sealed record Dimension(PropertyInfo KeyProperty, LambdaExpression Selector, Comparison<AnimalGroupKey> Compare);

    private static Dimension[] BuildDimensions()
    {
        var dimensions = new Dimension[Enum.GetValues<AnimalGroupBy>().Length];
        void Add<TValue>(AnimalGroupBy groupBy, Expression<Func<AnimalGroupKey, TValue?>> keyProperty, Expression<Func<Animal, TValue?>> selector)
            where TValue : struct
        {
            var getter = keyProperty.Compile();
            dimensions[(int)groupBy] = new Dimension(
                (PropertyInfo)((MemberExpression)keyProperty.Body).Member, selector,
                (left, right) => Nullable.Compare(getter(left), getter(right)));
        }

        Add(AnimalGroupBy.Species, k => k.Species, a => a.Species);
        Add(AnimalGroupBy.Status, k => k.Status, a => a.Status);
        Add(AnimalGroupBy.Sex, k => k.Sex, a => a.Sex);
        Add(AnimalGroupBy.AgeGroup, k => k.AgeGroup, a => a.AgeGroup);
        Add(AnimalGroupBy.Size, k => k.Size, a => a.Size);
        Add(AnimalGroupBy.Center, k => k.CenterId, a => a.CenterId);
        Add(AnimalGroupBy.Organization, k => k.OrganizationId, a => a.OrganizationId);
        Add(AnimalGroupBy.IntakeType, k => k.IntakeType, a => a.IntakeType);
        Add(AnimalGroupBy.IntakeMonth, k => k.IntakeMonth, a => CalendarFunctions.MonthStart(a.IntakeDate));
        return dimensions;
    }
}
