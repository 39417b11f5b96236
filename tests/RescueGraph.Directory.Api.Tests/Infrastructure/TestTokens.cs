using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace RescueGraph.Directory.Api.Tests.Infrastructure;

/// <summary>HS256 bearer tokens for the test host (<see cref="DirectoryApiFactory"/> configures the same key, issuer and audience).</summary>
public static class TestTokens
{
    public const string SigningKey = "rescuegraph-tests-signing-key-0123456789abcdef";
    public const string Issuer = "https://tests.rescuegraph.local";
    public const string Audience = "rescuegraph-api";

    /// <summary>A token for <paramref name="subject"/> with <paramref name="roles"/> and, for partners, the organization slugs in <c>org</c>.</summary>
    public static string Create(string subject, string[]? roles = null, string? organization = null, DateTime? expires = null,
        string issuer = Issuer, string audience = Audience, string signingKey = SigningKey)
    {
        var claims = new List<Claim> { new("sub", subject) };
        foreach (var role in roles ?? []) claims.Add(new Claim("role", role));
        if (organization is not null) claims.Add(new Claim("org", organization));
        var now = DateTime.UtcNow;
        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(issuer, audience, claims, notBefore: now.AddMinutes(-1), expires: expires ?? now.AddMinutes(30),
            signingCredentials: credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public static string Partner(string organizationSlug, string subject = "partner-user") => Create(subject, ["partner"], organizationSlug);

    public static string Analyst(string subject = "analyst-user") => Create(subject, ["analyst"]);

    public static string Admin(string subject = "admin-user") => Create(subject, ["admin"]);
}
