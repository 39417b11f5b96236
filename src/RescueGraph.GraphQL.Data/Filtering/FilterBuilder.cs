using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace RescueGraph.GraphQL.Data.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> value into a predicate expression EF Core translates to SQL. Values become
/// SQL parameters, so every request with the same filter shape reuses one cached query plan.
/// </summary>
internal static class FilterBuilder
{
    private static readonly MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions)
        .GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly Expression Functions = Expression.Property(null, typeof(EF).GetProperty(nameof(EF.Functions))!);
    private static readonly ConcurrentDictionary<(Type, string), MethodInfo> EnumerableMethods = new();

    /// <summary>The predicate for <paramref name="filter"/> over <paramref name="entity"/>, or null when it filters nothing.</summary>
    public static Expression<Func<T, bool>>? Build<T>(DataCatalog catalog, EntityInfo entity, IReadOnlyDictionary<string, object?> filter)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        var body = EntityFilter(catalog, entity, filter, parameter);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    /// <summary>
    /// <paramref name="query"/>.Where(<paramref name="predicate"/>), with the predicate's subqueries (see
    /// <see cref="UniqueReferenceLookup"/>) bound to the query's provider: EF refuses a query root of no or another context.
    /// </summary>
    public static IQueryable<T> Where<T>(IQueryable<T> query, Expression<Func<T, bool>> predicate) =>
        query.Where(query.Provider is IAsyncQueryProvider provider ? (Expression<Func<T, bool>>)new RootBinder(provider).Visit(predicate) : predicate);

    private sealed class RootBinder(IAsyncQueryProvider provider) : ExpressionVisitor
    {
        protected override Expression VisitExtension(Expression node) =>
            node is EntityQueryRootExpression { QueryProvider: null } root ? new EntityQueryRootExpression(provider, root.EntityType) : base.VisitExtension(node);
    }

    private static Expression? EntityFilter(DataCatalog catalog, EntityInfo entity, IReadOnlyDictionary<string, object?> filter, Expression instance)
    {
        Expression? result = null;
        foreach (var (name, value) in filter)
        {
            if (value is null) continue;
            Expression? condition;
            switch (name)
            {
                case "and":
                    condition = Combine(catalog, entity, (IReadOnlyList<object?>)value, instance, Expression.AndAlso);
                    break;
                case "or":
                    condition = Combine(catalog, entity, (IReadOnlyList<object?>)value, instance, Expression.OrElse);
                    break;
                default:
                    var member = entity.FindMember(name) ?? throw new GraphQLError($"{entity.FilterInputName} has no field {name}.");
                    var access = Expression.Property(instance, member.Property);
                    var map = (IReadOnlyDictionary<string, object?>)value;
                    condition = member.Kind switch
                    {
                        MemberKind.Scalar => OperationFilter(member.Operand!, map, access),
                        MemberKind.Reference => ReferenceFilter(catalog, entity, member, map, instance, access),
                        _ => ListFilter(catalog, catalog.GetEntity(member.Target!), map, access),
                    };
                    break;
            }
            result = And(result, condition);
        }
        return result;
    }

    /// <summary>A to-one relation's filter: a scalar subquery on the foreign key when it pins a unique column, else through the join.</summary>
    private static Expression? ReferenceFilter(DataCatalog catalog, EntityInfo entity, EntityMember member, IReadOnlyDictionary<string, object?> filter,
        Expression instance, Expression access)
    {
        var target = catalog.GetEntity(member.Target!);
        if (UniqueReferenceLookup.For(entity, member, target) is not { } lookup || !lookup.Pins(filter))
            return EntityFilter(catalog, target, filter, access);
        var related = Expression.Parameter(target.ClrType, "r");
        var condition = EntityFilter(catalog, target, filter, related);
        return condition is null ? null : lookup.Build(instance, related, condition);
    }

    private static Expression? Combine(DataCatalog catalog, EntityInfo entity, IReadOnlyList<object?> filters, Expression instance,
        Func<Expression, Expression, BinaryExpression> combine)
    {
        Expression? result = null;
        for (var i = 0; i < filters.Count; i++)
        {
            if (filters[i] is not IReadOnlyDictionary<string, object?> map) continue;
            var condition = EntityFilter(catalog, entity, map, instance);
            if (condition is null) continue;
            result = result is null ? condition : combine(result, condition);
        }
        return result;
    }

    private static Expression? ListFilter(DataCatalog catalog, EntityInfo target, IReadOnlyDictionary<string, object?> filter, Expression collection)
    {
        Expression? result = null;
        foreach (var (operation, value) in filter)
        {
            if (value is null) continue;
            Expression condition;
            if (operation == "any")
            {
                var any = Expression.Call(EnumerableMethod(target.ClrType, nameof(Enumerable.Any), 1), collection);
                condition = (bool)value ? any : Expression.Not(any);
            }
            else
            {
                var element = Expression.Parameter(target.ClrType, "x");
                var body = EntityFilter(catalog, target, (IReadOnlyDictionary<string, object?>)value, element) ?? Expression.Constant(true);
                var predicate = Expression.Lambda(body, element);
                condition = operation switch
                {
                    "some" => Expression.Call(EnumerableMethod(target.ClrType, nameof(Enumerable.Any), 2), collection, predicate),
                    "none" => Expression.Not(Expression.Call(EnumerableMethod(target.ClrType, nameof(Enumerable.Any), 2), collection, predicate)),
                    "all" => Expression.Call(EnumerableMethod(target.ClrType, nameof(Enumerable.All), 2), collection, predicate),
                    _ => throw new GraphQLError($"{target.ListFilterInputName} has no field {operation}."),
                };
            }
            result = And(result, condition);
        }
        return result;
    }

    private static Expression? OperationFilter(ScalarOperand operand, IReadOnlyDictionary<string, object?> filter, Expression field)
    {
        Expression? result = null;
        foreach (var (operation, value) in filter)
        {
            Expression? condition = operation switch
            {
                "and" => CombineOperations(operand, value, field, Expression.AndAlso),
                "or" => CombineOperations(operand, value, field, Expression.OrElse),
                "eq" => Equal(operand, field, value),
                "neq" => Expression.Not(Equal(operand, field, value)),
                "in" => In(operand, field, Operand<IReadOnlyList<object?>>(operand, operation, value)),
                "nin" => Expression.Not(In(operand, field, Operand<IReadOnlyList<object?>>(operand, operation, value))),
                "contains" => Contains(field, Operand<string>(operand, operation, value)),
                "ncontains" => Expression.Not(Contains(field, Operand<string>(operand, operation, value))),
                "startsWith" => Expression.Call(field, StartsWith, operand.Parameter(Operand<string>(operand, operation, value))),
                "nstartsWith" => Expression.Not(Expression.Call(field, StartsWith, operand.Parameter(Operand<string>(operand, operation, value)))),
                "endsWith" => Expression.Call(field, EndsWith, operand.Parameter(Operand<string>(operand, operation, value))),
                "nendsWith" => Expression.Not(Expression.Call(field, EndsWith, operand.Parameter(Operand<string>(operand, operation, value)))),
                "gt" => operand.GreaterThan(field, Comparand(operand, operation, value)),
                "ngt" => Expression.Not(operand.GreaterThan(field, Comparand(operand, operation, value))),
                "gte" => operand.Compare(field, Comparand(operand, operation, value), ExpressionType.GreaterThanOrEqual),
                "ngte" => Expression.Not(operand.Compare(field, Comparand(operand, operation, value), ExpressionType.GreaterThanOrEqual)),
                "lt" => operand.LessThan(field, Comparand(operand, operation, value)),
                "nlt" => Expression.Not(operand.LessThan(field, Comparand(operand, operation, value))),
                "lte" => operand.Compare(field, Comparand(operand, operation, value), ExpressionType.LessThanOrEqual),
                "nlte" => Expression.Not(operand.Compare(field, Comparand(operand, operation, value), ExpressionType.LessThanOrEqual)),
                _ => throw new GraphQLError($"{operand.InputTypeName} has no field {operation}."),
            };
            result = And(result, condition);
        }
        return result;
    }

    private static Expression? CombineOperations(ScalarOperand operand, object? value, Expression field, Func<Expression, Expression, BinaryExpression> combine)
    {
        if (value is not IReadOnlyList<object?> list) return null;
        Expression? result = null;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not IReadOnlyDictionary<string, object?> map) continue;
            var condition = OperationFilter(operand, map, field);
            if (condition is null) continue;
            result = result is null ? condition : combine(result, condition);
        }
        return result;
    }

    // HotChocolate reads eq: null as IS NULL; a non-nullable column is never null.
    private static Expression Equal(ScalarOperand operand, Expression field, object? value) =>
        value is null
            ? operand.IsNullable ? Expression.Equal(field, Expression.Constant(null, field.Type)) : Expression.Constant(false)
            : Expression.Equal(field, operand.EqualityValue(value));

    private static Expression In(ScalarOperand operand, Expression field, IReadOnlyList<object?> values)
    {
        var hasNull = false;
        var nonNull = new List<object?>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null) hasNull = true;
            else nonNull.Add(values[i]);
        }
        Expression condition = Expression.Call(operand.Contains, operand.ListParameter(nonNull), field);
        if (hasNull && operand.IsNullable) condition = Expression.OrElse(Expression.Equal(field, Expression.Constant(null, field.Type)), condition);
        return condition;
    }

    /// <summary>Case-insensitive contains as ILIKE '%…%' with the user's % and _ escaped, so a pg_trgm GIN index can serve it.</summary>
    private static Expression Contains(Expression field, string value)
    {
        var pattern = "%" + value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        // EF's two-argument ILike disables escaping (ESCAPE ''); name the escape character explicitly.
        return Expression.Call(ILike, Functions, field, ScalarOperand.For(typeof(string))!.Parameter(pattern), Expression.Constant("\\"));
    }

    private static Expression Comparand(ScalarOperand operand, string operation, object? value) =>
        operand.Parameter(Operand<object>(operand, operation, value));

    private static TValue Operand<TValue>(ScalarOperand operand, string operation, object? value) =>
        value is TValue typed ? typed : throw DataErrors.InvalidFilterValue(operation, operand.InputTypeName);

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    private static MethodInfo EnumerableMethod(Type element, string name, int parameterCount) =>
        EnumerableMethods.GetOrAdd((element, name + parameterCount), key => typeof(Enumerable).GetMethods()
            .First(m => m.Name == name && m.GetParameters().Length == parameterCount)
            .MakeGenericMethod(key.Item1));
}
