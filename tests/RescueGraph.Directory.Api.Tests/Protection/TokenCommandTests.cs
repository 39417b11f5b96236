using RescueGraph.Directory.Api.Commands;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.GraphQL.AspNetCore.Authentication;

namespace RescueGraph.Directory.Api.Tests.Protection;

/// <summary>The development <c>token</c> command: what it mints the host accepts; without a signing key it refuses.</summary>
[Collection(ProtectionCollection.Name)]
public sealed class TokenCommandTests(DirectoryApiFixture fixture)
{
    [Fact]
    public async Task A_minted_token_authenticates_against_the_host()
    {
        var jwt = new JwtAuthenticationOptions { SigningKey = TestTokens.SigningKey, Issuer = TestTokens.Issuer, Audience = TestTokens.Audience };
        var token = TokenCommand.Mint(jwt, "alice", ["partner"], "jindo-love-rescue", TimeSpan.FromHours(1));
        // Introspection off for anonymous callers: only an accepted token gets the schema.
        await using var host = fixture.Factory.WithSettings(("GraphQL:AllowAnonymousIntrospection", "false"));

        var response = await host.PostQueryAsync("{ __schema { queryType { name } } }", token);

        Assert.False(response.HasErrors, response.Body.ToString());
    }

    [Fact]
    public async Task Without_a_configured_signing_key_the_command_refuses()
    {
        // The test process runs as Production with the committed appsettings.json, which holds no signing key.
        Assert.Null(Environment.GetEnvironmentVariable("Authentication__Jwt__SigningKey"));
        var exitCode = await DirectoryCommandLine.RunAsync(["token", "--role", "partner", "--org", "jindo-love-rescue"],
            (_, _) => throw new InvalidOperationException("The command line must not start the server here."));

        Assert.Equal(1, exitCode);
    }
}
