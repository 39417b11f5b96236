using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace RescueGraph.GraphQL.AspNetCore;

public enum GraphQLRateLimiterKind
{
    /// <summary><see cref="GraphQLRateLimitingOptions.PermitLimit"/> requests per <see cref="GraphQLRateLimitingOptions.Window"/>.</summary>
    FixedWindow,

    /// <summary>A bucket of <see cref="GraphQLRateLimitingOptions.PermitLimit"/> tokens refilled by <see cref="GraphQLRateLimitingOptions.TokensPerPeriod"/> per <see cref="GraphQLRateLimitingOptions.Window"/>.</summary>
    TokenBucket,
}

/// <summary>Per-client request limits of the GraphQL endpoint (ASP.NET Core's rate limiter, one partition per client).</summary>
public sealed class GraphQLRateLimitingOptions
{
    public const string DefaultPolicyName = "graphql";

    public string PolicyName { get; set; } = DefaultPolicyName;
    public GraphQLRateLimiterKind Kind { get; set; } = GraphQLRateLimiterKind.FixedWindow;

    /// <summary>Requests per window (fixed window) or bucket size (token bucket). Default 100.</summary>
    public int PermitLimit { get; set; } = 100;

    /// <summary>The fixed window, or the token bucket's replenishment period. Default one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Tokens added per period (token bucket only). Default 100.</summary>
    public int TokensPerPeriod { get; set; } = 100;

    /// <summary>Requests that wait for a permit instead of being refused at once. Default 0.</summary>
    public int QueueLimit { get; set; }

    /// <summary>The header carrying a partner's API key, which identifies the client first. Default <c>X-Api-Key</c>.</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>Overrides how a request is mapped to its client; by default <see cref="GraphQLRateLimiting.DefaultPartitionKey"/>.</summary>
    public Func<HttpContext, string>? PartitionKey { get; set; }

    /// <summary>Different limits per client (e.g. more for a trusted partner's key); null gives every client the same.</summary>
    public Func<string, GraphQLRateLimitingOptions>? LimitsForPartition { get; set; }
}

/// <summary>
/// <c>AddGraphQLRateLimiting</c> registers a rate-limiter policy partitioned per client (API key, else the
/// authenticated subject, else the remote IP); <c>RequireGraphQLRateLimiting</c> applies it to the endpoint group.
/// Refused requests get 429 with <c>Retry-After</c> and a GraphQL error body (code <c>RATE_LIMITED</c>).
/// The host also needs <c>app.UseRateLimiter()</c> (after routing).
/// </summary>
public static class GraphQLRateLimiting
{
    public const string RateLimitedCode = "RATE_LIMITED";

    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, Action<GraphQLRateLimitingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new GraphQLRateLimitingOptions();
        configure?.Invoke(options);
        Validate(options);
        services.AddSingleton(options);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(options.PolicyName, context =>
            {
                var key = options.PartitionKey?.Invoke(context) ?? DefaultPartitionKey(context, options.ApiKeyHeader);
                var limits = options.LimitsForPartition?.Invoke(key) ?? options;
                return CreatePartition(key, limits);
            });
            limiter.OnRejected = (rejected, cancellationToken) => WriteRejectionAsync(rejected.HttpContext, rejected.Lease, options, cancellationToken);
        });
        return services;
    }

    /// <summary>Applies the GraphQL rate-limit policy to the group <c>MapGraphQL</c> returned.</summary>
    public static TBuilder RequireGraphQLRateLimiting<TBuilder>(this TBuilder builder, string policyName = GraphQLRateLimitingOptions.DefaultPolicyName)
        where TBuilder : IEndpointConventionBuilder => builder.RequireRateLimiting(policyName);

    /// <summary><c>key:&lt;api key&gt;</c>, else <c>user:&lt;sub or NameIdentifier&gt;</c>, else <c>ip:&lt;remote address&gt;</c>.</summary>
    public static string DefaultPartitionKey(HttpContext context, string apiKeyHeader = "X-Api-Key")
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers.TryGetValue(apiKeyHeader, out var apiKey) && !string.IsNullOrWhiteSpace(apiKey))
            return "key:" + apiKey.ToString();
        if (context.User.Identity?.IsAuthenticated == true
            && (context.User.FindFirst("sub") ?? context.User.FindFirst(ClaimTypes.NameIdentifier)) is { } subject)
            return "user:" + subject.Value;
        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static RateLimitPartition<string> CreatePartition(string key, GraphQLRateLimitingOptions limits) => limits.Kind switch
    {
        GraphQLRateLimiterKind.TokenBucket => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.PermitLimit,
            TokensPerPeriod = limits.TokensPerPeriod,
            ReplenishmentPeriod = limits.Window,
            QueueLimit = limits.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }),
        _ => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitLimit,
            Window = limits.Window,
            QueueLimit = limits.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }),
    };

    private static ValueTask WriteRejectionAsync(HttpContext context, RateLimitLease lease, GraphQLRateLimitingOptions options, CancellationToken cancellationToken)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var mediaType = MediaTypeNegotiation.Negotiate(context.Request.Headers.Accept);
        if (mediaType == ResponseMediaType.NotAcceptable) mediaType = ResponseMediaType.Json;
        var error = HttpRequestErrors.Create($"Too many requests: the rate limit for this client is exhausted. Retry after {seconds} seconds.", RateLimitedCode);
        return new ValueTask(GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status429TooManyRequests, mediaType, error));
    }

    private static void Validate(GraphQLRateLimitingOptions options)
    {
        if (options.PermitLimit <= 0) throw new ArgumentOutOfRangeException(nameof(options), "PermitLimit must be positive.");
        if (options.TokensPerPeriod <= 0) throw new ArgumentOutOfRangeException(nameof(options), "TokensPerPeriod must be positive.");
        if (options.Window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), "Window must be positive.");
        if (options.QueueLimit < 0) throw new ArgumentOutOfRangeException(nameof(options), "QueueLimit must not be negative.");
        ArgumentException.ThrowIfNullOrWhiteSpace(options.PolicyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ApiKeyHeader);
    }
}
