using System.Collections;
using System.Text;
using RescueGraph.GraphQL.Types;

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
                $"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(Suggestions.List(key, FieldNames(type)))));
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

/// <summary>graphql-js <c>suggestionList</c> and <c>didYouMean</c>: close names by Damerau-Levenshtein distance.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>" Did you mean "a", "b", or "c"?" — or the empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0) return "";
        var builder = new StringBuilder(" Did you mean ");
        if (subMessage is not null) builder.Append(subMessage).Append(' ');
        switch (suggestions.Count)
        {
            case 1:
                return builder.Append('"').Append(suggestions[0]).Append("\"?").ToString();
            case 2:
                return builder.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }
        var shown = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < shown - 1; i++) builder.Append('"').Append(suggestions[i]).Append("\", ");
        return builder.Append("or \"").Append(suggestions[shown - 1]).Append("\"?").ToString();
    }

    /// <summary>The options close enough to <paramref name="input"/>, nearest first, ties in natural order.</summary>
    public static IReadOnlyList<string> List(string input, IReadOnlyList<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        for (var i = 0; i < options.Count; i++)
        {
            var distance = Measure(input, inputLower, options[i], threshold);
            if (distance is not null) found.Add((options[i], distance.Value));
        }
        found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new string[found.Count];
        for (var i = 0; i < result.Length; i++) result[i] = found[i].Option;
        return result;
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option) return 0;
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower) return 1;

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length) (a, b) = (b, a);
        if (a.Length - b.Length > threshold) return null;

        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[0][j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                if (currentCell < smallestCell) smallestCell = currentCell;
                currentRow[j] = currentCell;
            }
            if (smallestCell > threshold) return null;
        }

        var result = rows[a.Length % 3][b.Length];
        return result <= threshold ? result : null;
    }

    /// <summary>graphql-js <c>naturalCompare</c>: digit runs compare by number, other characters by code.</summary>
    private static int NaturalCompare(string a, string b)
    {
        int aIndex = 0, bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (char.IsAsciiDigit(aChar) && char.IsAsciiDigit(bChar))
            {
                var aNum = 0L;
                do { aNum = aNum * 10 + (a[aIndex] - '0'); aIndex++; } while (aIndex < a.Length && char.IsAsciiDigit(a[aIndex]) && aNum != 0);
                var bNum = 0L;
                do { bNum = bNum * 10 + (b[bIndex] - '0'); bIndex++; } while (bIndex < b.Length && char.IsAsciiDigit(b[bIndex]) && bNum != 0);
                if (aNum < bNum) return -1;
                if (aNum > bNum) return 1;
            }
            else
            {
                if (aChar < bChar) return -1;
                if (aChar > bChar) return 1;
                aIndex++;
                bIndex++;
            }
        }
        return a.Length - b.Length;
    }
}
