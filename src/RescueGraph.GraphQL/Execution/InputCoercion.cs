using System.Collections;
using System.Text;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Validation;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// Receives one input coercion error: the path inside the input (field names and list indices), the
/// value that was invalid there, and the error describing why.
/// </summary>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

/// <summary>
/// Coerces an external (JSON-like) input value to a type's internal value (graphql-js
/// <c>coerceInputValue</c>), with graphql-js's messages. Input objects become
/// <see cref="Dictionary{TKey,TValue}"/>s of string to value, lists <see cref="List{T}"/>s of values.
/// </summary>
public static class InputCoercion
{
    /// <summary>
    /// Coerces <paramref name="input"/>. Each problem goes to <paramref name="onError"/>; without one, the
    /// first problem throws a <see cref="GraphQLError"/> reading <c>Invalid value … at "value.a": reason</c>.
    /// Where a value was invalid the result holds null in its place.
    /// </summary>
    public static object? Coerce(object? input, GraphQLType type, InputCoercionErrorHandler? onError = null) =>
        CoerceAt(input, type, onError ?? ThrowOnError, null);

    private static void ThrowOnError(IReadOnlyList<object> path, object? invalidValue, GraphQLError error)
    {
        var message = "Invalid value " + ValueInspector.Inspect(invalidValue);
        if (path.Count > 0) message += " at \"value" + PrintPath(path) + "\"";
        throw new GraphQLError(message + ": " + error.Message, error.Locations, error.Path, error.Extensions, error.InnerException ?? error);
    }

    /// <summary>graphql-js <c>printPathArray</c>: <c>.name</c> for fields, <c>[0]</c> for list indices.</summary>
    internal static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < path.Count; i++)
        {
            if (path[i] is int index) builder.Append('[').Append(index).Append(']');
            else builder.Append('.').Append(path[i]);
        }
        return builder.ToString();
    }

    private static object? CoerceAt(object? input, GraphQLType type, InputCoercionErrorHandler onError, InputPath? path)
    {
        if (type is NonNullType nonNull)
        {
            if (input is not null) return CoerceAt(input, nonNull.OfType, onError, path);
            onError(InputPath.ToList(path), input, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (input is null) return null;

        switch (type)
        {
            case ListType list:
                if (InputMap.IsList(input))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)input)
                        items.Add(CoerceAt(item, list.OfType, onError, new InputPath(path, index++)));
                    return items;
                }
                // A single value stands for a list of one.
                return new List<object?>(1) { CoerceAt(input, list.OfType, onError, path) };

            case InputObjectType inputObject:
                return CoerceInputObject(input, inputObject, onError, path);

            case ScalarType scalar:
                return CoerceLeaf(input, scalar, onError, path);

            case EnumType enumType:
                return CoerceLeaf(input, enumType, onError, path);

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static object? CoerceInputObject(object input, InputObjectType type, InputCoercionErrorHandler onError, InputPath? path)
    {
        if (!InputMap.IsMap(input))
        {
            onError(InputPath.ToList(path), input, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var fields = type.Fields;
        var coerced = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (!InputMap.TryGetValue(input, field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                else if (field.Type is NonNullType)
                    onError(InputPath.ToList(path), input,
                        new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                continue;
            }
            coerced[field.Name] = CoerceAt(fieldValue, field.Type, onError, new InputPath(path, field.Name));
        }

        foreach (var key in InputMap.Keys(input))
        {
            if (type.GetField(key) is not null) continue;
            onError(InputPath.ToList(path), input, new GraphQLError(
                $"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(Suggestions.SuggestionList(key, FieldNames(type)))));
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
                onError(InputPath.ToList(path), input, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));

            // graphql-js checks its first key even after reporting a wrong count.
            foreach (var (key, value) in coerced)
            {
                if (value is null)
                {
                    var fieldPath = new List<object>(InputPath.ToList(path)) { key };
                    onError(fieldPath, null, new GraphQLError($"Field \"{key}\" must be non-null."));
                }
                break;
            }
        }

        return coerced;
    }

    private static object? CoerceLeaf(object input, NamedType type, InputCoercionErrorHandler onError, InputPath? path)
    {
        object? parsed;
        try
        {
            parsed = type is EnumType enumType ? enumType.ParseValue(input) : ((ScalarType)type).ParseValue(input);
        }
        catch (GraphQLError error)
        {
            onError(InputPath.ToList(path), input, error);
            return null;
        }
        catch (Exception exception)
        {
            // A custom scalar's own exception: graphql-js wraps non-GraphQL errors the same way.
            onError(InputPath.ToList(path), input, new GraphQLError($"Expected type \"{type.Name}\". {exception.Message}", innerException: exception));
            return null;
        }
        return parsed;
    }

    private static IReadOnlyList<string> FieldNames(InputObjectType type)
    {
        var fields = type.Fields;
        var names = new string[fields.Count];
        for (var i = 0; i < names.Length; i++) names[i] = fields[i].Name;
        return names;
    }

    /// <summary>A path inside an input value, linked backwards so that building it costs nothing until an error needs it.</summary>
    private sealed class InputPath(InputPath? previous, object key)
    {
        private readonly InputPath? _previous = previous;
        private readonly object _key = key;

        public static IReadOnlyList<object> ToList(InputPath? path)
        {
            if (path is null) return Array.Empty<object>();
            var count = 0;
            for (var node = path; node is not null; node = node._previous) count++;
            var segments = new object[count];
            for (var node = path; node is not null; node = node._previous) segments[--count] = node._key;
            return segments;
        }
    }
}

/// <summary>Reads JSON-like input values: maps of string keys and lists, whatever their CLR collection type.</summary>
internal static class InputMap
{
    public static bool IsMap(object value) => value is IDictionary<string, object?> or IReadOnlyDictionary<string, object?>;

    /// <summary>JavaScript's "iterable object": any enumerable except strings and maps.</summary>
    public static bool IsList(object value) => value is IEnumerable and not string && !IsMap(value);

    public static bool TryGetValue(object map, string key, out object? value)
    {
        switch (map)
        {
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(key, out value);
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(key, out value);
            default:
                value = null;
                return false;
        }
    }

    public static IEnumerable<string> Keys(object map) => map switch
    {
        IDictionary<string, object?> dictionary => dictionary.Keys,
        IReadOnlyDictionary<string, object?> readOnly => readOnly.Keys,
        _ => Array.Empty<string>(),
    };
}
