using System.Text;
using System.Text.Json;

namespace RescueGraph.GraphQL.Data.Tests.References;

/// <summary>To-one references joined into the parent's statement, their fallback for parents read elsewhere, and lookups.</summary>
// In the shelter collection so schemas are never built concurrently (the engine's NullabilityInfoContext is not thread-safe).
[Collection(ShelterCollection.Name)]
public sealed class ReferenceTests(ReferenceFixture fixture) : IClassFixture<ReferenceFixture>
{
    private static Dictionary<string, JsonElement> ShelterByAnimal(JsonElement animals)
    {
        var result = new Dictionary<string, JsonElement>();
        foreach (var animal in animals.EnumerateArray()) result[animal.GetProperty("name").GetString()!] = animal.GetProperty("shelter");
        return result;
    }

    [Fact]
    public async Task A_projected_parent_reads_its_reference_in_the_same_statement_with_only_the_selected_columns()
    {
        var (response, statements, fallbacks) = await fixture.RunAsync("{ animals(first: 10, order: [{ name: ASC }]) { nodes { name shelter { city } } } }");
        var shelters = ShelterByAnimal(response.Data("animals").GetProperty("nodes"));
        Assert.Equal("Gimhae", shelters["Rex"].GetProperty("city").GetString());
        Assert.Equal("Gimhae", shelters["Mimi"].GetProperty("city").GetString());
        Assert.Equal("Busan", shelters["Sora"].GetProperty("city").GetString());
        Assert.Equal(JsonValueKind.Null, shelters["Stray"].ValueKind);
        var sql = Assert.Single(statements);
        Assert.Contains("LEFT JOIN \"Shelters\"", sql);
        Assert.Contains("\"City\"", sql);
        Assert.DoesNotContain("\"Capacity\"", sql);
        // Only the animal without a shelter reaches the fallback (a projected null cannot be told from an unread one),
        // and its null key reads nothing: the single statement above is the whole cost.
        Assert.Equal(1, fallbacks);
    }

    [Fact]
    public async Task A_parent_read_outside_the_library_falls_back_per_parent_and_a_null_key_stays_null()
    {
        var (response, _, fallbacks) = await fixture.RunAsync("{ unprojectedAnimals { name shelter { name capacity } } }");
        var shelters = ShelterByAnimal(response.Data("unprojectedAnimals"));
        Assert.Equal("North", shelters["Rex"].GetProperty("name").GetString());
        Assert.Equal(100, shelters["Rex"].GetProperty("capacity").GetInt32());
        Assert.Equal("South", shelters["Sora"].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, shelters["Stray"].ValueKind);
        Assert.Equal(4, fallbacks);
    }

    [Fact]
    public async Task The_reference_is_nullable_when_its_foreign_key_is()
    {
        var (response, _, _) = await fixture.RunAsync("{ __type(name: \"Animal\") { fields { name type { kind name } } } }");
        var shelter = response.Data("__type").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "shelter");
        Assert.Equal("OBJECT", shelter.GetProperty("type").GetProperty("kind").GetString());
        Assert.Equal("Shelter", shelter.GetProperty("type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Node_by_id_joins_the_reference()
    {
        var (list, _, _) = await fixture.RunAsync("{ animals(first: 10, order: [{ name: ASC }]) { nodes { id name } } }");
        var rexId = list.Data("animals").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("name").GetString() == "Rex").GetProperty("id").GetString();
        var (response, statements, fallbacks) = await fixture.RunAsync($"{{ node(id: \"{rexId}\") {{ ... on Animal {{ name shelter {{ name }} }} }} }}");
        Assert.Equal("North", response.Data("node").GetProperty("shelter").GetProperty("name").GetString());
        Assert.Contains("JOIN", Assert.Single(statements));
        Assert.Equal(0, fallbacks);
    }

    [Fact]
    public async Task A_lookup_is_one_projected_statement_with_its_references()
    {
        var (response, statements, fallbacks) = await fixture.RunAsync("{ animal(name: \"Sora\") { name shelter { name } } }");
        var animal = response.Data("animal");
        Assert.Equal("Sora", animal.GetProperty("name").GetString());
        Assert.Equal("South", animal.GetProperty("shelter").GetProperty("name").GetString());
        var sql = Assert.Single(statements);
        Assert.Contains("= ANY (@", sql);
        Assert.Contains("JOIN", sql);
        Assert.DoesNotContain("\"Age\"", sql);
        Assert.Equal(0, fallbacks);
    }

    [Fact]
    public async Task Aliased_lookups_with_the_same_selection_share_one_statement()
    {
        var (response, statements, _) = await fixture.RunAsync("""
            { a: animal(name: "Rex") { name shelter { city } } b: animal(name: "Sora") { name shelter { city } } c: animal(name: "Nobody") { name shelter { city } } }
            """);
        var data = response.GetProperty("data");
        Assert.Equal("Gimhae", data.GetProperty("a").GetProperty("shelter").GetProperty("city").GetString());
        Assert.Equal("Busan", data.GetProperty("b").GetProperty("shelter").GetProperty("city").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("c").ValueKind);
        Assert.Single(statements);
    }

    [Fact]
    public async Task Lookups_with_different_selections_each_read_what_they_select()
    {
        var (response, statements, _) = await fixture.RunAsync("{ a: animal(name: \"Rex\") { name } b: animal(name: \"Mimi\") { shelter { capacity } } }");
        var data = response.GetProperty("data");
        Assert.Equal("Rex", data.GetProperty("a").GetProperty("name").GetString());
        Assert.Equal(100, data.GetProperty("b").GetProperty("shelter").GetProperty("capacity").GetInt32());
        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public async Task A_lookup_whose_key_cannot_match_reads_nothing()
    {
        var (response, statements, _) = await fixture.RunAsync("{ animal(name: \"\") { name } }");
        Assert.Equal(JsonValueKind.Null, response.Data("animal").ValueKind);
        Assert.Empty(statements);
    }
}
