using System.Net;
using System.Text;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Protection;

/// <summary>The static limits every request passes before it executes: depth, field cycles, tokens, body size, node batches.</summary>
[Collection(ProtectionCollection.Name)]
public sealed class RequestLimitTests(DirectoryApiFixture fixture)
{
    private DirectoryApiFactory Host => fixture.Factory;

    [Fact]
    public async Task An_operation_deeper_than_the_max_execution_depth_is_refused()
    {
        // organization → centers → nodes → animals → nodes → center → organization → …: 16 levels, one over the default of 15,
        // and no coordinate more than three times (the cycle limit).
        var query = "{ organization(slug: \"jindo-love-rescue\") { centers { nodes { animals { nodes { center { organization { " +
                    "centers { nodes { animals { nodes { center { organization { centers { nodes { name } } } } } } } } } } } } } } } }";
        var response = await Host.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Contains("exceeds the max allowed execution depth of 15", error.GetProperty("message").GetString());
        Assert.Equal(15, error.GetProperty("extensions").GetProperty("allowedExecutionDepth").GetInt32());
    }

    [Fact]
    public async Task Introspection_is_exempt_from_the_depth_limit()
    {
        var response = await Host.PostQueryAsync(IntrospectionQuery.Full);

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task A_field_recurring_more_than_three_times_on_a_path_is_refused()
    {
        var query = "{ organization(slug: \"jindo-love-rescue\") { centers { nodes { organization { centers { nodes { organization { " +
                    "centers { nodes { organization { centers { nodes { name } } } } } } } } } } } } }";
        var response = await Host.PostQueryAsync(query);

        Assert.Equal("HC0087", response.FirstErrorCode);
        Assert.Equal("Maximum allowed coordinate cycle depth was exceeded.", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_document_over_the_parser_token_limit_is_a_syntax_error()
    {
        var fields = new StringBuilder("{ ");
        for (var i = 0; i < 8_000; i++) fields.Append("a").Append(i).Append(": __typename ");
        fields.Append('}');
        var response = await Host.PostQueryAsync(fields.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("tokens", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        var response = await Host.PostJsonAsync(new { query = "{ __typename }", padding = new string(' ', 1024 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.True(response.HasErrors);
    }

    [Fact]
    public async Task Nodes_accepts_at_most_fifty_ids_with_a_clear_error()
    {
        var ids = new string[51];
        for (var i = 0; i < ids.Length; i++) ids[i] = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Animal:{i + 1}"));
        var response = await Host.PostJsonAsync(new { query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables = new { ids } });

        Assert.Equal("NODES_LIMIT_EXCEEDED", response.FirstErrorCode);
        Assert.Equal("The maximum number of nodes that can be fetched at once is 50. This selection contains 51 nodes.",
            response.Body.GetProperty("errors")[0].GetProperty("message").GetString());

        var fifty = await Host.PostJsonAsync(new { query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables = new { ids = ids[..50] } });
        Assert.False(fifty.HasErrors, fifty.Body.ToString());
    }
}

/// <summary>GraphiQL's introspection query (graphql-js <c>getIntrospectionQuery()</c>), which nests type references deeply.</summary>
internal static class IntrospectionQuery
{
    public const string Full = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
