using System.Collections;
using System.Globalization;
using System.Text;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Utilities;

/// <summary>
/// Produces a literal for an internal input value (graphql-js <c>astFromValue</c>): the inverse of
/// <see cref="ValueFromAst"/>, used to print default values in introspection and SDL.
/// </summary>
public static class AstFromValue
{
    private static readonly NullValueNode NullLiteral = new();

    /// <summary>
    /// The literal for <paramref name="value"/> as a value of <paramref name="type"/>, or null when it has
    /// none (a null for a non-null type, or a non-map for an input object). Leaf values go through the
    /// type's <c>Serialize</c>, whose errors propagate, as in graphql-js.
    /// </summary>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var literal = Convert(value, nonNull.OfType);
            return literal is NullValueNode ? null : literal;
        }

        if (value is null) return NullLiteral;

        switch (type)
        {
            case ListType list:
                if (InputMap.IsList(value))
                {
                    var items = new List<ValueNode>();
                    foreach (var item in (IEnumerable)value)
                    {
                        var itemLiteral = Convert(item, list.OfType);
                        if (itemLiteral is not null) items.Add(itemLiteral);
                    }
                    return new ListValueNode { Values = items };
                }
                // A single value stands for a list of one, as input coercion allows.
                return Convert(value, list.OfType);

            case InputObjectType inputObject:
                if (!InputMap.IsMap(value)) return null;
                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields)
                {
                    // A missing key is graphql-js's undefined: no field at all, unlike an explicit null.
                    if (!InputMap.TryGetValue(value, field.Name, out var fieldValue)) continue;
                    var fieldLiteral = Convert(fieldValue, field.Type);
                    if (fieldLiteral is not null)
                        fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldLiteral });
                }
                return new ObjectValueNode { Fields = fields };

            case ScalarType scalar:
                return LeafLiteral(scalar.Serialize(value), scalar);

            case EnumType enumType:
                return LeafLiteral(enumType.Serialize(value), enumType);

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static ValueNode? LeafLiteral(object? serialized, NamedType type)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool boolean:
                return new BooleanValueNode { Value = boolean };
            case string text:
                if (type is EnumType) return new EnumValueNode { Value = text };
                if (ReferenceEquals(type, Scalars.ID) && IsIntegerString(text)) return new IntValueNode { Value = text };
                return new StringValueNode { Value = text };
        }

        if (Scalars.TryGetNumber(serialized, out var number) && double.IsFinite(number))
        {
            var text = Scalars.FormatNumber(number);
            return IsIntegerString(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
        }

        throw new GraphQLError($"Cannot convert value to AST: {ValueInspector.Inspect(serialized)}.");
    }

    /// <summary>graphql-js's <c>/^-?(?:0|[1-9][0-9]*)$/</c>.</summary>
    private static bool IsIntegerString(string text)
    {
        var start = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (start == text.Length) return false;
        if (text[start] == '0') return text.Length == start + 1;
        for (var i = start; i < text.Length; i++)
            if (text[i] is < '0' or > '9') return false;
        return true;
    }

    /// <summary>
    /// JavaScript's <c>String(number)</c> (ECMAScript Number::toString): the shortest round-trip digits,
    /// written plainly for decimal exponents from -6 to 21 and as <c>1.5e-7</c> / <c>1e+21</c> beyond.
    /// </summary>
    internal static string FormatJsNumber(double number)
    {
        if (number == 0) return "0";
        var roundTrip = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);

        // Split .NET's shortest form ("123.45" or "1.2345E-07") into digits and a decimal exponent.
        var exponentAt = roundTrip.IndexOf('E');
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var pointAt = mantissa.IndexOf('.');
        var digits = pointAt < 0 ? mantissa : mantissa.Remove(pointAt, 1);
        var pointPosition = (pointAt < 0 ? mantissa.Length : pointAt) + exponent;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits[leadingZeros..].TrimEnd('0');
        pointPosition -= leadingZeros;
        var k = digits.Length;
        var n = pointPosition;

        var builder = new StringBuilder();
        if (number < 0) builder.Append('-');
        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            builder.Append(digits[0]);
            if (k > 1) builder.Append('.').Append(digits, 1, k - 1);
            builder.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
