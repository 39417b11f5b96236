using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Projection;

/// <summary>
/// Builds the <c>Select</c> of a query from the GraphQL selection: <c>new Animal { Id = e.Id, Name = e.Name,
/// Shelter = e.Shelter == null ? null : new Shelter { … }, Photos = e.Photos.Select(p => new Photo { … }).ToList() }</c>.
/// Fields backed by a property lambda read that column; to-one relations become joins; to-many relations are
/// read in the same statement, whatever the page size. Primary and foreign keys are always read: cursors,
/// node ids and resolvers that load children by key need them.
/// </summary>
internal static class ProjectionBuilder
{
    /// <summary>Field metadata key: extra members (<see cref="LambdaExpression"/>[]) a custom resolver reads from its parent.</summary>
    public const string RequiresKey = "data.requires";

    /// <summary>
    /// Field metadata key: the to-one navigation (<see cref="LambdaExpression"/>) a reference field resolves from when its
    /// parent was projected; the field keeps its own resolver (with a fallback), so it is not a plain member read.
    /// </summary>
    public const string NavigationKey = "data.navigation";

    /// <summary>
    /// <c>e =&gt; new TEntity { … }</c> for the selections of <paramref name="graphType"/>, also reading
    /// <paramref name="alsoRead"/> (a member access such as a lookup's unique key) when given.
    /// </summary>
    public static Expression<Func<TEntity, TEntity>> Lambda<TEntity>(IResolveFieldContext context, DataCatalog catalog, ObjectType graphType,
        IEnumerable<SelectionSetNode?> selectionSets, LambdaExpression? alsoRead = null)
    {
        var row = Expression.Parameter(typeof(TEntity), "e");
        return Expression.Lambda<Func<TEntity, TEntity>>(
            Build(context, catalog, typeof(TEntity), graphType, selectionSets, row, alsoRead is null ? null : PropertyOf(alsoRead)), row);
    }

    private static readonly ConcurrentDictionary<(Type, string), MethodInfo> EnumerableMethods = new();

    public static Expression Build(IResolveFieldContext context, DataCatalog catalog, Type clrType, ObjectType graphType,
        IEnumerable<SelectionSetNode?> selectionSets, Expression source, PropertyInfo? alsoRead = null)
    {
        var entity = catalog.GetEntity(clrType);
        var assignments = new Dictionary<string, MemberAssignment>(StringComparer.Ordinal);
        foreach (var key in entity.KeyProperties) Assign(assignments, key, source);
        if (alsoRead is not null) Assign(assignments, alsoRead, source);

        foreach (var (fieldName, subSelections) in SelectionReader.Collect(context, selectionSets, graphType))
        {
            var field = graphType.GetField(fieldName);
            if (field is null) continue;
            if (field.Metadata.TryGetValue(ProjectionBuilder.RequiresKey, out var required) && required is LambdaExpression[] members)
                foreach (var member in members)
                    if (PropertyOf(member) is { } requiredProperty && entity.EfType.FindProperty(requiredProperty.Name) is not null)
                        Assign(assignments, requiredProperty, source);

            var isNavigationOnly = false;
            if (!field.Metadata.TryGetValue(FieldMetadataKeys.Member, out var lambda) || lambda is not LambdaExpression access)
            {
                if (!field.Metadata.TryGetValue(NavigationKey, out lambda) || lambda is not LambdaExpression navigationAccess) continue;
                access = navigationAccess;
                isNavigationOnly = true;
            }
            if (PropertyOf(access) is not { CanWrite: true } property) continue;

            if (!isNavigationOnly && entity.EfType.FindProperty(property.Name) is { PropertyInfo: not null })
            {
                Assign(assignments, property, source);
            }
            else if (entity.EfType.FindNavigation(property.Name) is { } navigation && field.Type.GetNamedType() is ObjectType targetType)
            {
                var target = navigation.TargetEntityType.ClrType;
                var read = Expression.Property(source, property);
                if (navigation.IsCollection)
                {
                    var element = Expression.Parameter(target, char.ToLowerInvariant(target.Name[0]).ToString());
                    var projectedElement = Build(context, catalog, target, targetType, subSelections, element);
                    var select = Expression.Call(EnumerableMethod(nameof(Enumerable.Select), target, target), read, Expression.Lambda(projectedElement, element));
                    var materialize = property.PropertyType.IsArray
                        ? Expression.Call(EnumerableMethod(nameof(Enumerable.ToArray), target), select)
                        : Expression.Call(EnumerableMethod(nameof(Enumerable.ToList), target), select);
                    assignments[property.Name] = Expression.Bind(property, Expression.Convert(materialize, property.PropertyType));
                }
                else
                {
                    var projected = Build(context, catalog, target, targetType, subSelections, read);
                    var nullValue = Expression.Constant(null, property.PropertyType);
                    assignments[property.Name] = Expression.Bind(property,
                        Expression.Condition(Expression.Equal(read, nullValue), nullValue, Expression.Convert(projected, property.PropertyType)));
                }
            }
        }
        return Expression.MemberInit(Expression.New(clrType), assignments.Values);
    }

    private static void Assign(Dictionary<string, MemberAssignment> assignments, PropertyInfo property, Expression source)
    {
        if (property.CanWrite && !assignments.ContainsKey(property.Name))
            assignments[property.Name] = Expression.Bind(property, Expression.Property(source, property));
    }

    private static PropertyInfo? PropertyOf(LambdaExpression lambda) =>
        lambda.Body is MemberExpression { Member: PropertyInfo property } access && access.Expression == lambda.Parameters[0] ? property : null;

    private static MethodInfo EnumerableMethod(string name, params Type[] arguments) =>
        EnumerableMethods.GetOrAdd((arguments[0], name + arguments.Length), _ => typeof(Enumerable).GetMethods()
            .First(m => m.Name == name && m.GetGenericArguments().Length == arguments.Length && m.GetParameters().Length == (name == nameof(Enumerable.Select) ? 2 : 1)
                        && (name != nameof(Enumerable.Select) || m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2))
            .MakeGenericMethod(arguments));
}
