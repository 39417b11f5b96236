using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Filtering;

internal enum OperandKind { String, Comparable, Boolean, Enum }

/// <summary>
/// Everything the library does with values of one scalar CLR type (nullable or not): its operation filter
/// input, SQL parameters holding request values, comparisons for keyset paging. Created once per type and
/// cached; generic plumbing is instantiated here so requests run without reflection.
/// </summary>
internal sealed class ScalarOperand
{
    private static readonly ConcurrentDictionary<Type, ScalarOperand?> Cache = new();
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private ScalarOperand(Type type, Type underlying, OperandKind kind, string scalarName, string inputTypeName)
    {
        Type = type;
        Underlying = underlying;
        Kind = kind;
        ScalarName = scalarName;
        InputTypeName = inputTypeName;
        IsNullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
        var factory = typeof(ParameterFactory<>).MakeGenericType(type);
        Parameter = (Func<object?, Expression>)factory.GetMethod(nameof(ParameterFactory<int>.Single))!.CreateDelegate(typeof(Func<object?, Expression>));
        ListParameter = (Func<IReadOnlyList<object?>, Expression>)factory.GetMethod(nameof(ParameterFactory<int>.List))!
            .CreateDelegate(typeof(Func<IReadOnlyList<object?>, Expression>));
        Contains = typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(type);
    }

    /// <summary>The property's own type, e.g. <c>int?</c>.</summary>
    public Type Type { get; }
    public Type Underlying { get; }
    public OperandKind Kind { get; }
    public bool IsNullable { get; }

    /// <summary>The GraphQL scalar or enum name the operations take.</summary>
    public string ScalarName { get; }

    /// <summary>HotChocolate's operation input name, e.g. <c>IntOperationFilterInput</c>.</summary>
    public string InputTypeName { get; }

    /// <summary>A SQL parameter (not a constant: EF caches one plan for all values) holding a coerced request value.</summary>
    public Func<object?, Expression> Parameter { get; }

    /// <summary>
    /// The right side of an equality filter: a SQL literal for enums and booleans, a parameter for everything else.
    /// A literal lets PostgreSQL's plan see the value's frequency even when the statement is prepared and runs on a
    /// generic plan (a generic plan guessing <c>species = $1</c> read 35,000 rows per center in the nearby search,
    /// 152 ms instead of 22); their few values keep the number of statement texts small.
    /// </summary>
    public Expression EqualityValue(object? value) =>
        Kind is OperandKind.Enum or OperandKind.Boolean ? Expression.Constant(ToClr(value), Type) : Parameter(value);

    /// <summary>A SQL parameter holding a list, for <c>in</c>/<c>nin</c> (<c>= ANY(@p)</c>).</summary>
    public Func<IReadOnlyList<object?>, Expression> ListParameter { get; }

    /// <summary><c>Enumerable.Contains&lt;Type&gt;</c>.</summary>
    public MethodInfo Contains { get; }

    public static ScalarOperand? For(Type type) => Cache.GetOrAdd(type, Create);

