using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;
using RescueGraph.GraphQL.Authorization;

namespace RescueGraph.GraphQL.AspNetCore.Authentication;

/// <summary>Registers JWT bearer authentication for the GraphQL endpoint and the caller's authorization context.</summary>
public static class GraphQLAuthenticationExtensions
{
    /// <summary>The authentication scheme registered (ASP.NET's "Bearer").</summary>
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>JWT bearer authentication configured from <c>Authentication:Jwt</c> (see <see cref="JwtAuthenticationOptions"/>).</summary>
    public static IServiceCollection AddGraphQLJwtAuthentication(this IServiceCollection services, IConfiguration configuration) =>
        services.AddGraphQLJwtAuthentication(JwtAuthenticationOptions.FromConfiguration(configuration));

    public static IServiceCollection AddGraphQLJwtAuthentication(this IServiceCollection services, Action<JwtAuthenticationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new JwtAuthenticationOptions();
        configure(options);
        return services.AddGraphQLJwtAuthentication(options);
    }

    /// <summary>
    /// Registers the "Bearer" scheme and the <see cref="GraphQLAuthenticationInterceptor"/>: a GraphQL request without
    /// a token runs anonymously; one with a token that does not validate (expired, wrongly signed, wrong issuer or
    /// audience, malformed, unsigned) is refused with 401 and <c>AUTH_NOT_AUTHENTICATED</c>, never run anonymously.
    /// Call it before registering interceptors that need the caller.
    /// </summary>
    public static IServiceCollection AddGraphQLJwtAuthentication(this IServiceCollection services, JwtAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        services.AddSingleton(options);
        services.AddAuthentication(Scheme).AddJwtBearer(Scheme, bearer => ConfigureBearer(bearer, options));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphQLRequestInterceptor, GraphQLAuthenticationInterceptor>());
        return services;
    }

    /// <summary>Registers the host's named authorization policies (e.g. "same organization"), evaluated by <c>@authorize(policy: ...)</c>.</summary>
    public static IServiceCollection AddGraphQLAuthorizationPolicies(this IServiceCollection services, Action<AuthorizationPolicies> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var policies = new AuthorizationPolicies();
        configure(policies);
        services.AddSingleton(policies);
        return services;
    }

    private static void ConfigureBearer(JwtBearerOptions bearer, JwtAuthenticationOptions options)
    {
        // Keep claim types as the token writes them ("role", "org", "sub"), not remapped to WS-* URIs.
        bearer.SecurityTokenValidators.Clear();
        bearer.SecurityTokenValidators.Add(new JwtSecurityTokenHandler { MapInboundClaims = false });
        bearer.SaveToken = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = options.Issuer,
            ValidateAudience = true,
            ValidAudience = options.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = options.ClockSkew,
            NameClaimType = GraphQLClaimTypes.Subject,
            RoleClaimType = GraphQLClaimTypes.Role,
        };
        if (options.SigningKey is { } signingKey)
        {
            bearer.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey));
            // A token signed with the shared secret must say so: this refuses RS256/ES256 headers aimed at key confusion.
            bearer.TokenValidationParameters.IssuerSigningKeyValidator = (_, token, _) =>
                token is JwtSecurityToken { Header.Alg: SecurityAlgorithms.HmacSha256 };
        }
        else
        {
            bearer.Authority = options.Authority;
            bearer.Audience = options.Audience;
            bearer.RequireHttpsMetadata = options.RequireHttpsMetadata;
            if (options.BackchannelHttpHandler is { } backchannel) bearer.BackchannelHttpHandler = backchannel;
        }

        bearer.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal?.Identity is ClaimsIdentity identity) NormalizeClaims(identity, options);
                return Task.CompletedTask;
            },
            // With RequireAuthorization() on the endpoint, ASP.NET challenges: answer in GraphQL's shape, not an empty 401.
            OnChallenge = context =>
            {
                context.HandleResponse();
                GraphQLAuthenticationInterceptor.AddBearerChallenge(context.HttpContext, invalidToken: context.AuthenticateFailure is not null);
                return GraphQLAuthenticationInterceptor.WriteRefusalAsync(context.HttpContext, StatusCodes.Status401Unauthorized,
                    GraphQLAuthenticationInterceptor.MessageFor(context.AuthenticateFailure), AuthorizationErrorCodes.NotAuthenticated);
            },
            OnForbidden = context => GraphQLAuthenticationInterceptor.WriteRefusalAsync(context.HttpContext, StatusCodes.Status403Forbidden,
                AuthorizationDecision.NotAuthorizedMessage, AuthorizationErrorCodes.NotAuthorized),
        };
    }

    /// <summary>
    /// Maps the configured role claims (<c>role</c>, <c>roles</c>; a string, an array, or an array serialized as one
    /// string) onto the identity's role claim type, and the organization claim onto <c>org</c>.
    /// </summary>
    internal static void NormalizeClaims(ClaimsIdentity identity, JwtAuthenticationOptions options)
    {
        var added = new List<Claim>();
        foreach (var claim in identity.Claims)
        {
            if (IsRoleClaim(claim.Type, options.RoleClaimTypes))
            {
                foreach (var role in SplitRoles(claim.Value))
                    if (claim.Type != GraphQLClaimTypes.Role || role != claim.Value) added.Add(new Claim(GraphQLClaimTypes.Role, role, ClaimValueTypes.String, claim.Issuer));
            }
            else if (claim.Type == options.OrganizationClaimType && options.OrganizationClaimType != GraphQLClaimTypes.Organization)
            {
                added.Add(new Claim(GraphQLClaimTypes.Organization, claim.Value, ClaimValueTypes.String, claim.Issuer));
            }
        }
        foreach (var claim in added)
            if (!identity.HasClaim(claim.Type, claim.Value)) identity.AddClaim(claim);
    }

    private static bool IsRoleClaim(string type, IList<string> roleClaimTypes)
    {
        for (var i = 0; i < roleClaimTypes.Count; i++)
            if (string.Equals(roleClaimTypes[i], type, StringComparison.Ordinal)) return true;
        return false;
    }

    private static IEnumerable<string> SplitRoles(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.StartsWith('['))
        {
            if (trimmed.Length > 0) yield return trimmed;
            yield break;
        }
        string[]? roles;
        try
        {
            roles = JsonSerializer.Deserialize(trimmed, RoleListJsonContext.Default.StringArray);
        }
        catch (JsonException)
        {
            roles = null; // not a JSON array after all: a role that happens to start with '['
        }
        if (roles is null)
        {
            yield return trimmed;
            yield break;
        }
        foreach (var role in roles)
            if (!string.IsNullOrWhiteSpace(role)) yield return role;
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string[]))]
internal sealed partial class RoleListJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
