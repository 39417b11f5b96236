using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RescueGraph.Testing;

/// <summary>
/// HS256 bearer tokens for test hosts, written by hand (no JWT library needed, so forged and broken variants are as
/// easy to write as good ones). The hosts under test are configured with this key, issuer and audience.
/// </summary>
public static class TestTokens
{
    public const string SigningKey = "rescuegraph-tests-signing-key-0123456789abcdef";
    public const string Issuer = "https://tests.rescuegraph.local";
    public const string Audience = "rescuegraph-api";

    public static string Partner(string organizationSlug, string subject = "partner-user") => Create(subject, ["partner"], organizationSlug);

    public static string Analyst(string subject = "analyst-user") => Create(subject, ["analyst"]);

    public static string Admin(string subject = "admin-user") => Create(subject, ["admin"]);

    /// <summary>A token for <paramref name="roles"/>; <paramref name="algorithm"/> "none" writes an unsigned token.</summary>
    public static string Create(string subject, string[]? roles = null, string? organization = null, DateTimeOffset? expires = null,
        string issuer = Issuer, string audience = Audience, string signingKey = SigningKey, string algorithm = "HS256")
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new Dictionary<string, object>
        {
            ["sub"] = subject,
            ["iss"] = issuer,
            ["aud"] = audience,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = (expires ?? now.AddMinutes(30)).ToUnixTimeSeconds(),
            ["role"] = roles ?? [],
        };
        if (organization is not null) payload["org"] = organization;
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = algorithm, ["typ"] = "JWT" }));
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signingInput = header + "." + body;
        if (algorithm == "none") return signingInput + ".";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url(signature);
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
