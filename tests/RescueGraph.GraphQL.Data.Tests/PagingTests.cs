using System.Text;
using System.Text.Json;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Tests;

[Collection(ShelterCollection.Name)]
public sealed class PagingTests(ShelterFixture fixture)
{
    private const string PageFields = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } nodes { name }";

    private static string Code(JsonElement response) => response.SingleError().GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task Page_size_above_the_maximum_is_HC0051_with_the_limits()
    {
        var response = await fixture.RunAsync("{ animals(first: 101) { nodes { name } } }");
        var error = response.SingleError();
        Assert.Equal("The maximum allowed items per page were exceeded.", error.GetProperty("message").GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("HC0051", extensions.GetProperty("code").GetString());
        Assert.Equal(101, extensions.GetProperty("requestedItems").GetInt32());
        Assert.Equal(100, extensions.GetProperty("maxAllowedItems").GetInt32());
        Assert.Equal("Query.animals", extensions.GetProperty("coordinate").GetString());
        Assert.Equal("HC0079", Code(await fixture.RunAsync("{ animals(last: -1) { nodes { name } } }")));
    }

    [Fact]
    public async Task Without_first_or_last_the_default_page_size_applies()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        var factory = new ShelterDbFactory(connectionString, new SqlLog());
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.EnsureCreatedAsync();
            for (var i = 0; i < 12; i++) db.Animals.Add(new Animal { Name = $"A{i:00}" });
            await db.SaveChangesAsync();
        }
        var executor = new RequestExecutor(ShelterFixture.BuildSchema(factory));
        var page = (await ShelterFixture.RunAsync(executor, $"{{ animals {{ {PageFields} }} }}")).Data("animals");
        Assert.Equal(10, page.Names().Length);
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Forward_pages_are_keyset_pages_unaffected_by_inserts_between_them()
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        var log = new SqlLog();
        var factory = new ShelterDbFactory(connectionString, log);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.EnsureCreatedAsync();
            for (var i = 0; i < 10; i++) db.Animals.Add(new Animal { Name = $"N{i * 2:00}", Age = i % 3 });
            await db.SaveChangesAsync();
        }
        var executor = new RequestExecutor(ShelterFixture.BuildSchema(factory));
        const string query = "query($after: String) { animals(first: 4, after: $after, order: [{ name: ASC }]) { " + PageFields + " } }";

        var first = (await ShelterFixture.RunAsync(executor, query)).Data("animals");
        Assert.Equal(["N00", "N02", "N04", "N06"], first.Names());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        // Rows inserted before and inside the next page: an offset would shift; a keyset does not.
        await using (var db = factory.CreateDbContext())
        {
            db.Animals.AddRange(new Animal { Name = "N01" }, new Animal { Name = "N03" }, new Animal { Name = "N07" });
            await db.SaveChangesAsync();
        }
        log.Clear();
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await ShelterFixture.RunAsync(executor, query, new() { ["after"] = after })).Data("animals");
        Assert.Equal(["N07", "N08", "N10", "N12"], second.Names());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var statement = Assert.Single(log.Statements);
        Assert.DoesNotContain("OFFSET", statement);
        Assert.Contains("LIMIT", statement);

        var third = (await ShelterFixture.RunAsync(executor, query,
            new() { ["after"] = second.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data("animals");
        Assert.Equal(["N14", "N16", "N18"], third.Names());
        Assert.False(third.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Last_and_before_read_backwards_and_return_rows_in_order()
    {
        var last = (await fixture.RunAsync($"{{ animals(last: 2, order: [{{ name: ASC }}]) {{ {PageFields} }} }}")).Data("animals");
        Assert.Equal(["Rex", "Toto"], last.Names());
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var previous = (await fixture.RunAsync("query($before: String) { animals(last: 3, before: $before, order: [{ name: ASC }]) { " + PageFields + " } }",
            new() { ["before"] = before })).Data("animals");
        Assert.Equal(["Dubu", "Mimi", "Nabi"], previous.Names());
        Assert.True(previous.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(previous.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Theory]
    [InlineData("{ weightKg: ASC }")]
    [InlineData("{ weightKg: DESC }")]
    [InlineData("{ breed: ASC }")]
    [InlineData("{ breed: DESC }")]
    [InlineData("{ shelter: { capacity: DESC } }")]
    [InlineData("{ adoptable: DESC }")]
    [InlineData("{ species: ASC }")]
    [InlineData("{ intakeAt: DESC }")]
    public async Task Paging_through_nullable_and_nested_keys_visits_every_row_once_in_order(string order)
    {
        var all = (await fixture.RunAsync($"{{ animals(first: 50, order: [{order}]) {{ nodes {{ name }} }} }}")).Data("animals").Names();
        Assert.Equal(6, all.Length);

        var forward = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await fixture.RunAsync($"query($after: String) {{ animals(first: 2, after: $after, order: [{order}]) {{ {PageFields} }} }}",
                new() { ["after"] = cursor })).Data("animals");
            forward.AddRange(page.Names());
            cursor = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        } while (cursor is not null);
        Assert.Equal(all, forward);

        var backward = new List<string>();
        cursor = null;
        do
        {
            var page = (await fixture.RunAsync($"query($before: String) {{ animals(last: 2, before: $before, order: [{order}]) {{ {PageFields} }} }}",
                new() { ["before"] = cursor })).Data("animals");
            backward.InsertRange(0, page.Names());
            cursor = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("startCursor").GetString() : null;
        } while (cursor is not null);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task Tampered_cursors_are_HC0078_argument_errors()
    {
        const string query = "query($after: String) { animals(first: 2, after: $after, order: [{ name: ASC }]) { nodes { name } } }";
        var malformed = await fixture.RunAsync(query, new() { ["after"] = "not base64!" });
        Assert.Equal("HC0078", Code(malformed));
        Assert.Contains("`after`", malformed.SingleError().GetProperty("message").GetString());

        var wrongShape = Convert.ToBase64String(Encoding.UTF8.GetBytes("[1,1,\"x\"]"));
        Assert.Equal("HC0078", Code(await fixture.RunAsync(query, new() { ["after"] = wrongShape })));

        var byAge = (await fixture.RunAsync("{ animals(first: 1, order: [{ age: ASC }]) { pageInfo { endCursor } } }")).Data("animals");
        var foreign = await fixture.RunAsync(query, new() { ["after"] = byAge.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        Assert.Contains("another sort order", foreign.SingleError().GetProperty("message").GetString());

        var byName = (await fixture.RunAsync("{ animals(first: 1, order: [{ name: ASC }]) { pageInfo { endCursor } } }")).Data("animals");
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(byName.GetProperty("pageInfo").GetProperty("endCursor").GetString()!));
        var truncated = Convert.ToBase64String(Encoding.UTF8.GetBytes(json[..json.LastIndexOf(',')] + "]"));
        Assert.Equal("HC0078", Code(await fixture.RunAsync(query, new() { ["after"] = truncated })));
    }

    [Fact]
    public async Task Total_count_is_counted_only_when_selected()
    {
        fixture.Log.Clear();
        await fixture.RunAsync("{ animals(first: 2, where: { species: { eq: DOG } }) { nodes { name } } }");
        Assert.DoesNotContain(fixture.Log.Statements, s => s.Contains("count(", StringComparison.OrdinalIgnoreCase));
        Assert.Single(fixture.Log.Statements);

        fixture.Log.Clear();
        var page = (await fixture.RunAsync("{ animals(first: 2, where: { species: { eq: DOG } }) { totalCount nodes { name } } }")).Data("animals");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, fixture.Log.Statements.Count);
        Assert.Single(fixture.Log.Statements, s => s.Contains("count(", StringComparison.OrdinalIgnoreCase));

        fixture.Log.Clear();
        var countOnly = (await fixture.RunAsync("{ animals { totalCount } }")).Data("animals");
        Assert.Equal(6, countOnly.GetProperty("totalCount").GetInt32());
        Assert.Single(fixture.Log.Statements);
    }

    [Fact]
    public void Connection_types_have_hotchocolate_names_and_descriptions()
    {
        var schema = fixture.Executor.Schema;
        static string[] Describe(ObjectType type) => [.. type.Fields.Select(f => $"{f.Name}: {f.Type} # {f.Description}")];

        var connection = (ObjectType)schema.GetType("AnimalConnection")!;
        Assert.Equal("A connection to a list of items.", connection.Description);
        Assert.Equal([
            "pageInfo: PageInfo! # Information to aid in pagination.",
            "edges: [AnimalEdge!] # A list of edges.",
            "nodes: [Animal!] # A flattened list of the nodes.",
            "totalCount: Int! # Identifies the total count of items in the connection.",
        ], Describe(connection));
        var edge = (ObjectType)schema.GetType("AnimalEdge")!;
        Assert.Equal("An edge in a connection.", edge.Description);
        Assert.Equal(["cursor: String! # A cursor for use in pagination.", "node: Animal! # The item at the end of the edge."], Describe(edge));
        var pageInfo = (ObjectType)schema.GetType("PageInfo")!;
        Assert.Equal("Information about pagination in a connection.", pageInfo.Description);
        Assert.Equal([
            "hasNextPage: Boolean! # Indicates whether more edges exist following the set defined by the clients arguments.",
            "hasPreviousPage: Boolean! # Indicates whether more edges exist prior the set defined by the clients arguments.",
            "startCursor: String # When paginating backwards, the cursor to continue.",
            "endCursor: String # When paginating forwards, the cursor to continue.",
        ], Describe(pageInfo));

        var animals = schema.Query!.GetField("animals")!;
        Assert.Equal(["first: Int", "after: String", "last: Int", "before: String", "where: AnimalFilterInput", "order: [AnimalSortInput!]"],
            animals.Arguments.Select(a => $"{a.Name}: {a.Type}").ToArray());
        Assert.Equal("Returns the first _n_ elements from the list.", animals.Arguments[0].Description);
        var sortEnum = (EnumType)schema.GetType("SortEnumType")!;
        Assert.Equal(["ASC", "DESC"], sortEnum.Values.Select(v => v.Name).ToArray());
        var sortInput = (InputObjectType)schema.GetType("AnimalSortInput")!;
        Assert.Equal("ShelterSortInput", sortInput.GetField("shelter")!.Type.ToString());
        Assert.Null(sortInput.GetField("photos"));
    }
}
