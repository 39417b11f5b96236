using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
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
            if (member.Kind == MemberKind.Scalar) fields.Add((member.GraphQLName, SortEnumTypeName));
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
            var access = ReplaceParameter(defaultOrder, row);
            var (body, operand) = access is MemberExpression { Member: PropertyInfo property } && entity.FindMember(Camel(property.Name)) is { Kind: MemberKind.Scalar } member
                ? SortableValue(member, access)
                : (access, ScalarOperand.For(access.Type)!);
            keys.Add(new OrderKey("$default", body, operand, entity.DefaultOrderDescending));
        }

        var primaryKey = Expression.Property(row, entity.Key);
        var keyPath = Camel(entity.Key.Name);
        var hasKey = false;
        foreach (var key in keys)
            if (key.Path == keyPath) hasKey = true;
        // The tie-breaker follows the last key's direction: with every key in one direction, one btree index
        // (e.g. published_at DESC, id DESC) serves the order and the keyset bound is a seekable row comparison.
        // It is an implementation detail (as in HotChocolate): cursors are opaque and carry the shape.
        if (!hasKey) keys.Add(new OrderKey(keyPath, primaryKey, ScalarOperand.For(entity.Key.PropertyType)!, descending: keys.Count > 0 && keys[^1].Descending));
        return keys;
    }

    private static void AddKeys(DataCatalog catalog, EntityInfo entity, IReadOnlyDictionary<string, object?> input, Expression instance, string prefix, List<OrderKey> keys)
    {
        foreach (var (name, value) in input)
        {
            if (value is null) continue;
            var member = entity.FindMember(name);
            if (member is null || member.Kind == MemberKind.Collection) throw new GraphQLError($"{entity.SortInputName} has no field {name}.");
            var access = Expression.Property(instance, member.Property);
            if (member.Kind == MemberKind.Reference)
            {
                AddKeys(catalog, catalog.GetEntity(member.Target!), (IReadOnlyDictionary<string, object?>)value, access, prefix + name + ".", keys);
                continue;
            }
            var (body, operand) = SortableValue(member, access);
            keys.Add(new OrderKey(prefix + name, body, operand, descending: (string)value == "DESC"));
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>What a scalar member sorts by: its column, or for an enum stored as text its declared rank.</summary>
    private static (Expression Body, ScalarOperand Operand) SortableValue(EntityMember member, Expression access)
    {
        if (!member.EnumStoredAsText) return (access, member.Operand!);
        var rank = EnumRank(access, member.Operand!);
        return (rank, ScalarOperand.For(rank.Type)!);
    }

    /// <summary>
    /// An enum stored as text, as its rank in declaration (numeric) order: <c>CASE WHEN x = 'dog' THEN 0 WHEN x = 'cat'
    /// THEN 1 … END</c>, which EF translates through the column's value converter. Sorting on the rank orders enums as
    /// integer-stored enums sort (and as the GraphQL enum lists its values), rather than alphabetically by stored name,
    /// and keyset cursors compare ranks, so the order and the page boundaries agree. NULL stays NULL (sorts last).
    /// </summary>
    internal static Expression EnumRank(Expression value, ScalarOperand operand)
    {
        var members = Enum.GetValuesAsUnderlyingType(operand.Underlying);
        var ordered = new List<object>(members.Length);
        foreach (var number in members) ordered.Add(Enum.ToObject(operand.Underlying, number));
        ordered.Sort(static (a, b) => ((IComparable)a).CompareTo(b));
        var rankType = operand.IsNullable ? typeof(int?) : typeof(int);
        Expression rank = Expression.Constant(ordered.Count - 1, rankType);
        for (var i = ordered.Count - 2; i >= 0; i--)
            rank = Expression.Condition(Expression.Equal(value, Expression.Constant(ordered[i], value.Type)), Expression.Constant(i, rankType), rank);
        return operand.IsNullable
            ? Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(null, rankType), rank)
            : rank;
    }

    /// <summary>ORDER BY the keys; <paramref name="reverse"/> flips every direction (reading a page backwards for <c>last</c>).</summary>
    /// <param name="thenBy">Continue an existing ordering (ThenBy…) instead of starting one.</param>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, List<OrderKey> keys, ParameterExpression row, bool reverse, bool thenBy = false)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var descending = key.Descending != reverse;
            var name = i == 0 && !thenBy
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
    /// <paramref name="keys"/>, in a form PostgreSQL can start an index scan from:
    /// <list type="bullet">
    /// <item>a row comparison <c>(k1, k2) &lt; (v1, v2)</c> when every key runs in one direction and NULLs cannot
    /// change the answer (see <see cref="RowComparison"/>);</item>
    /// <item>otherwise the expanded OR form <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR …</c> behind a redundant bound
    /// on the first key, <c>k1 &gt;= v1 AND (…)</c>, which gives the index its start; the OR alone gives none, so
    /// page N would cost a scan of N rows.</item>
    /// </list>
    /// NULL sorts as PostgreSQL sorts it by default: last ascending, first descending, i.e. as the greatest value.
    /// </summary>
    public static Expression KeysetCondition(List<OrderKey> keys, object?[] values, bool before)
    {
        if (RowComparison(keys, values, before) is { } row) return row;
        var expanded = ExpandedCondition(keys, values, before);
        if (keys.Count < 2) return expanded;
        var bound = AtOrBeyond(keys[0], values[0], greater: keys[0].Descending == before);
        return bound is null ? expanded : Expression.AndAlso(bound, expanded);
    }

    private static Expression ExpandedCondition(List<OrderKey> keys, object?[] values, bool before)
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

    /// <summary>
    /// Key values at or beyond <paramref name="value"/> (NULL the greatest): the first key's range, implied by the
    /// expanded condition, stated on its own so the planner can use it as an index condition. Null when it bounds nothing.
    /// </summary>
    private static Expression? AtOrBeyond(OrderKey key, object? value, bool greater)
    {
        var body = key.Body;
        if (value is null)
            return greater && key.Operand.IsNullable ? Expression.Equal(body, Expression.Constant(null, body.Type)) : null;
        if (key.Operand.Kind is OperandKind.Boolean) return null;
        var parameter = key.Operand.Parameter(value);
        var comparison = key.Operand.Compare(body, parameter, greater ? ExpressionType.GreaterThanOrEqual : ExpressionType.LessThanOrEqual);
        return greater && key.Operand.IsNullable
            ? Expression.OrElse(comparison, Expression.Equal(body, Expression.Constant(null, body.Type)))
            : comparison;
    }

    private static readonly Expression Functions = Expression.Property(null, typeof(EF).GetProperty(nameof(EF.Functions))!);
    private static readonly MethodInfo RowGreaterThan = typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.GreaterThan),
        [typeof(DbFunctions), typeof(ITuple), typeof(ITuple)])!;
    private static readonly MethodInfo RowLessThan = typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.LessThan),
        [typeof(DbFunctions), typeof(ITuple), typeof(ITuple)])!;

    /// <summary>
    /// <c>(k1, k2, …) &gt; (v1, v2, …)</c> (or &lt;), PostgreSQL's row comparison, which a btree index on the keys in
    /// that direction (or its exact reverse) takes as its scan start. Only where it means exactly the expanded form:
    /// every key in the same direction, 2 to 7 keys of types compared by their column order (numbers, times, ids,
    /// texts, enum ranks), no NULL in the cursor, and NULL rows excluded rightly — reading towards smaller values
    /// (NULL is the greatest value, never beyond) or no key can be NULL. Null when the form does not apply.
    /// </summary>
    private static Expression? RowComparison(List<OrderKey> keys, object?[] values, bool before)
    {
        if (keys.Count is < 2 or > 7) return null;
        var descending = keys[0].Descending;
        var greater = descending == before;
        var columns = new Expression[keys.Count];
        var bounds = new Expression[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key.Descending != descending || values[i] is null) return null;
            if (key.Operand.Kind is not (OperandKind.Comparable or OperandKind.String)) return null;
            if (greater && key.Operand.IsNullable) return null;
            columns[i] = key.Body;
            bounds[i] = key.Operand.Parameter(values[i]);
        }
        return Expression.Call(greater ? RowGreaterThan : RowLessThan, Functions,
            Expression.Convert(Tuple(columns), typeof(ITuple)), Expression.Convert(Tuple(bounds), typeof(ITuple)));
    }

    /// <summary><c>new ValueTuple&lt;…&gt;(items…)</c>.</summary>
    private static NewExpression Tuple(Expression[] items)
    {
        Type? Item(int i) => i < items.Length ? items[i].Type : null;
        var constructor = TupleConstructors.GetOrAdd((Item(0), Item(1), Item(2), Item(3), Item(4), Item(5), Item(6)), static key =>
        {
            Type?[] all = [key.Item1, key.Item2, key.Item3, key.Item4, key.Item5, key.Item6, key.Item7];
            var count = Array.IndexOf(all, null) is var end and >= 0 ? end : all.Length;
            var types = all[..count]!;
            return ValueTupleTypes[count - 2].MakeGenericType(types!).GetConstructor(types!)!;
        });
        return Expression.New(constructor, items);
    }

    private static readonly ConcurrentDictionary<(Type?, Type?, Type?, Type?, Type?, Type?, Type?), ConstructorInfo> TupleConstructors = new();

    private static readonly Type[] ValueTupleTypes =
        [typeof(ValueTuple<,>), typeof(ValueTuple<,,>), typeof(ValueTuple<,,,>), typeof(ValueTuple<,,,,>), typeof(ValueTuple<,,,,,>), typeof(ValueTuple<,,,,,,>)];

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

    /// <summary><paramref name="expression"/> with <paramref name="from"/> replaced by <paramref name="to"/> (e.g. the row by <c>pair.Entity</c>).</summary>
    public static Expression Rebind(Expression expression, ParameterExpression from, Expression to) => new ParameterReplacer(from, to).Visit(expression);

    /// <summary>The same keys over another expression of the row.</summary>
    public static List<OrderKey> Rebind(List<OrderKey> keys, ParameterExpression from, Expression to)
    {
        var rebound = new List<OrderKey>(keys.Count);
        foreach (var key in keys) rebound.Add(new OrderKey(key.Path, Rebind(key.Body, from, to), key.Operand, key.Descending));
        return rebound;
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
