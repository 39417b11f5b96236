using System.Net;
using Microsoft.AspNetCore.Hosting;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Protection;

/// <summary><c>GraphQL:AllowAnonymousIntrospection</c>: on by default (GraphiQL works); off refuses anonymous callers only.</summary>
[Collection(ProtectionCollection.Name)]
public sealed class IntrospectionPolicyTests(DirectoryApiFixture fixture)
{
    private const string SchemaQuery = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task Anonymous_callers_may_introspect_by_default()
    {
        var response = await fixture.Factory.PostQueryAsync(SchemaQuery);

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal("Query", response.Body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task With_anonymous_introspection_off_anonymous_callers_are_refused_and_authenticated_ones_are_not()
    {
        await using var host = fixture.Factory.WithSettings(("GraphQL:AllowAnonymousIntrospection", "false"));

        var anonymous = await host.PostQueryAsync(SchemaQuery);
        var anonymousType = await host.PostQueryAsync("{ __type(name: \"Animal\") { name } }");
        var anonymousTypename = await host.PostQueryAsync("{ __typename }");
        var partner = await host.PostQueryAsync(SchemaQuery, TestTokens.Partner("jindo-love-rescue"));

        Assert.Equal(HttpStatusCode.BadRequest, anonymous.Status);
        Assert.Equal("HC0046", anonymous.FirstErrorCode);
        Assert.Equal("Introspection is not allowed for the current request.", anonymous.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("HC0046", anonymousType.FirstErrorCode);
        Assert.False(anonymousTypename.HasErrors, anonymousTypename.Body.ToString());
        Assert.False(partner.HasErrors, partner.Body.ToString());
    }

    [Fact]
    public async Task Development_allows_introspection_whatever_the_setting()
    {
        await using var host = fixture.Factory.WithSettings(("GraphQL:AllowAnonymousIntrospection", "false"))
            .WithWebHostBuilder(builder => builder.UseEnvironment("Development"));

        var anonymous = await host.PostQueryAsync(SchemaQuery);

        Assert.False(anonymous.HasErrors, anonymous.Body.ToString());
    }
}
