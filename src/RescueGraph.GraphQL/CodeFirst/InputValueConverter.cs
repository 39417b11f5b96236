using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>
/// Converts a coerced input value (maps, lists, scalars) to <typeparamref name="T"/>. The conversion is
/// planned and compiled once per type; afterwards it runs without reflection.
/// </summary>
internal static class InputValueConverter<T>
{
    private static readonly Func<object?, object?> Converter = InputValueConverter.For(typeof(T));

    public static T? Convert(object? value) => value is T typed ? typed : (T?)Converter(value);
}

internal static class InputValueConverter
{
    private static readonly Dictionary<Type, Func<object?, object?>> Cache = new();
    private static readonly Lock CacheLock = new();

    public static Func<object?, object?> For(Type type)
    {
        lock (CacheLock)
        {
            if (Cache.TryGetValue(type, out var cached)) return cached;
        }
        var converter = Create(type);
        lock (CacheLock) Cache[type] = converter;
        return converter;
    }

    private static Func<object?, object?> Create(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(object)) return static value => value;
        if (underlying.IsEnum || underlying == typeof(string) || underlying == typeof(Guid) || underlying == typeof(Uri) ||
            underlying == typeof(DateTimeOffset) || underlying == typeof(DateOnly) || underlying == typeof(bool))
            return value => value is null || underlying.IsInstanceOfType(value) ? value : throw Mismatch(value, type);
        if (underlying.IsPrimitive || underlying == typeof(decimal))
            return value => value is null ? null : System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);

        var element = ElementType(underlying);
        if (element is not null) return CreateListConverter(underlying, element);
        return CreateObjectConverter(underlying);
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments().Length == 1)
            return type.GetGenericArguments()[0];
        return null;
    }

    private static Func<object?, object?> CreateListConverter(Type listType, Type elementType)
    {
        var convertElement = For(elementType);
        return value =>
        {
            if (value is null) return null;
            var items = (IList)value;
            var array = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++) array.SetValue(convertElement(items[i]), i);
            if (listType.IsArray || listType.IsAssignableFrom(array.GetType())) return array;
            return Activator.CreateInstance(listType, array);
        };
    }

    /// <summary>Compiles <c>map => new T { P1 = convert(map["p1"]), ... }</c> for the properties the map holds.</summary>
    private static Func<object?, object?> CreateObjectConverter(Type type)
    {
        var constructor = type.GetConstructor(Type.EmptyTypes)
            ?? throw new InvalidOperationException($"{type.Name} needs a parameterless constructor to be read from an input object.");
        var setters = new List<(string Name, Action<object, object?> Set)>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite) continue;
            var target = Expression.Parameter(typeof(object));
            var value = Expression.Parameter(typeof(object));
            var convertValue = For(property.PropertyType);
            var assign = Expression.Assign(
                Expression.Property(Expression.Convert(target, type), property),
                Expression.Convert(Expression.Invoke(Expression.Constant(convertValue), value), property.PropertyType));
            var setter = Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
            setters.Add((JsonNamingPolicyCamelCase(property.Name), setter));
        }
        var create = Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(constructor), typeof(object))).Compile();

        return value =>
        {
            if (value is null) return null;
            if (value is not IReadOnlyDictionary<string, object?> map) throw Mismatch(value, type);
            var instance = create();
            foreach (var (name, set) in setters)
                if (map.TryGetValue(name, out var fieldValue)) set(instance, fieldValue);
            return instance;
        };
    }

    private static string JsonNamingPolicyCamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static InvalidCastException Mismatch(object value, Type type) =>
        new($"The input value {value.GetType().Name} cannot be read as {type.Name}.");
}
