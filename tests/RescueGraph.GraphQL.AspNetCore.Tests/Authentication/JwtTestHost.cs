using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using RescueGraph.GraphQL.AspNetCore.Authentication;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.AspNetCore.Tests.Authentication;

/// <summary>A GraphQL endpoint behind JWT authentication, over a schema with public, authenticated, role and policy fields.</summary>
public sealed class JwtTestHost : IAsyncDisposable
{
    public const string Issuer = "https://issuer.rescuegraph.test";
    public const string Audience = "rescuegraph-api";
    public const string SigningKey = "development-signing-key-of-at-least-32-bytes!";

    private readonly WebApplication _app;

    private JwtTestHost(WebApplication app, ResolverCalls calls)
    {
        _app = app;
        Calls = calls;
    }

    public ResolverCalls Calls { get; }

    public HttpClient CreateClient() => _app.GetTestClient();

    /// <summary>
    /// Starts the host with HS256 options (or <paramref name="configure"/>'s). <paramref name="secureEndpoint"/> also maps
    /// <c>/secure</c> with <c>RequireAuthorization()</c>, where ASP.NET itself challenges anonymous callers.
    /// </summary>
    public static async Task<JwtTestHost> StartAsync(Action<JwtAuthenticationOptions>? configure = null, bool secureEndpoint = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();

        var calls = new ResolverCalls();
        builder.Services.AddGraphQLJwtAuthentication(configure ?? (options =>
        {
            options.SigningKey = SigningKey;
            options.Issuer = Issuer;
            options.Audience = Audience;
        }));
        builder.Services.AddGraphQLAuthorizationPolicies(policies => policies.Add("SameOrganization", async context =>
        {
            await Task.Yield();
            return context.FieldContext?.Arguments["org"] as string == context.User.GetOrganization();
        }));
        builder.Services.AddAuthorization();
        builder.Services.AddGraphQLServer(CreateSchema(calls));

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGraphQL();
        if (secureEndpoint) app.MapGraphQL("/secure").RequireAuthorization();
        await app.StartAsync();
        return new JwtTestHost(app, calls);
    }

    private static Schema CreateSchema(ResolverCalls calls) => new SchemaBuilder()
        .AddAuthorization()
        .Query(q =>
        {
            q.Field("hello", (_, _) => calls.Hit("hello", "world"));
            q.Field("me", (_, context) => calls.Hit("me", context.GetAuthorizationContext().User?.Identity?.Name)).Authorize();
            q.Field("organization", (_, context) => context.GetAuthorizationContext().User.GetOrganization()).Authorize();
            q.Field("staffNote", (_, _) => calls.Hit("staffNote", (string?)"feed at six")).Authorize(roles: ["staff"]);
            q.Field("medicalNotes", (_, context) => (string?)$"notes of {context.Arguments["org"]}")
                .Argument("org", "String!")
                .Authorize(policy: "SameOrganization");
        })
        .Build();

    public static string CreateToken(
        IEnumerable<Claim>? claims = null,
        string issuer = Issuer,
        string audience = Audience,
        string signingKey = SigningKey,
        DateTime? expires = null,
        DateTime? notBefore = null)
    {
        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256);
        return WriteToken(claims, issuer, audience, credentials, expires, notBefore);
    }

    public static string WriteToken(IEnumerable<Claim>? claims, string issuer, string audience, SigningCredentials credentials,
        DateTime? expires = null, DateTime? notBefore = null)
    {
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(issuer, audience, claims ?? [new Claim("sub", "user-1")],
            notBefore ?? now.AddMinutes(-1), expires ?? now.AddMinutes(10), credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Counts resolver calls, so tests prove a refused request ran nothing.</summary>
public sealed class ResolverCalls
{
    private int _total;
    private readonly Dictionary<string, int> _byField = new();

    public int Total => Volatile.Read(ref _total);

    public int this[string field]
    {
        get { lock (_byField) return _byField.GetValueOrDefault(field); }
    }

    public T Hit<T>(string field, T value)
    {
        Interlocked.Increment(ref _total);
        lock (_byField) _byField[field] = _byField.GetValueOrDefault(field) + 1;
        return value;
    }
}