    private static ScalarOperand? Create(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum) return new ScalarOperand(type, underlying, OperandKind.Enum, underlying.Name, underlying.Name + "OperationFilterInput");
        if (underlying == typeof(string)) return new ScalarOperand(type, underlying, OperandKind.String, "String", "StringOperationFilterInput");
        if (underlying == typeof(bool)) return new ScalarOperand(type, underlying, OperandKind.Boolean, "Boolean", "BooleanOperationFilterInput");
        var (scalar, input) = underlying switch
        {
            _ when underlying == typeof(int) || underlying == typeof(short) || underlying == typeof(byte) => ("Int", "IntOperationFilterInput"),
            _ when underlying == typeof(long) => (ExtendedScalars.Long.Name, "LongOperationFilterInput"),
            _ when underlying == typeof(decimal) => (ExtendedScalars.Decimal.Name, "DecimalOperationFilterInput"),
            _ when underlying == typeof(double) || underlying == typeof(float) => ("Float", "FloatOperationFilterInput"),
            _ when underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime) => (ExtendedScalars.DateTime.Name, "DateTimeOperationFilterInput"),
            _ when underlying == typeof(DateOnly) => (ExtendedScalars.Date.Name, "DateOperationFilterInput"),
            _ when underlying == typeof(Guid) => (ExtendedScalars.Uuid.Name, "UuidOperationFilterInput"),
            _ => (null, null),
        };
        return scalar is null ? null : new ScalarOperand(type, underlying, OperandKind.Comparable, scalar, input!);
    }

    /// <summary><paramref name="left"/> sorts after <paramref name="right"/> in ascending order (both non-null).</summary>
    public Expression GreaterThan(Expression left, Expression right) => Compare(left, right, ExpressionType.GreaterThan);

    public Expression LessThan(Expression left, Expression right) => Compare(left, right, ExpressionType.LessThan);

    /// <summary>
    /// <c>left op right</c> in the database's order: strings through <c>string.Compare</c> (which EF translates
    /// to the column comparison), enums through their numbers, booleans with false before true.
    /// </summary>
    public Expression Compare(Expression left, Expression right, ExpressionType comparison) => Kind switch
    {
        OperandKind.String => Expression.MakeBinary(comparison, Expression.Call(StringCompare, left, right), Expression.Constant(0)),
        OperandKind.Boolean => comparison switch
        {
            ExpressionType.GreaterThan => Expression.AndAlso(Expression.Equal(left, Expression.Constant(true, left.Type)), Expression.Equal(right, Expression.Constant(false, right.Type))),
            ExpressionType.LessThan => Expression.AndAlso(Expression.Equal(left, Expression.Constant(false, left.Type)), Expression.Equal(right, Expression.Constant(true, right.Type))),
            _ => throw new NotSupportedException("Booleans are only compared strictly."),
        },
        OperandKind.Enum => Expression.MakeBinary(comparison, ToUnderlyingNumber(left), ToUnderlyingNumber(right)),
        _ => Expression.MakeBinary(comparison, left, right),
    };

    private Expression ToUnderlyingNumber(Expression value)
    {
        var number = Enum.GetUnderlyingType(Underlying);
        return Expression.Convert(value, value.Type == Underlying ? number : typeof(Nullable<>).MakeGenericType(number));
    }

    /// <summary>A coerced GraphQL value (Int as int, DateTime as DateTimeOffset…) as this operand's CLR type.</summary>
    public object? ToClr(object? value)
    {
        if (value is null || Underlying.IsInstanceOfType(value)) return value;
        if (Underlying == typeof(DateTime) && value is DateTimeOffset instant) return instant.UtcDateTime;
        if (Underlying.IsEnum) return Enum.ToObject(Underlying, value);
        return System.Convert.ChangeType(value, Underlying, CultureInfo.InvariantCulture);
    }

    /// <summary>Holds a request value where EF Core reads it as a parameter (a captured closure field).</summary>
    private sealed class ParameterFactory<T>
    {
        private static readonly FieldInfo ValueField = typeof(ParameterFactory<T>).GetField(nameof(Value))!;
        private static readonly FieldInfo ListField = typeof(ParameterFactory<T>).GetField(nameof(Values))!;

        public T Value = default!;
        public List<T> Values = [];

        public static Expression Single(object? value) =>
            Expression.Field(Expression.Constant(new ParameterFactory<T> { Value = (T)For(typeof(T))!.ToClr(value)! }), ValueField);

        public static Expression List(IReadOnlyList<object?> values)
        {
            var operand = For(typeof(T))!;
            var list = new List<T>(values.Count);
            for (var i = 0; i < values.Count; i++) list.Add((T)operand.ToClr(values[i])!);
            return Expression.Field(Expression.Constant(new ParameterFactory<T> { Values = list }), ListField);
        }
    }
}
