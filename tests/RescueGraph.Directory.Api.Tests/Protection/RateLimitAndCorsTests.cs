using System.Net;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Protection;

/// <summary>Per-client rate limits (429 + Retry-After, GraphQL-shaped) and the CORS policy for partner websites.</summary>
[Collection(ProtectionCollection.Name)]
public sealed class RateLimitAndCorsTests(DirectoryApiFixture fixture)
{
    private const string Query = "{ __typename }";

    [Fact]
    public async Task Over_the_limit_a_client_gets_429_with_Retry_After_while_other_clients_go_on()
    {
        await using var host = fixture.Factory.WithSettings(("GraphQL:RateLimit:PermitLimit", "3"), ("GraphQL:RateLimit:Window", "00:01:00"));

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await host.PostQueryAsync(Query, null, ("X-Api-Key", "partner-a"))).Status);
        var refused = await host.PostQueryAsync(Query, null, ("X-Api-Key", "partner-a"));
        var otherKey = await host.PostQueryAsync(Query, null, ("X-Api-Key", "partner-b"));
        var tokenSubject = await host.PostQueryAsync(Query, TestTokens.Analyst("analyst-with-own-limit"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RATE_LIMITED", refused.FirstErrorCode);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter), 1, 60);
        Assert.Equal(HttpStatusCode.OK, otherKey.Status);
        Assert.Equal(HttpStatusCode.OK, tokenSubject.Status);
    }

    [Fact]
    public async Task A_permit_limit_of_zero_turns_rate_limiting_off()
    {
        await using var host = fixture.Factory.WithSettings(("GraphQL:RateLimit:PermitLimit", "0"));

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await host.PostQueryAsync(Query)).Status);
    }

    [Fact]
    public async Task By_default_any_origin_may_GET_and_POST_without_credentials()
    {
        using var client = fixture.Factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://partner.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var preflightResponse = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
        Assert.Equal("*", Assert.Single(preflightResponse.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", preflightResponse.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.False(preflightResponse.Headers.Contains("Access-Control-Allow-Credentials"));

        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        get.Headers.Add("Origin", "https://partner.example");
        using var getResponse = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, getResponse.StatusCode);
        Assert.Equal("*", Assert.Single(getResponse.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Configured_origins_are_the_only_ones_allowed()
    {
        await using var host = fixture.Factory.WithSettings(("GraphQL:Cors:AllowedOrigins:0", "https://partner.example"));
        using var client = host.CreateClient();

        var allowed = await GetWithOriginAsync(client, "https://partner.example");
        var other = await GetWithOriginAsync(client, "https://elsewhere.example");

        Assert.Equal("https://partner.example", Assert.Single(allowed.GetValues("Access-Control-Allow-Origin")));
        Assert.False(other.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<System.Net.Http.Headers.HttpResponseHeaders> GetWithOriginAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Add("Origin", origin);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers;
    }
}
