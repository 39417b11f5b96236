using System.CommandLine;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.GraphQL.AspNetCore.Authentication;
using RescueGraph.GraphQL.Authorization;

namespace RescueGraph.Directory.Api.Commands;

/// <summary>
/// <c>token --role partner --org jindo-love-rescue [--sub alice]</c>: a development convenience that mints an HS256
/// bearer token with the configured <c>Authentication:Jwt:SigningKey</c> (appsettings.Development.json), to try
/// partner writes in GraphiQL. Refuses when no signing key is configured (production uses an RS256 authority).
/// </summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var role = new Option<string[]>("--role")
        {
            Description = $"Role(s): {DirectoryRoles.Partner}, {DirectoryRoles.Analyst}, {DirectoryRoles.Admin}.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var organization = new Option<string?>("--org") { Description = "Slug of the partner's organization (the token's org claim)." };
        var subject = new Option<string>("--sub") { Description = "The token's subject (user id).", DefaultValueFactory = _ => "developer" };
        var lifetime = new Option<int>("--hours") { Description = "Hours until the token expires.", DefaultValueFactory = _ => 8 };
        lifetime.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0) result.AddError("--hours must be positive.");
        });

        var command = new Command("token", "Mint a development bearer token (HS256, with the configured signing key).") { role, organization, subject, lifetime };
        command.SetAction(parseResult =>
        {
            var jwt = JwtAuthenticationOptions.FromConfiguration(CommandConfiguration.Load());
            if (jwt.SigningKey is null || jwt.Issuer is null || jwt.Audience is null)
            {
                Console.Error.WriteLine($"No {JwtAuthenticationOptions.ConfigurationSection}:SigningKey, Issuer and Audience are configured " +
                                        "(appsettings.Development.json has them; run with ASPNETCORE_ENVIRONMENT=Development).");
                return 1;
            }
            Console.WriteLine(Mint(jwt, parseResult.GetValue(subject)!, parseResult.GetValue(role)!, parseResult.GetValue(organization),
                TimeSpan.FromHours(parseResult.GetValue(lifetime))));
            return 0;
        });
        return command;
    }

    /// <summary>A token the host's HS256 validation accepts: issuer, audience, <c>sub</c>, one <c>role</c> claim per role, <c>org</c>.</summary>
    public static string Mint(JwtAuthenticationOptions jwt, string subject, IReadOnlyList<string> roles, string? organization, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new(GraphQLClaimTypes.Subject, subject) };
        foreach (var role in roles) claims.Add(new Claim(GraphQLClaimTypes.Role, role));
        if (organization is not null) claims.Add(new Claim(jwt.OrganizationClaimType, organization));
        var now = DateTime.UtcNow;
        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey!)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(jwt.Issuer, jwt.Audience, claims, notBefore: now, expires: now.Add(lifetime), signingCredentials: credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
