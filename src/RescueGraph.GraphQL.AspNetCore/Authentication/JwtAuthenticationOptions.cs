using System.Text;
using Microsoft.Extensions.Configuration;

namespace RescueGraph.GraphQL.AspNetCore.Authentication;

/// <summary>
/// How bearer tokens are validated: HS256 with <see cref="SigningKey"/> (development, tests), or RS256 with keys from
/// <see cref="Authority"/>'s OpenID Connect metadata (production). Read from the configuration section
/// <c>Authentication:Jwt</c>, i.e. environment variables <c>Authentication__Jwt__SigningKey</c>, <c>__Issuer</c>,
/// <c>__Audience</c>, <c>__Authority</c>.
/// </summary>
public sealed class JwtAuthenticationOptions
{
    public const string ConfigurationSection = "Authentication:Jwt";

    /// <summary>HS256 shared secret (UTF-8, at least 32 bytes). Exclusive with <see cref="Authority"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The required <c>iss</c>. Mandatory with <see cref="SigningKey"/>; with <see cref="Authority"/> it defaults to the metadata's issuer.</summary>
    public string? Issuer { get; set; }

    /// <summary>The required <c>aud</c>. Always mandatory.</summary>
    public string? Audience { get; set; }

    /// <summary>The token issuer's base address; its <c>.well-known/openid-configuration</c> supplies the RS256 signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether <see cref="Authority"/> metadata must come over HTTPS (leave on outside development).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerance for clock differences when checking <c>exp</c>/<c>nbf</c>. IdentityModel's 5 minutes is long for short-lived tokens.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Token claims whose values become roles (a string or an array of strings each).</summary>
    public IList<string> RoleClaimTypes { get; set; } = ["role", "roles"];

    /// <summary>The token claim naming the caller's organization; copied to <c>GraphQLClaimTypes.Organization</c> (<c>org</c>).</summary>
    public string OrganizationClaimType { get; set; } = "org";

    /// <summary>Handler for fetching <see cref="Authority"/> metadata and keys (e.g. through a proxy, or an in-memory one in tests).</summary>
    public HttpMessageHandler? BackchannelHttpHandler { get; set; }

    /// <summary>Reads <see cref="ConfigurationSection"/>; keys absent there keep their defaults.</summary>
    public static JwtAuthenticationOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(ConfigurationSection);
        var options = new JwtAuthenticationOptions
        {
            SigningKey = NullIfEmpty(section["SigningKey"]),
            Issuer = NullIfEmpty(section["Issuer"]),
            Audience = NullIfEmpty(section["Audience"]),
            Authority = NullIfEmpty(section["Authority"]),
        };
        if (bool.TryParse(section["RequireHttpsMetadata"], out var requireHttps)) options.RequireHttpsMetadata = requireHttps;
        if (TimeSpan.TryParse(section["ClockSkew"], System.Globalization.CultureInfo.InvariantCulture, out var skew)) options.ClockSkew = skew;
        if (NullIfEmpty(section["OrganizationClaimType"]) is { } organizationClaim) options.OrganizationClaimType = organizationClaim;
        return options;

        static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>Refuses settings that would validate tokens weakly or not at all, at startup rather than per request.</summary>
    internal void Validate()
    {
        if (SigningKey is null == Authority is null)
            throw new InvalidOperationException(
                $"JWT authentication needs exactly one of {ConfigurationSection}:SigningKey (HS256) and {ConfigurationSection}:Authority (RS256).");
        if (string.IsNullOrWhiteSpace(Audience))
            throw new InvalidOperationException($"JWT authentication needs {ConfigurationSection}:Audience.");
        if (SigningKey is not null)
        {
            if (string.IsNullOrWhiteSpace(Issuer))
                throw new InvalidOperationException($"HS256 JWT authentication needs {ConfigurationSection}:Issuer.");
            if (Encoding.UTF8.GetByteCount(SigningKey) < 32)
                throw new InvalidOperationException($"{ConfigurationSection}:SigningKey must be at least 32 bytes (256 bits) for HS256.");
        }
        if (ClockSkew < TimeSpan.Zero) throw new InvalidOperationException("ClockSkew must not be negative.");
        if (string.IsNullOrWhiteSpace(OrganizationClaimType)) throw new InvalidOperationException("OrganizationClaimType must be set.");
    }
}
