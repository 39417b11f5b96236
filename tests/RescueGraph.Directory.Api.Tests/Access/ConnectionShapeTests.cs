using System.Text.Json;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Access;

/// <summary>The lists issue 4 left plain, now connections; Partnership as a node; the <c>version</c> concurrency token.</summary>
public sealed class ConnectionShapeTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private DirectoryApiFactory Api => fixture.Factory;

    [Fact]
    public async Task A_partnership_is_one_node_listed_under_both_organizations()
    {
        var data = await Api.QueryAsync("""
            {
              jlr: organization(slug: "jindo-love-rescue") { partnerships(first: 10) { totalCount nodes { id since organizations { slug } } } }
              ida: organization(slug: "in-defense-of-animals") { partnerships(first: 10) { totalCount nodes { id organizations { slug } } } }
            }
            """);
        var jindo = data.GetProperty("jlr").GetProperty("partnerships");
        Assert.Equal(2, jindo.GetProperty("totalCount").GetInt32());
        foreach (var partnership in jindo.GetProperty("nodes").EnumerateArray())
            Assert.Contains("jindo-love-rescue", RowVisibilityTests.Names(partnership.GetProperty("organizations"), "slug"));

        var shared = Assert.Single(data.GetProperty("ida").GetProperty("partnerships").GetProperty("nodes").EnumerateArray());
        Assert.Equal(["in-defense-of-animals", "jindo-love-rescue"], RowVisibilityTests.Names(shared.GetProperty("organizations"), "slug").Order());
        var id = shared.GetProperty("id").GetString();
        Assert.Contains(jindo.GetProperty("nodes").EnumerateArray(), p => p.GetProperty("id").GetString() == id);

        var node = await Api.QueryAsync("query($id: ID!) { node(id: $id) { __typename ... on Partnership { since organizations { slug } } } }", new { id });
        Assert.Equal("Partnership", node.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal("2017-01-01", node.GetProperty("node").GetProperty("since").GetString());
    }

    [Fact]
    public async Task Replaced_campaigns_are_a_connection_with_paging_and_filtering()
    {
        var data = await Api.QueryAsync("""
            {
              campaign(slug: "jeonju-florence") {
                replacedBy {
                  replaces(first: 5) { totalCount nodes { slug } pageInfo { hasNextPage } }
                  none: replaces(where: { slug: { eq: "no-such-campaign" } }) { totalCount }
                }
              }
            }
            """);
        var replacement = data.GetProperty("campaign").GetProperty("replacedBy");
        var replaces = replacement.GetProperty("replaces");
        Assert.Equal(1, replaces.GetProperty("totalCount").GetInt32());
        Assert.Equal("jeonju-florence", replaces.GetProperty("nodes")[0].GetProperty("slug").GetString());
        Assert.False(replaces.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(0, replacement.GetProperty("none").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Version_is_the_row_s_concurrency_token_as_a_decimal_string()
    {
        var data = await Api.QueryAsync("""
            query($id: ID!) {
              animal(id: $id) { version photos { nodes { version } } events { nodes { version } } center { version } organization { version } }
              campaign(slug: "jeonju-florence") { version updates(first: 1) { nodes { version } } }
              organizations(first: 1) { nodes { version partnerships(first: 1) { nodes { version } } } }
            }
            """, new { id = AccessFixture.NodeId("Animal", fixture.OpenAnimalA) });
        var versions = new List<string>();
        Collect(data, versions);
        Assert.True(versions.Count >= 6, string.Join(",", versions));
        foreach (var version in versions) Assert.True(uint.TryParse(version, out var value) && value > 0, version);
    }

    private static void Collect(JsonElement element, List<string> versions)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
                if (property.Name == "version") versions.Add(property.Value.GetString()!);
                else Collect(property.Value, versions);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, versions);
        }
    }
}
