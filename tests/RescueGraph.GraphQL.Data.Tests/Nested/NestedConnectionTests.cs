using System.Text.Json;

namespace RescueGraph.GraphQL.Data.Tests.Nested;

/// <summary>Batched nested connections: per-parent pages, cursors, filters, sorts and counts, one statement per level.</summary>
// In the shelter collection so schemas are never built concurrently: the engine's ClrTypeShape shares a
// NullabilityInfoContext, which is not thread-safe.
[Collection(ShelterCollection.Name)]
public sealed class NestedConnectionTests(NestedShelterFixture fixture) : IClassFixture<NestedShelterFixture>
{
    private static Dictionary<string, JsonElement> ByShelter(JsonElement response)
    {
        var result = new Dictionary<string, JsonElement>();
        foreach (var shelter in response.Data("shelters").GetProperty("nodes").EnumerateArray())
            result[shelter.GetProperty("name").GetString()!] = shelter.GetProperty("animals");
        return result;
    }

    [Fact]
    public async Task First_page_of_every_parent_is_one_statement_with_per_parent_page_info()
    {
        var (response, statements) = await fixture.RunCountingAsync(
            "{ shelters { nodes { name animals(first: 2, order: [{ name: ASC }]) { nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }");
        var shelters = ByShelter(response);
        Assert.Equal(["Bori", "Dubu"], shelters["North"].Names());
        Assert.Equal(["Bam", "Hodu"], shelters["South"].Names());
        Assert.Empty(shelters["East"].Names());
        Assert.True(shelters["North"].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(shelters["South"].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(shelters["East"].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(shelters["North"].GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, shelters["East"].GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
        Assert.Equal(2, statements); // the shelters, then every shelter's animals
    }

    [Fact]
    public async Task After_cursor_pages_forward_within_each_parent_until_the_end()
    {
        var names = new List<string>();
        string? cursor = null;
        for (var page = 0; page < 5; page++)
        {
            var response = await fixture.RunAsync(
                "query($after: String) { shelters(where: { name: { eq: \"North\" } }) { nodes { name animals(first: 3, after: $after, order: [{ name: ASC }]) { nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } } } } }",
                new Dictionary<string, object?> { ["after"] = cursor });
            var animals = ByShelter(response)["North"];
            names.AddRange(animals.Names());
            var pageInfo = animals.GetProperty("pageInfo");
            Assert.Equal(cursor is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean()) break;
            cursor = pageInfo.GetProperty("endCursor").GetString();
        }
        Assert.Equal(["Bori", "Dubu", "Kong", "Mimi", "Nabi", "Rex", "Toto"], names);
    }

    [Fact]
    public async Task Last_and_before_page_backward_within_each_parent()
    {
        var response = await fixture.RunAsync(
            "{ shelters { nodes { name animals(last: 2, order: [{ name: ASC }]) { nodes { name } pageInfo { hasPreviousPage hasNextPage startCursor } } } } }");
        var shelters = ByShelter(response);
        Assert.Equal(["Rex", "Toto"], shelters["North"].Names());
        Assert.Equal(["Hodu", "Sora"], shelters["South"].Names());
        Assert.True(shelters["North"].GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(shelters["North"].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var before = shelters["North"].GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var previous = await fixture.RunAsync(
            "query($before: String) { shelters(where: { name: { eq: \"North\" } }) { nodes { name animals(last: 2, before: $before, order: [{ name: ASC }]) { nodes { name } pageInfo { hasPreviousPage hasNextPage } } } } }",
            new Dictionary<string, object?> { ["before"] = before });
        var north = ByShelter(previous)["North"];
        Assert.Equal(["Mimi", "Nabi"], north.Names());
        Assert.True(north.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(north.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Where_and_order_apply_within_each_parent()
    {
        var response = await fixture.RunAsync(
            "{ shelters { nodes { name animals(where: { age: { gte: 3 } }, order: [{ age: DESC }, { name: ASC }]) { nodes { name } } } } }");
        var shelters = ByShelter(response);
        Assert.Equal(["Bori", "Kong", "Dubu", "Rex"], shelters["North"].Names());
        Assert.Equal(["Bam", "Hodu"], shelters["South"].Names());
        Assert.Empty(shelters["East"].Names());
    }

    [Fact]
    public async Task Total_count_per_parent_is_one_more_statement_and_honours_where()
    {
        var (response, statements) = await fixture.RunCountingAsync(
            "{ shelters { nodes { name animals(first: 1, where: { temperament: { neq: SHY } }) { totalCount nodes { name } } } } }");
        var shelters = ByShelter(response);
        Assert.Equal(5, shelters["North"].GetProperty("totalCount").GetInt32());
        Assert.Equal(2, shelters["South"].GetProperty("totalCount").GetInt32());
        Assert.Equal(0, shelters["East"].GetProperty("totalCount").GetInt32());
        Assert.Single(shelters["North"].Names());
        Assert.True(statements == 3, string.Join("\n----\n", fixture.Log.Statements)); // shelters, pages, counts

        var (countOnly, countOnlyStatements) = await fixture.RunCountingAsync("{ shelters { nodes { name animals { totalCount } } } }");
        Assert.Equal(7, ByShelter(countOnly)["North"].GetProperty("totalCount").GetInt32());
        Assert.Equal(2, countOnlyStatements); // no page is read when only totalCount is selected
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Nested_levels_cost_one_statement_each_whatever_the_number_of_parents(int shelterCount)
    {
        var (response, statements) = await fixture.RunCountingAsync(
            "query($first: Int) { shelters(first: $first, order: [{ name: DESC }]) { nodes { name animals(first: 10) { nodes { name photoPage(first: 2, order: [{ width: DESC }]) { nodes { url } } } } } } }",
            new Dictionary<string, object?> { ["first"] = shelterCount });
        Assert.Equal(3, statements);
        var north = ByShelter(response).GetValueOrDefault("North");
        if (shelterCount == 3)
        {
            var rex = north.GetProperty("nodes").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "Rex");
            Assert.Equal(["rex-3", "rex-2"], rex.GetProperty("photoPage").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("url").GetString()));
        }
    }

    [Fact]
    public async Task Aliases_with_different_arguments_are_separate_batches()
    {
        var (response, statements) = await fixture.RunCountingAsync(
            "{ shelters { nodes { name young: animals(where: { age: { lte: 2 } }, order: [{ name: ASC }]) { nodes { name } } old: animals(where: { age: { gt: 4 } }, order: [{ name: ASC }]) { nodes { name } } } } }");
        var north = response.Data("shelters").GetProperty("nodes").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "North");
        Assert.Equal(["Mimi", "Nabi", "Toto"], north.GetProperty("young").Names());
        Assert.Equal(["Bori", "Kong"], north.GetProperty("old").Names());
        Assert.Equal(3, statements);
    }

    [Fact]
    public async Task Equal_fields_under_different_aliases_share_one_batch()
    {
        var (response, statements) = await fixture.RunCountingAsync(
            "{ shelters { nodes { name x: animals(first: 1, order: [{ name: ASC }]) { nodes { name } } y: animals(first: 1, order: [{ name: ASC }]) { nodes { name } } } } }");
        var north = response.Data("shelters").GetProperty("nodes").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "North");
        Assert.Equal(["Bori"], north.GetProperty("x").Names());
        Assert.Equal(["Bori"], north.GetProperty("y").Names());
        Assert.Equal(2, statements); // the shelters, one nested statement for both aliases
    }

    [Fact]
    public async Task Page_size_limits_are_reported_on_the_nested_field()
    {
        var response = await fixture.RunAsync("{ shelters(first: 1) { nodes { name animals(first: 101) { nodes { name } } } } }");
        var error = response.GetProperty("errors")[0];
        Assert.Equal("HC0051", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Shelter.animals", error.GetProperty("extensions").GetProperty("coordinate").GetString());
    }

    [Fact]
    public async Task Pages_are_ranked_per_parent_over_the_batchs_rows_only()
    {
        var (_, statements) = await fixture.RunCountingAsync(
            "{ shelters { nodes { animals(first: 2) { nodes { name photoPage(first: 1) { nodes { url } } } } } } }");
        Assert.Equal(3, statements);
        var animals = fixture.Log.Statements[1];
        Assert.True(animals.Contains("ROW_NUMBER() OVER(PARTITION BY a.\"ShelterId\""), animals);
        Assert.Contains("unnest(@Keys)", animals); // the predicate form narrows with EXISTS over the keys
        var photos = fixture.Log.Statements[2];
        Assert.True(photos.Contains("\"AnimalId\" = ANY (@Keys)"), photos); // the child-key form narrows with = ANY
        Assert.Contains("<= @", photos.Replace("<= 2", "<= @")); // n+1 rows per parent
    }

    [Fact]
    public async Task A_single_parents_page_is_a_plain_limit_query_equal_to_its_batched_page()
    {
        const string page = "animals(first: 2, order: [{ name: ASC }]) { pageInfo { hasNextPage endCursor } nodes { name } }";
        var batched = (await fixture.RunAsync($"{{ shelters(order: [{{ name: ASC }}]) {{ nodes {{ name {page} }} }} }}"))
            .Data("shelters").GetProperty("nodes").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "North").GetProperty("animals");

        var (response, statements) = await fixture.RunCountingAsync($"{{ shelters(first: 1, where: {{ name: {{ eq: \"North\" }} }}) {{ nodes {{ {page} }} }} }}");
        Assert.Equal(2, statements);
        var single = fixture.Log.Statements[1];
        Assert.DoesNotContain("ROW_NUMBER", single);
        Assert.Matches(@"a\.""ShelterId"" = @\w+", single);
        Assert.Contains("LIMIT @", single);
        var alone = response.Data("shelters").GetProperty("nodes")[0].GetProperty("animals");
        Assert.Equal(batched.Names(), alone.Names());
        Assert.Equal(batched.GetProperty("pageInfo").GetRawText(), alone.GetProperty("pageInfo").GetRawText());
    }

    [Fact]
    public async Task Projected_child_collections_keep_each_parents_order()
    {
        var response = await fixture.RunAsync(
            "{ shelters(where: { name: { eq: \"North\" } }) { nodes { name animals(first: 4, order: [{ age: ASC }, { name: DESC }]) { nodes { name photos { url } } } } } }");
        var north = ByShelter(response)["North"];
        Assert.Equal(["Toto", "Mimi", "Nabi", "Rex"], north.Names());
        Assert.Equal(3, north.GetProperty("nodes")[3].GetProperty("photos").GetArrayLength());
    }
}
