namespace RescueGraph.Directory.Data.Writes;

/// <summary>
/// Field rules every write applies, GraphQL-free: each returns null when the value is acceptable, else the message
/// for the field. Lengths are the model's (<see cref="DirectoryDbContext"/>), so nothing the database would refuse
/// gets as far as the database.
/// </summary>
public static class WriteRules
{
    /// <summary>How far a client clock may run ahead of ours before "not in the future" refuses a time.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public const int MaxSignaturesPerRecord = 1_000_000;

    public static string? Length(string value, int maxLength, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value)) return "Must not be empty.";
        return value.Length > maxLength ? $"Must be at most {maxLength} characters long." : null;
    }

    /// <summary>Lower-case letters, digits and single hyphens between them, e.g. <c>jindo-love-rescue-gimhae</c>.</summary>
    public static string? Slug(string value)
    {
        var valid = value.Length > 0 && value[0] != '-' && value[^1] != '-';
        for (var i = 0; valid && i < value.Length; i++)
        {
            var c = value[i];
            valid = c is >= 'a' and <= 'z' or >= '0' and <= '9' || (c == '-' && value[i - 1] != '-');
        }
        return valid ? null : "Must be lower-case letters and digits separated by single hyphens, e.g. `jindo-love-rescue-gimhae`.";
    }

    /// <summary>An ISO 3166-1 alpha-2 code in upper case, e.g. <c>KR</c>.</summary>
    public static string? CountryCode(string value) =>
        value.Length == 2 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1])
            ? null
            : "Must be an ISO 3166-1 alpha-2 country code in upper case, e.g. `KR`.";

    /// <summary>An ISO 4217 code in upper case, e.g. <c>USD</c>.</summary>
    public static string? CurrencyCode(string value) =>
        value.Length == 3 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) && char.IsAsciiLetterUpper(value[2])
            ? null
            : "Must be an ISO 4217 currency code in upper case, e.g. `USD`.";

    /// <summary>An absolute http or https URL with a host (no <c>javascript:</c>, <c>data:</c> or relative URLs).</summary>
    public static string? HttpUrl(string value)
    {
        if (value.Length > DirectoryDbContext.UrlLength) return $"Must be at most {DirectoryDbContext.UrlLength} characters long.";
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
               && uri.Host.Length > 0
            ? null
            : "Must be an absolute http or https URL.";
    }

    /// <summary>A plausible e-mail address: one @ with text on both sides and no spaces; mail servers judge the rest.</summary>
    public static string? Email(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && !value.Contains(' ') ? null : "Must be an e-mail address.";
    }

    public static string? Latitude(double value) => value is >= -90 and <= 90 ? null : "Must be between -90 and 90.";

    public static string? Longitude(double value) => value is >= -180 and <= 180 ? null : "Must be between -180 and 180.";

    public static string? NotNegative(int value) => value >= 0 ? null : "Must not be negative.";

    public static string? Positive(int value) => value > 0 ? null : "Must be positive.";

    /// <summary>A year from 1800 to next year: founding, opening, twinning and renovation years.</summary>
    public static string? Year(int value, DateTimeOffset now) =>
        value >= 1800 && value <= now.Year + 1 ? null : $"Must be a year from 1800 to {now.Year + 1}.";

    public static string? NotInFuture(DateTimeOffset value, DateTimeOffset now) =>
        value <= now + ClockSkew ? null : "Must not be in the future.";

    public static string? NotInFuture(DateOnly value, DateTimeOffset now) =>
        value <= DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)) ? null : "Must not be in the future.";

    /// <summary>Signatures recorded at once: positive and bounded, so one call cannot inflate a petition by billions.</summary>
    public static string? SignatureCount(int value) =>
        value is > 0 and <= MaxSignaturesPerRecord ? null : $"Must be between 1 and {MaxSignaturesPerRecord}.";
}
