using System.Text;
using System.Text.Json;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Tests;

[Collection(ShelterCollection.Name)]
public sealed class SortingTests(ShelterFixture fixture)
{
    private async Task<string[]> Names(string order) =>
        (await fixture.RunAsync($"{{ animals(first: 50, order: {order}) {{ nodes {{ name }} }} }}")).Data("animals").Names();

    [Theory]
    [InlineData("[{ name: DESC }]", "Toto,Rex,Nabi,Mimi,Dubu,Bori")]
    [InlineData("[{ age: ASC }, { name: ASC }]", "Mimi,Toto,Nabi,Dubu,Rex,Bori")]
    [InlineData("[{ age: DESC }, { name: DESC }]", "Bori,Rex,Dubu,Nabi,Toto,Mimi")]
    [InlineData("[{ age: ASC }, { name: DESC }]", "Toto,Mimi,Nabi,Rex,Dubu,Bori")]
    [InlineData("[{ weightKg: ASC }]", "Toto,Mimi,Nabi,Rex,Dubu,Bori")]
    [InlineData("[{ shelter: { name: DESC } }, { name: ASC }]", "Toto,Bori,Dubu,Mimi,Rex,Nabi")]
    [InlineData("[{ shelter: { city: ASC } }, { age: DESC }]", "Bori,Dubu,Rex,Mimi,Nabi,Toto")]
    public async Task Orders_by_keys_nested_keys_and_the_primary_key_last(string order, string expected) =>
        Assert.Equal(expected.Split(','), await Names(order));

    [Theory]
    [InlineData("DESC")]
    [InlineData("ASC")]
    public async Task Ties_are_broken_by_the_primary_key_in_the_last_keys_direction(string direction)
    {
        var nodes = (await fixture.RunAsync($"{{ animals(first: 50, order: [{{ age: {direction} }}]) {{ nodes {{ id age }} }} }}")).Data("animals").GetProperty("nodes")
            .EnumerateArray().Select(n => (Age: n.GetProperty("age").GetInt32(), Id: long.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(n.GetProperty("id").GetString()!))["Animal:".Length..]))).ToArray();
        var descending = direction == "DESC";
        var ties = 0;
        for (var i = 1; i < nodes.Length; i++)
        {
            Assert.True(descending ? nodes[i - 1].Age >= nodes[i].Age : nodes[i - 1].Age <= nodes[i].Age);
            if (nodes[i - 1].Age != nodes[i].Age) continue;
            ties++;
            Assert.True(descending ? nodes[i - 1].Id > nodes[i].Id : nodes[i - 1].Id < nodes[i].Id);
        }
        Assert.True(ties > 0, "The seed has animals of the same age.");
    }

    [Fact]
    public async Task Primary_key_is_the_final_tie_breaker_in_the_sql()
    {
        fixture.Log.Clear();
        await Names("[{ age: ASC }]");
        var sql = Assert.Single(fixture.Log.Statements);
        Assert.Matches("ORDER BY a\\.\"Age\", a\\.\"Id\"", sql);
    }
}

[Collection(ShelterCollection.Name)]
public sealed class ProjectionTests(ShelterFixture fixture)
{
    [Fact]
    public async Task Only_the_selected_columns_and_keys_are_read()
    {
        fixture.Log.Clear();
        await fixture.RunAsync("{ animals(first: 3) { nodes { name } } }");
        var sql = Assert.Single(fixture.Log.Statements);
        var select = sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
        Assert.Contains("\"Name\"", select);
        Assert.Contains("\"Id\"", select);
        Assert.Contains("\"ShelterId\"", select);
        foreach (var unselected in new[] { "Breed", "SecretNotes", "WeightKg", "Age", "IntakeAt", "Species" })
            Assert.DoesNotContain(unselected, select);
        Assert.DoesNotContain("JOIN", sql);
    }

    [Fact]
    public async Task To_one_relation_is_a_join_reading_only_its_selected_columns()
    {
        fixture.Log.Clear();
        var page = (await fixture.RunAsync("{ animals(first: 10, order: [{ name: ASC }]) { edges { node { name shelter { city } } } } }")).Data("animals");
        var sql = Assert.Single(fixture.Log.Statements);
        Assert.Contains("JOIN", sql);
        Assert.Contains("\"City\"", sql);
        Assert.DoesNotContain("Capacity", sql);
        var edges = page.GetProperty("edges").EnumerateArray().ToArray();
        Assert.Equal("Busan", edges[0].GetProperty("node").GetProperty("shelter").GetProperty("city").GetString());
        Assert.Equal(JsonValueKind.Null, edges[5].GetProperty("node").GetProperty("shelter").ValueKind);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public async Task Nested_lists_cost_one_statement_whatever_the_page_size(int pageSize)
    {
        fixture.Log.Clear();
        var page = (await fixture.RunAsync($"{{ animals(first: {pageSize}, order: [{{ name: DESC }}]) {{ nodes {{ name photos {{ url }} shelter {{ name }} }} }} }}")).Data("animals");
        Assert.Single(fixture.Log.Statements);
        Assert.DoesNotContain("Width", fixture.Log.Statements[0]);
        var nodes = page.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(pageSize, nodes.Length);
        if (pageSize == 6)
        {
            var rex = nodes.Single(n => n.GetProperty("name").GetString() == "Rex");
            Assert.Equal(["rex-1.jpg", "rex-2.jpg"], rex.GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("url").GetString()).Order().ToArray());
        }
    }

