using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using RescueGraph.GraphQL.AspNetCore.Authentication;
using RescueGraph.GraphQL.Authorization;

namespace RescueGraph.GraphQL.AspNetCore.Tests.Authentication;

public sealed class JwtAuthenticationTests : IAsyncLifetime
{
    private JwtTestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await JwtTestHost.StartAsync(secureEndpoint: true);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(string query, string? authorization, string path = "/graphql", object? variables = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(MediaTypes.GraphQLResponse);
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return _client.SendAsync(request);
    }

    private static Claim[] Claims(params (string Type, string Value)[] claims) =>
        [new Claim("sub", "user-1"), .. claims.Select(c => new Claim(c.Type, c.Value))];

    [Fact]
    public async Task A_request_without_a_token_runs_anonymously()
    {
        var response = await PostAsync("{ hello me }", authorization: null);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("me").ValueKind);
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, body.FirstErrorCode());
        Assert.Equal(0, _host.Calls["me"]);
    }

    [Fact]
    public async Task A_valid_HS256_token_authenticates_with_its_roles_array_and_organization()
    {
        var token = JwtTestHost.CreateToken(
        [
            new Claim("sub", "user-1"),
            new Claim("org", "kare"),
            new Claim("roles", "staff"),
            new Claim("roles", "admin"), // two claims of one type: written as a JSON array
        ]);

        var response = await PostAsync("{ me organization staffNote }", "Bearer " + token);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var data = body.GetProperty("data");
        Assert.Equal("user-1", data.GetProperty("me").GetString());
        Assert.Equal("kare", data.GetProperty("organization").GetString());
        Assert.Equal("feed at six", data.GetProperty("staffNote").GetString());
    }

    [Fact]
    public async Task A_single_role_claim_string_is_a_role_and_a_missing_role_is_refused_per_field()
    {
        var staff = await (await PostAsync("{ staffNote }", "Bearer " + JwtTestHost.CreateToken(Claims(("role", "staff"))))).ReadJsonAsync();
        Assert.Equal("feed at six", staff.GetProperty("data").GetProperty("staffNote").GetString());

        var volunteerResponse = await PostAsync("{ me staffNote }", "Bearer " + JwtTestHost.CreateToken(Claims(("role", "volunteer"))));
        var volunteer = await volunteerResponse.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, volunteerResponse.StatusCode);
        Assert.Equal("user-1", volunteer.GetProperty("data").GetProperty("me").GetString());
        Assert.Equal(JsonValueKind.Null, volunteer.GetProperty("data").GetProperty("staffNote").ValueKind);
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, volunteer.FirstErrorCode());
    }

    [Fact]
    public async Task A_policy_compares_the_callers_organization_claim()
    {
        var token = "Bearer " + JwtTestHost.CreateToken(Claims(("org", "kare")));

        var own = await (await PostAsync("query($org: String!) { medicalNotes(org: $org) }", token, variables: new { org = "kare" })).ReadJsonAsync();
        Assert.Equal("notes of kare", own.GetProperty("data").GetProperty("medicalNotes").GetString());

        var other = await (await PostAsync("query($org: String!) { medicalNotes(org: $org) }", token, variables: new { org = "other" })).ReadJsonAsync();
        Assert.Equal(JsonValueKind.Null, other.GetProperty("data").GetProperty("medicalNotes").ValueKind);
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, other.FirstErrorCode());
    }

    public static TheoryData<string, string> BadTokens()
    {
        var now = DateTime.UtcNow;
        var valid = JwtTestHost.CreateToken();
        var parts = valid.Split('.');
        var unsignedHeader = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var strongerAlgorithm = JwtTestHost.WriteToken(null, JwtTestHost.Issuer, JwtTestHost.Audience,
            new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(JwtTestHost.SigningKey)), SecurityAlgorithms.HmacSha512));
        return new TheoryData<string, string>
        {
            { "expired", "Bearer " + JwtTestHost.CreateToken(expires: now.AddMinutes(-10), notBefore: now.AddMinutes(-20)) },
            { "not yet valid", "Bearer " + JwtTestHost.CreateToken(notBefore: now.AddMinutes(10), expires: now.AddMinutes(20)) },
            { "bad signature", "Bearer " + JwtTestHost.CreateToken(signingKey: "another-signing-key-of-at-least-32-bytes!!") },
            { "tampered payload", "Bearer " + parts[0] + "." + Base64UrlEncoder.Encode($$"""{"sub":"admin","iss":"{{JwtTestHost.Issuer}}","aud":"{{JwtTestHost.Audience}}","exp":{{new DateTimeOffset(now.AddMinutes(5)).ToUnixTimeSeconds()}}}""") + "." + parts[2] },
            { "wrong audience", "Bearer " + JwtTestHost.CreateToken(audience: "someone-else") },
            { "wrong issuer", "Bearer " + JwtTestHost.CreateToken(issuer: "https://evil.example") },
            { "malformed", "Bearer not.a.jwt" },
            { "garbage", "Bearer %%%" },
            { "empty bearer", "Bearer " },
            { "alg none", "Bearer " + unsignedHeader + "." + parts[1] + "." },
            { "other algorithm", "Bearer " + strongerAlgorithm },
            { "other scheme", "Basic dXNlcjpwYXNz" },
        };
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_request_with_a_bad_token_is_refused_with_401_and_never_runs(string kind, string authorization)
    {
        var response = await PostAsync("{ hello }", authorization);
        var body = await response.ReadJsonAsync();

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: {(int)response.StatusCode} {body}");
        Assert.Equal(MediaTypes.GraphQLResponse, response.MediaType());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, body.FirstErrorCode());
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(0, _host.Calls.Total);
    }

    [Fact]
    public async Task An_expired_token_is_told_so()
    {
        var now = DateTime.UtcNow;
        var response = await PostAsync("{ hello }", "Bearer " + JwtTestHost.CreateToken(expires: now.AddMinutes(-10), notBefore: now.AddMinutes(-20)));
        var body = await response.ReadJsonAsync();

        Assert.Equal("The bearer token has expired.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_GET_with_a_bad_token_is_refused_too()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, HttpTestHelpers.GetQueryUrl("{ hello }"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.jwt");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task An_endpoint_requiring_authorization_challenges_in_GraphQL_shape()
    {
        var anonymous = await PostAsync("{ hello }", authorization: null, path: "/secure");
        var body = await anonymous.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(MediaTypes.GraphQLResponse, anonymous.MediaType());
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, body.FirstErrorCode());
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.ToString());

        var authenticated = await PostAsync("{ hello }", "Bearer " + JwtTestHost.CreateToken(), path: "/secure");
        Assert.Equal(HttpStatusCode.OK, authenticated.StatusCode);
        Assert.Equal("world", (await authenticated.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public void Options_are_read_from_the_Authentication_Jwt_section_as_environment_variables_give_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Authentication__Jwt__SigningKey etc. arrive as these keys.
            ["Authentication:Jwt:SigningKey"] = JwtTestHost.SigningKey,
            ["Authentication:Jwt:Issuer"] = JwtTestHost.Issuer,
            ["Authentication:Jwt:Audience"] = JwtTestHost.Audience,
            ["Authentication:Jwt:ClockSkew"] = "00:01:00",
        }).Build();

        var options = JwtAuthenticationOptions.FromConfiguration(configuration);

        Assert.Equal(JwtTestHost.SigningKey, options.SigningKey);
        Assert.Equal(JwtTestHost.Issuer, options.Issuer);
        Assert.Equal(JwtTestHost.Audience, options.Audience);
        Assert.Null(options.Authority);
        Assert.Equal(TimeSpan.FromMinutes(1), options.ClockSkew);
        new ServiceCollection().AddGraphQLJwtAuthentication(configuration); // valid: does not throw
    }

    [Theory]
    [InlineData(null, "https://issuer", "aud", null)]                          // neither key nor authority
    [InlineData("development-signing-key-of-at-least-32-bytes!", null, "aud", null)] // HS256 without issuer
    [InlineData("development-signing-key-of-at-least-32-bytes!", "https://issuer", null, null)] // no audience
    [InlineData("too-short", "https://issuer", "aud", null)]                  // weak key
    [InlineData("development-signing-key-of-at-least-32-bytes!", "https://issuer", "aud", "https://login.example")] // both
    public void Weak_or_incomplete_settings_are_refused_at_startup(string? key, string? issuer, string? audience, string? authority)
    {
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddGraphQLJwtAuthentication(options =>
        {
            options.SigningKey = key;
            options.Issuer = issuer;
            options.Audience = audience;
            options.Authority = authority;
        }));
    }
}
