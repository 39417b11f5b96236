using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace RescueGraph.GraphQL.Data.Filtering;

/// <summary>
/// A filter on a to-one relation that names the related row by a unique column (<c>organization: { slug: { eq: $s } }</c>)
/// becomes a comparison of the foreign key with a scalar subquery:
/// <code>organization_id = (SELECT id FROM organizations WHERE slug = @s … LIMIT 1)</code>
/// instead of a join. PostgreSQL runs the subquery once (an InitPlan) and uses its value as an index condition on the
/// foreign key, so an index such as <c>(organization_id, status, published_at DESC, id DESC)</c> serves the filter and
/// the order together; a join leaves the planner no ordered path and it sorts every matching row. Exact only because at
/// most one related row can match an equality on a unique column (key, alternate key or unique index in the EF model);
/// any other filter of the relation keeps the join.
/// </summary>
internal sealed class UniqueReferenceLookup
{
    private static readonly ConcurrentDictionary<(Type, string), UniqueReferenceLookup?> Cache = new();

    private readonly PropertyInfo _foreignKey;
    private readonly IEntityType _target;
    private readonly MethodInfo _where;
    private readonly MethodInfo _select;
    private readonly MethodInfo _firstOrDefault;
    private readonly PropertyInfo _principalKey;
    private readonly Type _nullableKey;
    private readonly HashSet<string> _uniqueMembers;

    private UniqueReferenceLookup(PropertyInfo foreignKey, IEntityType target, PropertyInfo principalKey, HashSet<string> uniqueMembers)
    {
        _foreignKey = foreignKey;
        _target = target;
        _principalKey = principalKey;
        _uniqueMembers = uniqueMembers;
        _nullableKey = principalKey.PropertyType.IsValueType && Nullable.GetUnderlyingType(principalKey.PropertyType) is null
            ? typeof(Nullable<>).MakeGenericType(principalKey.PropertyType)
            : principalKey.PropertyType;
        _where = QueryableMethod(nameof(Queryable.Where), 2, 2).MakeGenericMethod(target.ClrType);
        _select = QueryableMethod(nameof(Queryable.Select), 2, 2).MakeGenericMethod(target.ClrType, _nullableKey);
        _firstOrDefault = QueryableMethod(nameof(Queryable.FirstOrDefault), 1, 1).MakeGenericMethod(_nullableKey);
    }

    /// <summary>The lookup for <paramref name="member"/> of <paramref name="entity"/>, or null when it is not a single-column foreign key to a key.</summary>
    public static UniqueReferenceLookup? For(EntityInfo entity, EntityMember member, EntityInfo target) =>
        Cache.GetOrAdd((entity.ClrType, member.Property.Name), _ => Create(entity, member, target));

    private static UniqueReferenceLookup? Create(EntityInfo entity, EntityMember member, EntityInfo target)
    {
        if (entity.EfType.FindNavigation(member.Property.Name) is not { IsCollection: false, IsOnDependent: true } navigation) return null;
        var foreignKey = navigation.ForeignKey;
        if (foreignKey.Properties.Count != 1 || foreignKey.PrincipalKey.Properties.Count != 1) return null;
        if (foreignKey.Properties[0].PropertyInfo is not { } dependentProperty || foreignKey.PrincipalKey.Properties[0].PropertyInfo is not { } principalProperty)
            return null;
        var unique = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in target.Members)
        {
            if (candidate.Kind != MemberKind.Scalar || target.EfType.FindProperty(candidate.Property.Name) is not { } property) continue;
            if (property.IsKey() || property.IsUniqueIndex()) unique.Add(candidate.GraphQLName);
        }
        return unique.Count == 0 ? null : new UniqueReferenceLookup(dependentProperty, target.EfType, principalProperty, unique);
    }

    /// <summary>Whether <paramref name="filter"/> (a relation's filter, its fields ANDed) pins the related row by a unique column.</summary>
    public bool Pins(IReadOnlyDictionary<string, object?> filter)
    {
        foreach (var (name, value) in filter)
            if (_uniqueMembers.Contains(name) && value is IReadOnlyDictionary<string, object?> operations
                && operations.TryGetValue("eq", out var equal) && equal is not null)
                return true;
        return false;
    }

    /// <summary><c>instance.ForeignKey == targets.Where(related).Select(t => (TKey?)t.Key).FirstOrDefault()</c>.</summary>
    public Expression Build(Expression instance, ParameterExpression related, Expression relatedCondition)
    {
        Expression rows = new EntityQueryRootExpression(_target);
        rows = Expression.Call(_where, rows, Expression.Quote(Expression.Lambda(relatedCondition, related)));
        var keyOf = Expression.Parameter(_target.ClrType, "k");
        rows = Expression.Call(_select, rows, Expression.Quote(Expression.Lambda(
            Expression.Convert(Expression.Property(keyOf, _principalKey), _nullableKey), keyOf)));
        var relatedKey = Expression.Call(_firstOrDefault, rows);
        var foreignKey = Expression.Property(instance, _foreignKey);
        var equal = Expression.Equal(foreignKey.Type == _nullableKey ? foreignKey : Expression.Convert(foreignKey, _nullableKey), relatedKey);
        // A NULL foreign key never matches (as with the join), whatever EF's null semantics make of NULL = NULL.
        return foreignKey.Type == _nullableKey
            ? Expression.AndAlso(Expression.NotEqual(foreignKey, Expression.Constant(null, foreignKey.Type)), equal)
            : equal;
    }

    private static MethodInfo QueryableMethod(string name, int parameters, int lambdaArity)
    {
        foreach (var method in typeof(Queryable).GetMethods())
        {
            if (method.Name != name || method.GetParameters().Length != parameters) continue;
            if (parameters == 1) return method;
            var lambda = method.GetParameters()[1].ParameterType.GetGenericArguments()[0];
            if (lambda.GetGenericArguments().Length == lambdaArity) return method;
        }
        throw new MissingMethodException(nameof(Queryable), name);
    }
}
