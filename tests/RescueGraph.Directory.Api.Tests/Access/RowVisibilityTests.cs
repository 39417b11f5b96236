using System.Text.Json;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Access;

/// <summary>
/// Which rows each role reaches, through every path that leads to an animal, a photo, an event or an update: root
/// lists, <c>animal(id:)</c>, <c>node</c>/<c>nodes</c>, nested lists, counts and aggregates. Hidden rows are absent,
/// not nulled, and a hidden id answers exactly as a missing one.
/// </summary>
public sealed class RowVisibilityTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private DirectoryApiFactory Api => fixture.Factory;

    public static TheoryData<string> Roles => new() { "anonymous", "analyst", "partnerA", "partnerB", "admin" };

    internal static string? TokenFor(string role) => role switch
    {
        "anonymous" => null,
        "analyst" => TestTokens.Analyst(),
        "partnerA" => TestTokens.Partner(AccessFixture.OrganizationA),
        "partnerB" => TestTokens.Partner(AccessFixture.OrganizationB),
        "partnerCampaigns" => TestTokens.Partner(AccessFixture.CampaignOrganization),
        "admin" => TestTokens.Admin(),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The hidden animals each role may see.</summary>
    private static string[] HiddenAnimalsSeenBy(string role) => role switch
    {
        "partnerA" => ["Hidden Alpha"],
        "partnerB" => ["Hidden Bravo"],
        "admin" => ["Hidden Alpha", "Hidden Bravo"],
        _ => [],
    };

    private async Task<JsonElement> QueryAsync(string role, string query, object? variables = null) =>
        await Api.QueryAsync(query, variables, TokenFor(role));

    [Theory, MemberData(nameof(Roles))]
    public async Task Root_list_and_its_count_hold_exactly_the_animals_the_role_may_see(string role)
    {
        var data = await QueryAsync(role, """
            {
              animals(first: 100, where: { name: { startsWith: "Hidden" } }, order: { name: ASC }) { totalCount nodes { name } }
              nearbyAnimals(near: { latitude: 36.4, longitude: 127.9, radius: 300 }, where: { name: { startsWith: "Hidden" } }, first: 10) { nodes { name } }
            }
            """);
        var animals = data.GetProperty("animals");
        Assert.Equal(HiddenAnimalsSeenBy(role), Names(animals.GetProperty("nodes")));
        Assert.Equal(HiddenAnimalsSeenBy(role).Length, animals.GetProperty("totalCount").GetInt32());
        Assert.Equal(HiddenAnimalsSeenBy(role), Names(data.GetProperty("nearbyAnimals").GetProperty("nodes")).Order());
    }

    [Theory, MemberData(nameof(Roles))]
    public async Task An_unpublished_animal_by_id_is_null_without_error_unless_the_role_may_see_it(string role)
    {
        var id = AccessFixture.NodeId("Animal", fixture.HiddenAnimalA);
        var missing = AccessFixture.NodeId("Animal", 987_654_321);
        var response = await Api.PostAsync("""
            query($id: ID!, $missing: ID!, $photo: ID!, $event: ID!) {
              animal(id: $id) { name }
              node(id: $id) { ... on Animal { name } }
              nodes(ids: [$id, $missing]) { id }
              photo: node(id: $photo) { id }
              event: node(id: $event) { ... on AnimalEvent { animal { name } } }
              missing: animal(id: $missing) { name }
            }
            """, new { id, missing, photo = AccessFixture.NodeId("AnimalPhoto", fixture.HiddenPhotoA), @event = AccessFixture.NodeId("AnimalEvent", fixture.HiddenEventA) },
            TokenFor(role));

        // A hidden animal answers exactly like a missing one: null, and no error that could tell them apart.
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        var data = response.GetProperty("data");
        var sees = HiddenAnimalsSeenBy(role).Contains("Hidden Alpha");
        Assert.Equal(sees ? "Hidden Alpha" : null, NameOrNull(data.GetProperty("animal")));
        Assert.Equal(sees ? "Hidden Alpha" : null, NameOrNull(data.GetProperty("node")));
        var nodes = data.GetProperty("nodes");
        Assert.Equal(sees ? JsonValueKind.Object : JsonValueKind.Null, nodes[0].ValueKind);
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(sees ? JsonValueKind.Object : JsonValueKind.Null, data.GetProperty("photo").ValueKind);
        Assert.Equal(sees ? "Hidden Alpha" : null,
            data.GetProperty("event").ValueKind == JsonValueKind.Null ? null : data.GetProperty("event").GetProperty("animal").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    [Theory, MemberData(nameof(Roles))]
    public async Task Nested_lists_and_counts_include_hidden_animals_only_for_the_role_that_may_see_them(string role)
    {
        var data = await QueryAsync(role, """
            query($story: String!) {
              center(slug: "jindo-love-rescue-gimhae") { animals(first: 5, where: { name: { startsWith: "Hidden" } }) { totalCount nodes { name } } }
              careCenter: center(slug: "care-shelter") { animals(first: 5, where: { name: { startsWith: "Hidden" } }) { totalCount nodes { name } } }
              organization(slug: "jindo-love-rescue") { animals(first: 5, where: { name: { startsWith: "Hidden" } }) { totalCount nodes { name photos(first: 5) { totalCount } } } }
              story(slug: $story) { animals(first: 50) { nodes { name } } }
            }
            """, new { story = AccessFixture.StorySlugA });

        var seesA = HiddenAnimalsSeenBy(role).Contains("Hidden Alpha");
        var seesB = HiddenAnimalsSeenBy(role).Contains("Hidden Bravo");
        AssertHidden(data.GetProperty("center").GetProperty("animals"), seesA ? ["Hidden Alpha"] : []);
        AssertHidden(data.GetProperty("careCenter").GetProperty("animals"), seesB ? ["Hidden Bravo"] : []);
        var organizationAnimals = data.GetProperty("organization").GetProperty("animals");
        AssertHidden(organizationAnimals, seesA ? ["Hidden Alpha"] : []);
        if (seesA) Assert.Equal(1, organizationAnimals.GetProperty("nodes")[0].GetProperty("photos").GetProperty("totalCount").GetInt32());

        var storyAnimals = Names(data.GetProperty("story").GetProperty("animals").GetProperty("nodes"));
        Assert.Equal(seesA, storyAnimals.Contains("Hidden Alpha"));
        Assert.Contains("Luna", string.Join(",", storyAnimals)); // the story's published animals stay listed for everyone
    }

    [Theory, MemberData(nameof(Roles))]
    public async Task Aggregates_count_only_the_animals_the_role_may_see(string role)
    {
        const string query = "{ animalStatistics { count } animals { totalCount } }";
        var anonymous = await QueryAsync("anonymous", query);
        var data = await QueryAsync(role, query);
        var expectedExtra = HiddenAnimalsSeenBy(role).Length;
        var baseline = anonymous.GetProperty("animalStatistics")[0].GetProperty("count").GetInt32();
        Assert.Equal(anonymous.GetProperty("animals").GetProperty("totalCount").GetInt32(), baseline);
        Assert.Equal(baseline + expectedExtra, data.GetProperty("animalStatistics")[0].GetProperty("count").GetInt32());
        Assert.Equal(baseline + expectedExtra, data.GetProperty("animals").GetProperty("totalCount").GetInt32());
    }

    [Theory, MemberData(nameof(Roles))]
    public async Task Entities_without_unpublished_rows_read_the_same_for_every_role(string role)
    {
        // Two documents, each within the anonymous cost budget.
        string[] queries =
        [
            """
            {
              organizations(first: 10) { totalCount nodes { slug partnerships(first: 3) { totalCount } } }
              centers(first: 10) { totalCount nodes { slug } }
              stories(first: 20) { totalCount nodes { slug } }
            }
            """,
            """
            {
              campaigns(first: 25) { totalCount nodes { slug replaces(first: 2) { totalCount } } }
              localities(first: 40) { totalCount nodes { name } }
            }
            """,
        ];
        foreach (var query in queries)
        {
            var anonymous = await QueryAsync("anonymous", query);
            var data = await QueryAsync(role, query);
            Assert.Equal(anonymous.ToString(), data.ToString());
            Assert.True(data.EnumerateObject().First().Value.GetProperty("totalCount").GetInt32() >= 8);
        }
    }

    [Theory]
    [InlineData("anonymous", false)]
    [InlineData("analyst", false)]
    [InlineData("partnerA", false)]
    [InlineData("partnerCampaigns", true)]
    [InlineData("admin", true)]
    public async Task Draft_updates_reach_only_the_campaign_organization_and_admins(string role, bool seesDraft)
    {
        var response = await Api.PostAsync("""
            query($id: ID!) {
              campaign(slug: "jeonju-florence") { updates(first: 100) { totalCount nodes { title } } }
              node(id: $id) { ... on CampaignUpdate { title isDraft } }
            }
            """, new { id = AccessFixture.NodeId("CampaignUpdate", fixture.DraftUpdate) }, TokenFor(role));

        var data = response.GetProperty("data");
        var updates = data.GetProperty("campaign").GetProperty("updates");
        Assert.Equal(seesDraft, Names(updates.GetProperty("nodes"), "title").Contains("Draft Update"));
        Assert.Equal(seesDraft ? 4 : 3, updates.GetProperty("totalCount").GetInt32());
        if (seesDraft) Assert.True(data.GetProperty("node").GetProperty("isDraft").GetBoolean());
        else Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
    }

    private static void AssertHidden(JsonElement connection, string[] expected)
    {
        Assert.Equal(expected, Names(connection.GetProperty("nodes")));
        Assert.Equal(expected.Length, connection.GetProperty("totalCount").GetInt32());
    }

    internal static string[] Names(JsonElement nodes, string field = "name")
    {
        var names = new List<string>();
        foreach (var node in nodes.EnumerateArray()) names.Add(node.GetProperty(field).GetString()!);
        return [.. names];
    }

    private static string? NameOrNull(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetProperty("name").GetString();
}