    [Fact]
    public async Task Fragments_and_skip_include_shape_the_projection()
    {
        fixture.Log.Clear();
        var page = (await fixture.RunAsync("query($withBreed: Boolean!) { animals(first: 1, order: [{ name: ASC }]) { nodes { ...A breed @include(if: $withBreed) age @skip(if: true) } } } fragment A on Animal { name greeting }",
            new() { ["withBreed"] = false })).Data("animals");
        var sql = Assert.Single(fixture.Log.Statements);
        Assert.DoesNotContain("Breed", sql);
        Assert.DoesNotContain("\"Age\"", sql[..sql.IndexOf("FROM", StringComparison.Ordinal)]);
        Assert.Equal("Hello Bori", page.GetProperty("nodes")[0].GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task Concurrent_connections_in_one_request_use_their_own_contexts()
    {
        var before = fixture.Factory.Created;
        var response = await fixture.RunAsync("{ a: animals(first: 2) { totalCount nodes { name } } s: shelters(first: 2) { totalCount nodes { name } } }");
        Assert.Equal(6, response.Data("a").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, response.Data("s").GetProperty("totalCount").GetInt32());
        Assert.Equal(4, fixture.Factory.Created - before);
    }
}

[Collection(ShelterCollection.Name)]
public sealed class NodeTests(ShelterFixture fixture)
{
    [Fact]
    public async Task Ids_are_hotchocolate_14_ids_and_round_trip_through_node_and_nodes()
    {
        var page = (await fixture.RunAsync("{ animals(first: 2, order: [{ name: ASC }]) { nodes { id name shelter { id } } } }")).Data("animals");
        var bori = page.GetProperty("nodes")[0];
        var id = bori.GetProperty("id").GetString()!;
        Assert.Matches("^Animal:\\d+$", Encoding.UTF8.GetString(Convert.FromBase64String(id)));

        fixture.Log.Clear();
        var node = (await fixture.RunAsync("query($id: ID!) { node(id: $id) { id ... on Animal { name } } }", new() { ["id"] = id })).Data("node");
        Assert.Equal("Bori", node.GetProperty("name").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        var sql = Assert.Single(fixture.Log.Statements);
        Assert.DoesNotContain("Breed", sql);

        var shelterId = bori.GetProperty("shelter").GetProperty("id").GetString()!;
        var missing = Convert.ToBase64String(Encoding.UTF8.GetBytes("Animal:999999"));
        fixture.Log.Clear();
        var nodes = (await fixture.RunAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Shelter { city } ... on Animal { name } } }",
            new() { ["ids"] = new List<object?> { shelterId, id, missing, page.GetProperty("nodes")[1].GetProperty("id").GetString() } })).Data("nodes");
        Assert.Equal("Busan", nodes[0].GetProperty("city").GetString());
        Assert.Equal("Bori", nodes[1].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[2].ValueKind);
        Assert.Equal("Dubu", nodes[3].GetProperty("name").GetString());
        Assert.Equal(2, fixture.Log.Statements.Count);
    }

    [Fact]
    public async Task More_than_50_ids_and_malformed_ids_are_errors()
    {
        var ids = Enumerable.Range(1, 51).Select(i => (object?)Convert.ToBase64String(Encoding.UTF8.GetBytes($"Animal:{i}"))).ToList();
        var tooMany = await fixture.RunAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new() { ["ids"] = ids });
        Assert.Equal(DataErrors.TooManyNodesCode, tooMany.SingleError().GetProperty("extensions").GetProperty("code").GetString());

        var fifty = await fixture.RunAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new() { ["ids"] = ids.Take(50).ToList() });
        Assert.False(fifty.TryGetProperty("errors", out _));

        foreach (var bad in new[] { "garbage!", Convert.ToBase64String(Encoding.UTF8.GetBytes("Unknown:1")), Convert.ToBase64String(Encoding.UTF8.GetBytes("Animal:x")) })
        {
            var response = await fixture.RunAsync("query($id: ID!) { node(id: $id) { id } }", new() { ["id"] = bad });
            Assert.Equal(DataErrors.InvalidNodeIdCode, response.SingleError().GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public void Node_interface_and_fields_have_hotchocolate_descriptions()
    {
        var schema = fixture.Executor.Schema;
        var node = Assert.IsType<InterfaceType>(schema.GetType("Node"));
        Assert.Equal("The node interface is implemented by entities that have a global unique identifier.", node.Description);
        Assert.Equal("ID!", node.GetField("id")!.Type.ToString());
        Assert.Contains(((ObjectType)schema.GetType("Animal")!).Interfaces, i => i.Name == "Node");
        var nodeField = schema.Query!.GetField("node")!;
        Assert.Equal(("Fetches an object given its ID.", "Node", "ID of the object.", "ID!"),
            (nodeField.Description, nodeField.Type.ToString(), nodeField.Arguments[0].Description, nodeField.Arguments[0].Type.ToString()));
        var nodesField = schema.Query!.GetField("nodes")!;
        Assert.Equal(("Lookup nodes by a list of IDs.", "[Node]!", "ids", "The list of node IDs.", "[ID!]!"),
            (nodesField.Description, nodesField.Type.ToString(), nodesField.Arguments[0].Name, nodesField.Arguments[0].Description, nodesField.Arguments[0].Type.ToString()));
    }
}
