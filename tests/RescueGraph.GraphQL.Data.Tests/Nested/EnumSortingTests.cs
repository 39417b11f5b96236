using System.Text.Json;

namespace RescueGraph.GraphQL.Data.Tests.Nested;

/// <summary>Enums stored as text sort by their declared order (Calm, Shy, Playful), not alphabetically, and page by keyset.</summary>
// In the shelter collection so schemas are never built concurrently: the engine's ClrTypeShape shares a
// NullabilityInfoContext, which is not thread-safe.
[Collection(ShelterCollection.Name)]
public sealed class EnumSortingTests(NestedShelterFixture fixture) : IClassFixture<NestedShelterFixture>
{
    private static string[] Temperaments(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("temperament").GetString()!)];

    [Fact]
    public async Task Text_enum_sorts_in_declared_order_both_directions()
    {
        var ascending = (await fixture.RunAsync("{ animals(first: 20, order: [{ temperament: ASC }, { name: ASC }]) { nodes { name temperament } } }")).Data("animals");
        Assert.Equal(["CALM", "CALM", "CALM", "CALM", "SHY", "SHY", "SHY", "PLAYFUL", "PLAYFUL", "PLAYFUL"], Temperaments(ascending));
        Assert.Equal(["Kong", "Nabi", "Rex", "Sora"], ascending.Names()[..4]);

        var descending = (await fixture.RunAsync("{ animals(first: 20, order: [{ temperament: DESC }, { name: ASC }]) { nodes { name temperament } } }")).Data("animals");
        Assert.Equal(["PLAYFUL", "PLAYFUL", "PLAYFUL", "SHY", "SHY", "SHY", "CALM", "CALM", "CALM", "CALM"], Temperaments(descending));
    }

    [Fact]
    public async Task Keyset_cursors_work_on_a_text_enum_sort()
    {
        const string Query = "query($after: String) { animals(first: 3, after: $after, order: [{ temperament: ASC }]) { nodes { name temperament } pageInfo { hasNextPage endCursor } } }";
        var seen = new List<string>();
        var temperaments = new List<string>();
        string? cursor = null;
        for (var page = 0; page < 10; page++)
        {
            var connection = (await fixture.RunAsync(Query, new Dictionary<string, object?> { ["after"] = cursor })).Data("animals");
            seen.AddRange(connection.Names());
            temperaments.AddRange(Temperaments(connection));
            var pageInfo = connection.GetProperty("pageInfo");
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean()) break;
            cursor = pageInfo.GetProperty("endCursor").GetString();
        }
        Assert.Equal(10, seen.Count);
        Assert.Equal(10, seen.Distinct().Count());
        Assert.Equal(["CALM", "CALM", "CALM", "CALM", "SHY", "SHY", "SHY", "PLAYFUL", "PLAYFUL", "PLAYFUL"], temperaments);
    }

    [Fact]
    public async Task Text_enum_sort_works_inside_a_nested_connection()
    {
        var response = await fixture.RunAsync(
            "{ shelters(where: { name: { eq: \"South\" } }) { nodes { animals(order: [{ temperament: DESC }]) { nodes { name temperament } } } } }");
        var animals = response.Data("shelters").GetProperty("nodes")[0].GetProperty("animals");
        Assert.Equal(["Bam", "Hodu", "Sora"], animals.Names());
    }
}
