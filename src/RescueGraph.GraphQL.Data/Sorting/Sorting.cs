using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using RescueGraph.GraphQL.Data.Filtering;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Sorting;

/// <summary>One key of a total order: a column (possibly through to-one navigations) and its direction.</summary>
internal sealed class OrderKey(string path, Expression body, ScalarOperand operand, bool descending)
{
    /// <summary>The GraphQL path, e.g. <c>shelter.name</c>; with the direction it makes the cursor's shape.</summary>
    public string Path { get; } = path;

    /// <summary>The key over the query's row parameter.</summary>
    public Expression Body { get; } = body;
    public ScalarOperand Operand { get; } = operand;
    public bool Descending { get; } = descending;
}

/// <summary>HotChocolate 14's sort inputs (<c>&lt;Name&gt;SortInput</c>, <c>SortEnumType</c>) and their translation to ORDER BY.</summary>
internal static class SortTranslator
{
    public const string SortEnumTypeName = "SortEnumType";
    private static readonly ConcurrentDictionary<(string, Type, Type), MethodInfo> OrderMethods = new();

    public static string EnsureSortInput(DataCatalog catalog, EntityInfo entity)
    {
        if (catalog.Claim(SortEnumTypeName))
            catalog.Schema.Type(new EnumType(SortEnumTypeName, [new EnumValueDefinition("ASC", "ASC"), new EnumValueDefinition("DESC", "DESC")]));
        var name = entity.SortInputName;
        if (!catalog.Claim(name)) return name;
        var fields = new List<(string Name, string Type)>();
        foreach (var member in entity.Members)
        {
            if (member.Kind == MemberKind.Scalar && member.Sortable) fields.Add((member.GraphQLName, SortEnumTypeName));
            else if (member.Kind == MemberKind.Reference) fields.Add((member.GraphQLName, EnsureSortInput(catalog, catalog.GetEntity(member.Target!))));
        }
        catalog.Schema.InputObject<object>(name, input =>
        {
            foreach (var (fieldName, type) in fields) input.Field(fieldName, type);
        });
        return name;
    }

    /// <summary>
    /// The keys of the requested order (or the entity's default), with the primary key appended as the final
    /// tie-breaker so the order is total and cursors stay stable.
    /// </summary>
    public static List<OrderKey> ResolveKeys(DataCatalog catalog, EntityInfo entity, IReadOnlyList<object?>? order, ParameterExpression row)
    {
        var keys = new List<OrderKey>();
        if (order is not null)
        {
            for (var i = 0; i < order.Count; i++)
                if (order[i] is IReadOnlyDictionary<string, object?> map) AddKeys(catalog, entity, map, row, "", keys);
        }
        else if (entity.DefaultOrder is { } defaultOrder)
        {
            var body = ReplaceParameter(defaultOrder, row);
            keys.Add(new OrderKey("$default", body, ScalarOperand.For(body.Type)!, entity.DefaultOrderDescending));
        }

        var primaryKey = Expression.Property(row, entity.Key);
        var keyPath = char.ToLowerInvariant(entity.Key.Name[0]) + entity.Key.Name[1..];
        var hasKey = false;
        foreach (var key in keys)
            if (key.Path == keyPath) hasKey = true;
        if (!hasKey) keys.Add(new OrderKey(keyPath, primaryKey, ScalarOperand.For(entity.Key.PropertyType)!, descending: false));
        return keys;
    }

    private static void AddKeys(DataCatalog catalog, EntityInfo entity, IReadOnlyDictionary<string, object?> input, Expression instance, string prefix, List<OrderKey> keys)
    {
        foreach (var (name, value) in input)
        {
            if (value is null) continue;
            var member = entity.FindMember(name);
            if (member is null || member.Kind == MemberKind.Collection || !member.Sortable) throw new GraphQLError($"{entity.SortInputName} has no field {name}.");
            var access = Expression.Property(instance, member.Property);
            if (member.Kind == MemberKind.Reference)
            {
                AddKeys(catalog, catalog.GetEntity(member.Target!), (IReadOnlyDictionary<string, object?>)value, access, prefix + name + ".", keys);
                continue;
            }
            keys.Add(new OrderKey(prefix + name, access, member.Operand!, descending: (string)value == "DESC"));
        }
    }

    /// <summary>ORDER BY the keys; <paramref name="reverse"/> flips every direction (reading a page backwards for <c>last</c>).</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, List<OrderKey> keys, ParameterExpression row, bool reverse)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var descending = key.Descending != reverse;
            var name = i == 0
                ? descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy)
                : descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy);
            var method = OrderMethods.GetOrAdd((name, typeof(T), key.Body.Type), static k => typeof(Queryable).GetMethods()
                .First(m => m.Name == k.Item1 && m.GetParameters().Length == 2)
                .MakeGenericMethod(k.Item2, k.Item3));
            expression = Expression.Call(method, expression, Expression.Quote(Expression.Lambda(key.Body, row)));
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    /// <summary>
    /// Rows strictly after (or, with <paramref name="before"/>, strictly before) the cursor row in the order of
    /// <paramref name="keys"/>, as the expanded OR form: k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR …. NULL sorts
    /// as PostgreSQL sorts it by default: last ascending, first descending, i.e. as the greatest value.
    /// </summary>
    public static Expression KeysetCondition(List<OrderKey> keys, object?[] values, bool before)
    {
        Expression? result = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var after = Beyond(key, values[i], greater: key.Descending == before);
            var term = equalSoFar is null ? after : Expression.AndAlso(equalSoFar, after);
            result = result is null ? term : Expression.OrElse(result, term);
            var equal = values[i] is null
                ? Expression.Equal(key.Body, Expression.Constant(null, key.Body.Type))
                : Expression.Equal(key.Body, key.Operand.Parameter(values[i]));
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        return result!;
    }

    /// <summary>Key values greater (or less) than <paramref name="value"/>, where NULL is greater than every value.</summary>
    private static Expression Beyond(OrderKey key, object? value, bool greater)
    {
        var body = key.Body;
        var isNull = key.Operand.IsNullable ? Expression.Equal(body, Expression.Constant(null, body.Type)) : null;
        if (value is null)
            return greater ? Expression.Constant(false) : isNull is null ? Expression.Constant(true) : Expression.Not(isNull);
        var parameter = key.Operand.Parameter(value);
        if (greater)
        {
            var comparison = key.Operand.GreaterThan(body, parameter);
            return isNull is null ? comparison : Expression.OrElse(comparison, isNull);
        }
        return key.Operand.LessThan(body, parameter);
    }

    private static Expression ReplaceParameter(LambdaExpression lambda, ParameterExpression parameter) =>
        new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
