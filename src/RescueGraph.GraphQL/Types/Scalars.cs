using System.Globalization;
using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Types;

/// <summary>The spec's built-in scalars (section 3.5), with graphql-js 16's coercion rules and messages.</summary>
public static class Scalars
{
    public static readonly ScalarType Int = new IntScalar();
    public static readonly ScalarType Float = new FloatScalar();
    public static readonly ScalarType String = new StringScalar();
    public static readonly ScalarType Boolean = new BooleanScalar();
    public static readonly ScalarType ID = new IdScalar();

    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>
    /// Reads any CLR number as a double, as JavaScript sees every number. Booleans are not numbers here.
    /// </summary>
    internal static bool TryGetNumber(object value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    internal static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    /// <summary>JavaScript's <c>String(number)</c> for the cases GraphQL meets (integers print without ".0").</summary>
    internal static string FormatNumber(double number) =>
        IsInteger(number) && Math.Abs(number) < 1e21
            ? number.ToString("0", CultureInfo.InvariantCulture)
            : Utilities.AstFromValue.FormatJsNumber(number); // exponents and small fractions as JavaScript writes them

    /// <summary>JavaScript's <c>Number(string)</c> for a non-empty numeric string, used by result coercion.</summary>
    internal static bool TryParseJsNumber(string text, out double number)
    {
        number = 0;
        return text.Trim().Length > 0 &&
               double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private sealed class IntScalar() : ScalarType("Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        public override object? Serialize(object value)
        {
            if (value is int) return value; // the common case: already a boxed int, so no boxing again
            double number;
            if (value is bool b) number = b ? 1 : 0;
            else if (value is string s && TryParseJsNumber(s, out var parsed)) number = parsed;
            else if (!TryGetNumber(value, out number))
                throw new GraphQLError($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");

            if (!IsInteger(number))
                throw new GraphQLError($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
            if (number > int.MaxValue || number < int.MinValue)
                throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
            return (int)number;
        }

        public override object? ParseValue(object value)
        {
            if (value is int i) return i;
            if (!TryGetNumber(value, out var number) || !IsInteger(number))
                throw new GraphQLError($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
            if (number > int.MaxValue || number < int.MinValue)
                throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
            return (int)number;
        }

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        {
            if (literal is not IntValueNode intLiteral)
                throw new GraphQLError($"Int cannot represent non-integer value: {Printer.Print(literal)}");
            if (!int.TryParse(intLiteral.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
                throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {intLiteral.Value}");
            return result;
        }
    }

    private sealed class FloatScalar() : ScalarType("Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        public override object? Serialize(object value)
        {
            if (value is double d && double.IsFinite(d)) return value; // already a boxed double
            double number;
            if (value is bool b) number = b ? 1 : 0;
            else if (value is string s && TryParseJsNumber(s, out var parsed)) number = parsed;
            else if (!TryGetNumber(value, out number))
                throw new GraphQLError($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
            if (!double.IsFinite(number))
                throw new GraphQLError($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
            return number;
        }

        public override object? ParseValue(object value)
        {
            if (!TryGetNumber(value, out var number) || !double.IsFinite(number))
                throw new GraphQLError($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
            return number;
        }

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        {
            var text = literal switch
            {
                FloatValueNode f => f.Value,
                IntValueNode i => i.Value,
                _ => throw new GraphQLError($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
            };
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }

    private sealed class StringScalar() : ScalarType("String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        public override object? Serialize(object value)
        {
            switch (value)
            {
                case string s: return s;
                case bool b: return b ? "true" : "false";
                case char c: return c.ToString();
            }
            if (TryGetNumber(value, out var number) && double.IsFinite(number)) return FormatNumber(number);
            throw new GraphQLError($"String cannot represent value: {ValueInspector.Inspect(value)}");
        }

        public override object? ParseValue(object value) =>
            value as string ?? throw new GraphQLError($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal is StringValueNode s
                ? s.Value
                : throw new GraphQLError($"String cannot represent a non string value: {Printer.Print(literal)}");
    }

    private sealed class BooleanScalar() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        private static readonly object True = true, False = false;

        public override object? Serialize(object value)
        {
            if (value is bool b) return b ? True : False;
            if (TryGetNumber(value, out var number) && double.IsFinite(number)) return number != 0 ? True : False;
            throw new GraphQLError($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
        }

        public override object? ParseValue(object value) =>
            value is bool b ? (b ? True : False)
                : throw new GraphQLError($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal is BooleanValueNode b
                ? (b.Value ? True : False)
                : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
    }

    private sealed class IdScalar() : ScalarType("ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        public override object? Serialize(object value) => Coerce(value);

        public override object? ParseValue(object value) => Coerce(value);

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal switch
            {
                StringValueNode s => s.Value,
                IntValueNode i => i.Value,
                _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
            };

        private static string Coerce(object value)
        {
            if (value is string s) return s;
            if (value is Guid g) return g.ToString();
            if (TryGetNumber(value, out var number) && IsInteger(number)) return FormatNumber(number);
            throw new GraphQLError($"ID cannot represent value: {ValueInspector.Inspect(value)}");
        }
    }
}
