using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace RescueGraph.GraphQL.AspNetCore.Tests.Protection;

public class HttpPolicyTests
{
    private static HttpRequestMessage Get(string query, string? apiKey = null, string? authorization = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, HttpTestHelpers.GetQueryUrl(query));
        request.Headers.TryAddWithoutValidation("Accept", MediaTypes.GraphQLResponse);
        if (apiKey is not null) request.Headers.TryAddWithoutValidation("X-Api-Key", apiKey);
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return request;
    }

    [Fact]
    public async Task Rate_limited_clients_get_429_with_retry_after_and_a_graphql_error()
    {
        await using var host = await ProtectionHost.StartAsync(
            configureServices: services => services.AddGraphQLRateLimiting(options =>
            {
                options.PermitLimit = 2;
                options.Window = TimeSpan.FromMinutes(1);
            }),
            configureEndpoint: group => group.RequireGraphQLRateLimiting());
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("{ hello }", apiKey: "partner-a"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("{ hello }", apiKey: "partner-a"))).StatusCode);
        var limited = await client.SendAsync(Get("{ hello }", apiKey: "partner-a"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(MediaTypes.GraphQLResponse, limited.MediaType());
        Assert.Equal(GraphQLRateLimiting.RateLimitedCode, (await limited.ReadJsonAsync()).FirstErrorCode());

        // Another key is another client with its own budget.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("{ hello }", apiKey: "partner-b"))).StatusCode);
    }

    [Fact]
    public async Task Token_bucket_limits_per_client()
    {
        await using var host = await ProtectionHost.StartAsync(
            configureServices: services => services.AddGraphQLRateLimiting(options =>
            {
                options.Kind = GraphQLRateLimiterKind.TokenBucket;
                options.PermitLimit = 1;
                options.TokensPerPeriod = 1;
                options.Window = TimeSpan.FromMinutes(5);
            }),
            configureEndpoint: group => group.RequireGraphQLRateLimiting());
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("{ hello }"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Get("{ hello }"))).StatusCode);
    }

    [Fact]
    public void Partition_keys_prefer_the_api_key_then_the_subject_then_the_ip()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9");
        Assert.Equal("ip:203.0.113.9", GraphQLRateLimiting.DefaultPartitionKey(context));

        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u-42")], "jwt"));
        Assert.Equal("user:u-42", GraphQLRateLimiting.DefaultPartitionKey(context));

        context.Request.Headers["X-Api-Key"] = "k-1";
        Assert.Equal("key:k-1", GraphQLRateLimiting.DefaultPartitionKey(context));
    }

    [Fact]
    public void Invalid_rate_limits_are_rejected_at_startup()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddGraphQLRateLimiting(options => options.PermitLimit = 0));
    }

    [Fact]
    public async Task Cors_preflight_allows_any_origin_by_default_without_credentials()
    {
        await using var host = await ProtectionHost.StartAsync(
            configureServices: services => services.AddGraphQLCors(),
            configureEndpoint: group => group.RequireGraphQLCors());
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://partner.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type, x-api-key, graphql-cost");

        var response = await host.CreateClient().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowedHeaders = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-api-key", allowedHeaders);
        Assert.Contains("graphql-cost", allowedHeaders);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));

        var get = Get("{ hello }");
        get.Headers.Add("Origin", "https://partner.example");
        var actual = await host.CreateClient().SendAsync(get);
        Assert.Equal("*", actual.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Cors_with_configured_origins_ignores_other_origins()
    {
        await using var host = await ProtectionHost.StartAsync(
            configureServices: services => services.AddGraphQLCors(options => options.AllowedOrigins.Add("https://partner.example")),
            configureEndpoint: group => group.RequireGraphQLCors());
        var client = host.CreateClient();

        var allowed = Get("{ hello }");
        allowed.Headers.Add("Origin", "https://partner.example");
        Assert.Equal("https://partner.example", (await client.SendAsync(allowed)).Headers.GetValues("Access-Control-Allow-Origin").Single());

        var other = Get("{ hello }");
        other.Headers.Add("Origin", "https://elsewhere.example");
        Assert.False((await client.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Successful_anonymous_get_queries_are_publicly_cacheable_with_a_strong_etag()
    {
        await using var host = await ProtectionHost.StartAsync(options => options.GetCacheMaxAge = TimeSpan.FromSeconds(120));
        var client = host.CreateClient();

        var first = await client.SendAsync(Get("{ hello }"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=120", first.Headers.CacheControl!.ToString());
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal("Hello, world!", (await first.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());

        var again = await client.SendAsync(Get("{ hello }"));
        Assert.Equal(etag, again.Headers.ETag);

        var notModified = await client.SendAsync(Get("{ hello }", ifNoneMatch: etag.Tag));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        var changed = await client.SendAsync(Get("{ hello(name: \"Gimhae\") }", ifNoneMatch: etag.Tag));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Get_responses_with_credentials_are_private_and_not_stored()
    {
        await using var host = await ProtectionHost.StartAsync();
        var response = await host.CreateClient().SendAsync(Get("{ hello }", authorization: "Bearer token"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.True(response.Headers.CacheControl.NoStore);
    }

    [Fact]
    public async Task Responses_with_errors_and_posts_are_not_cacheable()
    {
        await using var host = await ProtectionHost.StartAsync();
        var client = host.CreateClient();

        var withErrors = await client.SendAsync(Get("{ failing }"));
        Assert.Null(withErrors.Headers.ETag);
        Assert.Null(withErrors.Headers.CacheControl);

        var post = await client.PostQueryAsync("{ hello }", MediaTypes.GraphQLResponse);
        Assert.Null(post.Headers.ETag);
    }

    [Fact]
    public async Task Get_caching_can_be_turned_off()
    {
        await using var host = await ProtectionHost.StartAsync(options => options.EnableGetCaching = false);
        var response = await host.CreateClient().SendAsync(Get("{ hello }"));
        Assert.Null(response.Headers.ETag);
    }
}
