using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RescueGraph.GraphQL.AspNetCore.Tests.Protection;

/// <summary>
/// A test host wired the way the directory host is meant to wire the protections: rate limiter and CORS middleware,
/// conventions on the MapGraphQL group, and a stand-in authentication (header <c>X-Test-User</c> → an identity with a <c>sub</c>).
/// </summary>
public sealed class ProtectionHost : IAsyncDisposable
{
    public const string TestUserHeader = "X-Test-User";

    private readonly WebApplication _app;

    private ProtectionHost(WebApplication app, ResolverProbe probe)
    {
        _app = app;
        Probe = probe;
    }

    public ResolverProbe Probe { get; }

    public HttpClient CreateClient() => _app.GetTestClient();

    public static async Task<ProtectionHost> StartAsync(
        Action<GraphQLServerOptions>? configure = null,
        Action<IServiceCollection>? configureServices = null,
        Action<RouteGroupBuilder>? configureEndpoint = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var probe = new ResolverProbe();
        builder.Services.AddSingleton<GreetingService>();
        builder.Services.AddGraphQLServer(TestSchema.Create(probe), configure);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(TestUserHeader, out var user))
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", user.ToString())], "Test"));
            return next(context);
        });
        app.UseRouting();
        if (app.Services.GetService<Microsoft.AspNetCore.Cors.Infrastructure.ICorsService>() is not null) app.UseCors();
        if (app.Services.GetService<GraphQLRateLimitingOptions>() is not null) app.UseRateLimiter();
        var group = app.MapGraphQL();
        configureEndpoint?.Invoke(group);
        await app.StartAsync();
        return new ProtectionHost(app, probe);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
