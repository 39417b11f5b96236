using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests;

/// <summary>Root connections (paging, filtering, sorting) and global ids over the demo data. This class owns its database and adds rows to it.</summary>
public sealed class ConnectionTests(DirectoryApiFixture fixture) : IClassFixture<DirectoryApiFixture>
{
    private DirectoryApiFactory Api => fixture.Factory;

    private const string AnimalPage = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          animals(first: $first, after: $after, last: $last, before: $before) {
            nodes { id name }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Paging_forwards_and_backwards_stays_stable_across_an_insert()
    {
        var all = Names((await Api.QueryAsync(AnimalPage, new { first = 100 })).GetProperty("animals"));
        Assert.True(all.Length >= 6, "The demo data needs at least six published animals.");

        var page1 = (await Api.QueryAsync(AnimalPage, new { first = 3 })).GetProperty("animals");
        Assert.Equal(all[..3], Names(page1));
        Assert.True(page1.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page1.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        // A new listing is the newest of all: it lands before the pages already read and must not shift them.
        await AddAnimalAsync("Newest Arrival", DateTimeOffset.UtcNow.AddYears(1));

        var page2 = (await Api.QueryAsync(AnimalPage, new { first = 3, after = EndCursor(page1) })).GetProperty("animals");
        Assert.Equal(all[3..6], Names(page2));
        Assert.True(page2.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var back = (await Api.QueryAsync(AnimalPage, new { last = 3, before = page2.GetProperty("pageInfo").GetProperty("startCursor").GetString() }))
            .GetProperty("animals");
        Assert.Equal(all[..3], Names(back));
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean(), "The new animal precedes the first page now.");
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var fromStart = Names((await Api.QueryAsync(AnimalPage, new { first = 1 })).GetProperty("animals"));
        Assert.Equal(["Newest Arrival"], fromStart);
    }

    [Fact]
    public async Task A_cursor_of_another_order_or_a_page_over_the_maximum_is_refused()
    {
        var page = (await Api.QueryAsync(AnimalPage, new { first = 1 })).GetProperty("animals");
        var otherOrder = await Api.PostAsync("query($after: String) { animals(after: $after, order: [{ name: ASC }]) { nodes { name } } }",
            new { after = EndCursor(page) });
        Assert.Equal("HC0078", DirectoryApiFactory.FirstErrorCode(otherOrder));

        var tooMany = await Api.PostAsync("{ animals(first: 101) { nodes { name } } }");
        Assert.Equal("HC0051", DirectoryApiFactory.FirstErrorCode(tooMany));
        var nestedTooMany = await Api.PostAsync("{ centers(first: 1) { nodes { animals(first: 101) { nodes { name } } } } }");
        Assert.Equal("HC0051", DirectoryApiFactory.FirstErrorCode(nestedTooMany));
    }

    [Fact]
    public async Task Filter_and_sort_run_through_graphql_and_match_the_database()
    {
        var data = await Api.QueryAsync("""
            {
              animals(first: 100, where: { species: { eq: DOG }, center: { country: { eq: "KR" } } }, order: [{ name: DESC }]) {
                totalCount
                nodes { name species center { country } }
              }
              organizations(first: 100, where: { name: { contains: "RESCUE" } }, order: [{ foundedYear: ASC }, { name: ASC }]) {
                nodes { name foundedYear }
              }
            }
            """);

        string[] expectedDogs;
        await using (var db = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(Api.ConnectionString)))
        {
            expectedDogs = (await db.Animals.Where(a => a.IsPublished && a.Species == Species.Dog && a.Center.Country == "KR")
                .Select(a => a.Name).ToListAsync()).Order(StringComparer.Ordinal).Reverse().ToArray();
        }
        var animals = data.GetProperty("animals");
        Assert.NotEmpty(expectedDogs);
        Assert.Equal(expectedDogs.Length, animals.GetProperty("totalCount").GetInt32());
        // PostgreSQL orders text by its collation; compare as a set plus the collation-independent first letters.
        var names = animals.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(expectedDogs.Order(), names.Order());
        Assert.All(animals.GetProperty("nodes").EnumerateArray(), n =>
        {
            Assert.Equal("DOG", n.GetProperty("species").GetString());
            Assert.Equal("KR", n.GetProperty("center").GetProperty("country").GetString());
        });
        Assert.True(string.Compare(names[0], names[^1], StringComparison.OrdinalIgnoreCase) >= 0);

        var organizations = data.GetProperty("organizations").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.NotEmpty(organizations);
        Assert.All(organizations, o => Assert.Contains("rescue", o.GetProperty("name").GetString(), StringComparison.OrdinalIgnoreCase));
        var years = organizations.Select(o => o.GetProperty("foundedYear")).Where(y => y.ValueKind == JsonValueKind.Number).Select(y => y.GetInt32()).ToArray();
        Assert.Equal(years.Order(), years);
    }

    [Fact]
    public async Task Private_columns_cannot_be_filtered_or_sorted_on()
    {
        foreach (var query in new[]
                 {
                     "{ animals(where: { medicalNotes: { eq: \"x\" } }) { totalCount } }",
                     "{ animals(order: [{ fosterName: ASC }]) { totalCount } }",
                     "{ animals(where: { events: { some: { privateDetails: { contains: \"x\" } } } }) { totalCount } }",
                     "{ organizations(where: { staffContactEmail: { eq: \"x\" } }) { totalCount } }",
                     "{ organizations(where: { animals: { any: true } }) { totalCount } }",
                     "{ animals(where: { id: { eq: 1 } }) { totalCount } }",
                 })
        {
            var response = await Api.PostAsync(query);
            Assert.True(response.TryGetProperty("errors", out _), $"Expected a validation error for {query}");
            Assert.False(response.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, query);
        }
    }

    [Fact]
    public async Task Every_type_round_trips_through_node_and_nodes()
    {
        var data = await Api.QueryAsync("""
            {
              organizations(first: 100) { nodes { id } }
              centers(first: 1) { nodes { id } }
              animals(first: 100) { nodes { id photos { nodes { id } } events { nodes { id } } } }
              campaigns(first: 100) { nodes { id targets { nodes { id } } updates { nodes { id } } responses { nodes { id } } suggestedMessages { nodes { id } } } }
              stories(first: 1) { nodes { id } }
              localities(first: 100) { nodes { id officials { nodes { id } } } }
            }
            """);
        var idsByType = new Dictionary<string, string>();
        Collect(data, idsByType);
        Assert.Equal(["Animal", "AnimalEvent", "AnimalPhoto", "Campaign", "CampaignTarget", "CampaignUpdate", "Locality", "LocalityOfficial",
            "OfficialResponse", "Organization", "RescueCenter", "Story", "SuggestedMessage"], idsByType.Keys.Order(StringComparer.Ordinal));

        var ids = idsByType.Values.ToArray();
        var fetched = await Api.QueryAsync("query($ids: [ID!]!, $one: ID!) { nodes(ids: $ids) { __typename id } node(id: $one) { __typename id } }",
            new { ids, one = idsByType["Campaign"] });
        var nodes = fetched.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(ids.Length, nodes.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(ids[i], nodes[i].GetProperty("id").GetString());
            Assert.Equal(idsByType.Single(p => p.Value == ids[i]).Key, nodes[i].GetProperty("__typename").GetString());
            Assert.StartsWith(nodes[i].GetProperty("__typename").GetString() + ":", Encoding.UTF8.GetString(Convert.FromBase64String(ids[i])));
        }
        Assert.Equal("Campaign", fetched.GetProperty("node").GetProperty("__typename").GetString());

        var animalId = idsByType["Animal"];
        var byAnimalField = await Api.QueryAsync("query($id: ID!) { animal(id: $id) { id } }", new { id = animalId });
        Assert.Equal(animalId, byAnimalField.GetProperty("animal").GetProperty("id").GetString());

        var invalid = await Api.PostAsync("{ node(id: \"bm90LWFuLWlk\") { id } }");
        Assert.Equal("INVALID_NODE_ID", DirectoryApiFactory.FirstErrorCode(invalid));
    }

    /// <summary>The first id of every type in the response (the type is read from the id itself).</summary>
    private static void Collect(JsonElement element, Dictionary<string, string> idsByType)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "id")
                {
                    var id = property.Value.GetString()!;
                    var typeName = Encoding.UTF8.GetString(Convert.FromBase64String(id)).Split(':')[0];
                    idsByType.TryAdd(typeName, id);
                }
                else Collect(property.Value, idsByType);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, idsByType);
        }
    }

    private static string[] Names(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToArray();

    private static string EndCursor(JsonElement connection) => connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;

    private async Task AddAnimalAsync(string name, DateTimeOffset publishedAt)
    {
        await using var db = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(Api.ConnectionString));
        var center = await db.RescueCenters.OrderBy(c => c.Id).FirstAsync();
        db.Animals.Add(new Animal
        {
            CenterId = center.Id, OrganizationId = center.OrganizationId, Name = name, Species = Species.Dog, AgeGroup = AgeGroup.Young,
            Status = AnimalStatus.Available, IsPublished = true, PublishedAt = publishedAt, StatusChangedAt = publishedAt,
            IntakeDate = new DateOnly(2025, 1, 1), IntakeType = IntakeType.StrayAtLarge,
        });
        await db.SaveChangesAsync();
    }
}
