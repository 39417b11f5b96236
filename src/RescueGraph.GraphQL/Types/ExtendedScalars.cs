using System.Globalization;
using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Types;

/// <summary>
/// Scalars beyond the spec's five, named and behaving as HotChocolate 14's so partners meet familiar types.
/// Each rejects what it cannot represent with a message naming the scalar and the value.
/// </summary>
public static class ExtendedScalars
{
    public static readonly ScalarType DateTime = new DateTimeScalar();
    public static readonly ScalarType Date = new DateScalar();
    public static readonly ScalarType Uuid = new UuidScalar();
    public static readonly ScalarType Url = new UrlScalar();
    public static readonly ScalarType Long = new LongScalar();
    public static readonly ScalarType Decimal = new DecimalScalar();

    public static IReadOnlyList<ScalarType> All { get; } = [DateTime, Date, Uuid, Url, Long, Decimal];

    /// <summary>Base for scalars written as strings: literal and variable input share one string parser.</summary>
    private abstract class StringBackedScalar(string name, string description, string? specifiedByUrl)
        : ScalarType(name, description, specifiedByUrl)
    {
        protected abstract bool TryParse(string text, out object value);

        protected abstract string Format(object value);

        public override object? Serialize(object value)
        {
            if (value is string text && TryParse(text, out var parsed)) return Format(parsed);
            try
            {
                return Format(value);
            }
            catch (InvalidCastException)
            {
                throw new GraphQLError($"{Name} cannot represent value: {ValueInspector.Inspect(value)}");
            }
        }

        public override object? ParseValue(object value) =>
            value is string text && TryParse(text, out var parsed)
                ? parsed
                : throw new GraphQLError($"{Name} cannot parse the given value {ValueInspector.Inspect(value)}: {Expectation}");

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal is StringValueNode s && TryParse(s.Value, out var parsed)
                ? parsed
                : throw new GraphQLError($"{Name} cannot parse the given literal {Printer.Print(literal)}: {Expectation}");

        protected abstract string Expectation { get; }
    }

    private sealed class DateTimeScalar() : StringBackedScalar("DateTime",
        "The `DateTime` scalar represents an ISO-8601 compliant date time type.",
        "https://www.graphql-scalars.com/date-time")
    {
        private static readonly string[] Formats =
        [
            "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd'T'HH:mmK",
        ];

        protected override string Expectation => "expected an ISO-8601 date and time with an offset, e.g. 2018-07-01T09:30:00Z.";

        protected override bool TryParse(string text, out object value)
        {
            // An offset is required: a time without one names no instant.
            var hasOffset = text.EndsWith('Z') || text.EndsWith('z') ||
                            (text.Length > 6 && (text[^6] == '+' || text[^6] == '-') && text[^3] == ':');
            if (hasOffset && DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                value = parsed;
                return true;
            }
            value = default(DateTimeOffset);
            return false;
        }

        protected override string Format(object value)
        {
            var instant = value switch
            {
                DateTimeOffset offset => offset,
                System.DateTime dateTime => new DateTimeOffset(dateTime.Kind == DateTimeKind.Unspecified
                    ? System.DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)
                    : dateTime.ToUniversalTime()),
                _ => throw new InvalidCastException(),
            };
            return instant.Offset == TimeSpan.Zero
                ? instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
                : instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        }
    }

    private sealed class DateScalar() : StringBackedScalar("Date",
        "The `Date` scalar represents an ISO-8601 compliant date type.",
        "https://tools.ietf.org/html/rfc3339")
    {
        protected override string Expectation => "expected an ISO-8601 date, e.g. 2018-07-01.";

        protected override bool TryParse(string text, out object value)
        {
            var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            value = date;
            return ok;
        }

        protected override string Format(object value) => value switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            System.DateTime dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset offset => offset.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new InvalidCastException(),
        };
    }

    private sealed class UuidScalar() : StringBackedScalar("UUID",
        "The `UUID` scalar represents a universally unique identifier as its canonical 36-character text.",
        "https://tools.ietf.org/html/rfc4122")
    {
        protected override string Expectation => "expected a UUID, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e.";

        protected override bool TryParse(string text, out object value)
        {
            var ok = Guid.TryParseExact(text, "D", out var guid);
            value = guid;
            return ok;
        }

        protected override string Format(object value) => ((Guid)value).ToString("D");
    }

    private sealed class UrlScalar() : StringBackedScalar("URL",
        "The `URL` scalar represents an absolute URL as specified by RFC 3986.",
        "https://tools.ietf.org/html/rfc3986")
    {
        protected override string Expectation => "expected an absolute http or https URL.";

        protected override bool TryParse(string text, out object value)
        {
            var ok = Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
            value = uri!;
            return ok;
        }

        protected override string Format(object value) => ((Uri)value).AbsoluteUri;
    }

    private sealed class LongScalar() : ScalarType("Long",
        "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
    {
        public override object? Serialize(object value) => value switch
        {
            long l => l,
            int i => (long)i,
            _ when Scalars.TryGetNumber(value, out var number) && Scalars.IsInteger(number) && Math.Abs(number) < 9.2e18 => (long)number,
            _ => throw new GraphQLError($"Long cannot represent value: {ValueInspector.Inspect(value)}"),
        };

        public override object? ParseValue(object value) => value switch
        {
            long l => l,
            int i => (long)i,
            double d when Scalars.IsInteger(d) && Math.Abs(d) < 9.2e18 => (long)d,
            _ => throw new GraphQLError($"Long cannot represent non-integer value: {ValueInspector.Inspect(value)}"),
        };

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
                ? result
                : throw new GraphQLError($"Long cannot represent non-integer value: {Printer.Print(literal)}");
    }

    private sealed class DecimalScalar() : ScalarType("Decimal", "The `Decimal` scalar type represents a decimal floating-point number with up to 28 significant digits.")
    {
        public override object? Serialize(object value) => value switch
        {
            decimal m => m,
            _ when Scalars.TryGetNumber(value, out var number) && double.IsFinite(number) => (decimal)number,
            _ => throw new GraphQLError($"Decimal cannot represent value: {ValueInspector.Inspect(value)}"),
        };

        public override object? ParseValue(object value) => value switch
        {
            decimal m => m,
            long l => (decimal)l,
            int i => (decimal)i,
            double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
            _ => throw new GraphQLError($"Decimal cannot represent value: {ValueInspector.Inspect(value)}"),
        };

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        {
            var text = literal switch { IntValueNode i => i.Value, FloatValueNode f => f.Value, _ => null };
            return text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
                ? result
                : throw new GraphQLError($"Decimal cannot represent value: {Printer.Print(literal)}");
        }
    }
}
