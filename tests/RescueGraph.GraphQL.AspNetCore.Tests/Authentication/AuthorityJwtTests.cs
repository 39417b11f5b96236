using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using RescueGraph.GraphQL.Authorization;

namespace RescueGraph.GraphQL.AspNetCore.Tests.Authentication;

/// <summary>Production's path: RS256 tokens checked against the keys an authority publishes in its OpenID Connect metadata.</summary>
public sealed class AuthorityJwtTests : IAsyncLifetime
{
    private const string Authority = "https://login.rescuegraph.test";
    private readonly RSA _rsa = RSA.Create(2048);

    // IdentityModel caches signature providers by key id: a fresh id per test keeps a disposed key out of that cache.
    private readonly string _keyId = Guid.NewGuid().ToString("N");
    private JwtTestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await JwtTestHost.StartAsync(options =>
        {
            options.Authority = Authority;
            options.Audience = JwtTestHost.Audience;
            options.BackchannelHttpHandler = new AuthorityMetadataHandler(_rsa.ExportParameters(includePrivateParameters: false), _keyId);
        });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _rsa.Dispose();
    }

    private SigningCredentials RsaCredentials => new(new RsaSecurityKey(_rsa) { KeyId = _keyId }, SecurityAlgorithms.RsaSha256);

    private async Task<HttpResponseMessage> PostAsync(string token) =>
        await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ me staffNote }"}""", Encoding.UTF8, "application/json"),
            Headers = { { "Authorization", "Bearer " + token } },
        });

    [Fact]
    public async Task A_token_signed_with_the_authoritys_key_is_accepted()
    {
        var token = JwtTestHost.WriteToken([new Claim("sub", "user-7"), new Claim("roles", "staff")], Authority, JwtTestHost.Audience, RsaCredentials);

        var response = await PostAsync(token);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("user-7", body.GetProperty("data").GetProperty("me").GetString());
        Assert.Equal("feed at six", body.GetProperty("data").GetProperty("staffNote").GetString());
    }

    [Fact]
    public async Task Tokens_from_another_issuer_or_signed_otherwise_are_refused()
    {
        var otherIssuer = JwtTestHost.WriteToken(null, "https://evil.example", JwtTestHost.Audience, RsaCredentials);
        var symmetric = JwtTestHost.CreateToken(issuer: Authority);
        using var otherRsa = RSA.Create(2048);
        var otherKey = JwtTestHost.WriteToken(null, Authority, JwtTestHost.Audience,
            new SigningCredentials(new RsaSecurityKey(otherRsa) { KeyId = Guid.NewGuid().ToString("N") }, SecurityAlgorithms.RsaSha256));

        foreach (var token in new[] { otherIssuer, symmetric, otherKey })
        {
            var response = await PostAsync(token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, (await response.ReadJsonAsync()).FirstErrorCode());
        }
        Assert.Equal(0, _host.Calls.Total);
    }

    /// <summary>Serves the authority's discovery document and key set, as its real endpoints would.</summary>
    private sealed class AuthorityMetadataHandler(RSAParameters key, string keyId) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            string? json = path switch
            {
                "/.well-known/openid-configuration" => JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["issuer"] = Authority,
                    ["jwks_uri"] = Authority + "/keys",
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                }),
                "/keys" => JsonSerializer.Serialize(new
                {
                    keys = new[]
                    {
                        new Dictionary<string, string>
                        {
                            ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = keyId,
                            ["n"] = Base64UrlEncoder.Encode(key.Modulus!), ["e"] = Base64UrlEncoder.Encode(key.Exponent!),
                        },
                    },
                }),
                _ => null,
            };
            return Task.FromResult(json is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }
}
