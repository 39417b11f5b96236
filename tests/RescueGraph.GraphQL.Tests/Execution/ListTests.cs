using RescueGraph.GraphQL.Types;
using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Ported from graphql-js execution/__tests__/lists-test.ts.</summary>
public class ListTests
{
    private static async Task<ResponseShape> RunList(string listType, object? value, bool resolveAsync = false)
    {
        var schema = Sdl($"type Query {{ nest: DataType }} type DataType {{ test: {listType} }}");
        if (resolveAsync) SetResolver(schema, "DataType", "test", async _ => { await Task.Yield(); return value; });
        var root = new Dictionary<string, object?> { ["nest"] = new Dictionary<string, object?> { ["test"] = value } };
        return ResponseShape.Of(await ExecuteAsync(schema, "{ nest { test } }", root));
    }

    public static TheoryData<string, string, string, string[]> Nullability => new()
    {
        { "[Int]", "[1,2]", "{'nest':{'test':[1,2]}}", [] },
        { "[Int]", "[1,null,2]", "{'nest':{'test':[1,null,2]}}", [] },
        { "[Int]", "null", "{'nest':{'test':null}}", [] },
        { "[Int]!", "[1,null,2]", "{'nest':{'test':[1,null,2]}}", [] },
        { "[Int]!", "null", "{'nest':null}", ["nest.test"] },
        { "[Int!]", "[1,2]", "{'nest':{'test':[1,2]}}", [] },
        { "[Int!]", "[1,null,2]", "{'nest':{'test':null}}", ["nest.test.1"] },
        { "[Int!]", "null", "{'nest':{'test':null}}", [] },
        { "[Int!]!", "[1,null,2]", "{'nest':null}", ["nest.test.1"] },
        { "[Int!]!", "null", "{'nest':null}", ["nest.test"] },
        { "[[Int!]]", "[[1],[null],null]", "{'nest':{'test':[[1],null,null]}}", ["nest.test.1.0"] },
    };

    [Theory]
    [MemberData(nameof(Nullability))]
    public async Task Handles_list_nullability(string listType, string valueJson, string expectedData, string[] errorPaths)
    {
        var value = Data(valueJson);
        foreach (var resolveAsync in new[] { false, true })
        {
            var shape = await RunList(listType, value, resolveAsync);
            Assert.Equal(Json(expectedData), shape.Data);
            Assert.Equal(errorPaths, shape.ErrorPaths);
        }
    }

    [Theory]
    [InlineData("[Int]", "{'nest':{'test':[1,null,2]}}")]
    [InlineData("[Int!]", "{'nest':{'test':null}}")]
    [InlineData("[Int!]!", "{'nest':null}")]
    public async Task Errors_in_items_null_the_item_or_propagate(string listType, string expectedData)
    {
        var shape = await RunList(listType, new List<object?> { 1, new InvalidOperationException("bad"), 2 });
        Assert.Equal(Json(expectedData), shape.Data);
        Assert.Equal(["nest.test.1"], shape.ErrorPaths);
        Assert.Equal(["bad"], shape.ErrorMessages);
    }

    [Fact]
    public async Task Accepts_any_enumerable_including_lazy_sequences()
    {
        static IEnumerable<int> Generate()
        {
            yield return 1;
            yield return 2;
        }

        Assert.Equal(Json("{'nest':{'test':[1,2]}}"), (await RunList("[Int]", Generate())).Data);
        Assert.Equal(Json("{'nest':{'test':[1,2]}}"), (await RunList("[Int]", new HashSet<int> { 1, 2 })).Data);
        Assert.Equal(Json("{'nest':{'test':[1,2]}}"), (await RunList("[Int]", new[] { 1, 2 })).Data);
    }

    [Theory]
    [InlineData("\"ab\"")]
    [InlineData("{'a':1}")]
    [InlineData("5")]
    public async Task Non_lists_are_field_errors(string valueJson)
    {
        var shape = await RunList("[String]", Data(valueJson));
        Assert.Equal(Json("{'nest':{'test':null}}"), shape.Data);
        Assert.Equal(["Expected Iterable, but did not find one for field \"DataType.test\"."], shape.ErrorMessages);
    }

    [Fact]
    public async Task Completes_items_asynchronously_and_keeps_their_order()
    {
        var schema = Sdl("type Query { items: [Item!] } type Item { n: Int }");
        SetResolver(schema, "Item", "n", async ctx =>
        {
            var n = (long)((IDictionary<string, object?>)ctx.Source!)["n"]!;
            await Task.Delay(30 - (int)n * 10);
            return n;
        });
        var result = await ExecuteAsync(schema, "{ items { n } }", Data("{'items':[{'n':0},{'n':1},{'n':2}]}"));
        Assert.Equal(Json("{'data':{'items':[{'n':0},{'n':1},{'n':2}]}}"), result);
    }
}
