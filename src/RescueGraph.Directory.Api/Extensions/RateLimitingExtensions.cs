using RescueGraph.GraphQL.AspNetCore;

namespace RescueGraph.Directory.Api.Extensions;

public static class RateLimitingExtensions
{
    /// <summary>
    /// ASP.NET Core's rate limiter per client (<c>X-Api-Key</c>, else the token's subject, else the remote IP):
    /// <c>GraphQL:RateLimit:PermitLimit</c> requests per <c>Window</c>; beyond, 429 with <c>Retry-After</c> and a
    /// GraphQL error body. A PermitLimit of 0 turns it off (load benchmarks from one address).
    /// </summary>
    public static WebApplicationBuilder AddDirectoryRateLimiting(this WebApplicationBuilder builder)
    {
        var rateLimit = DirectoryGraphQLSettings.FromConfiguration(builder.Configuration).RateLimit;
        if (rateLimit.PermitLimit <= 0) return builder;
        builder.Services.AddGraphQLRateLimiting(options =>
        {
            options.PermitLimit = rateLimit.PermitLimit;
            options.Window = rateLimit.Window;
            options.QueueLimit = rateLimit.QueueLimit;
            options.ApiKeyHeader = rateLimit.ApiKeyHeader;
        });
        return builder;
    }

    /// <summary>The limiter middleware, after authentication so that a token's subject names the client.</summary>
    public static WebApplication UseDirectoryRateLimiting(this WebApplication app)
    {
        if (app.Services.GetService<GraphQLRateLimitingOptions>() is not null) app.UseRateLimiter();
        return app;
    }
}
