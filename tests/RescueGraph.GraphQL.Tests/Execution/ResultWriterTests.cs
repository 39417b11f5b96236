using System.Text.Json;
using RescueGraph.GraphQL.Execution;
using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

public class ResultWriterTests
{
    [Fact]
    public void Writes_errors_before_data_and_extensions_last_omitting_empty_parts()
    {
        var data = new ResultMap(2);
        data.Add("b", 1);
        data.Add("a", null);
        var result = new ExecutionResult
        {
            Data = data,
            HasData = true,
            Errors =
            [
                new GraphQLError("located", [new SourceLocation(1, 3)], ["a", 0, "b"], new Dictionary<string, object?> { ["code"] = "X" }),
                new GraphQLError("bare"),
            ],
            Extensions = new Dictionary<string, object?> { ["cost"] = 3 },
        };

        Assert.Equal(Json("""
            {'errors':[{'message':'located','locations':[{'line':1,'column':3}],'path':['a',0,'b'],'extensions':{'code':'X'}},{'message':'bare'}],
             'data':{'b':1,'a':null},'extensions':{'cost':3}}
            """), ToJson(result));
    }

    [Fact]
    public void Distinguishes_null_data_from_absent_data()
    {
        Assert.Equal("{\"data\":null}", ToJson(new ExecutionResult { HasData = true }));
        Assert.Equal("{\"errors\":[{\"message\":\"x\"}]}", ToJson(ExecutionResult.FromError(new GraphQLError("x"))));
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-0.0, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e21, "1E+21")]
    [InlineData(0.1, "0.1")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "null")]
    public void Writes_doubles_like_JSON_stringify(double value, string expected)
    {
        var map = new ResultMap(1);
        map.Add("v", value);
        Assert.Equal("{\"data\":{\"v\":" + expected + "}}", ToJson(new ExecutionResult { Data = map, HasData = true }));
    }

    [Fact]
    public void Writes_every_supported_value_shape()
    {
        var map = new ResultMap(1);
        map.Add("values", new object?[]
        {
            "s", true, 2, 3L, 4.25m, (short)5, 6.5f, new List<object?> { 1, null },
            new Dictionary<string, object?> { ["k"] = "v" },
            (IReadOnlyDictionary<string, object?>)new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(new Dictionary<string, object?> { ["r"] = 1 }),
            JsonDocument.Parse("{\"j\":[1]}").RootElement,
            new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            Guid.Parse("5f3c8f53-0000-0000-0000-000000000001"),
        });
        Assert.Equal(
            """{"data":{"values":["s",true,2,3,4.25,5,6.5,[1,null],{"k":"v"},{"r":1},{"j":[1]},"2024-01-02T03:04:05Z","5f3c8f53-0000-0000-0000-000000000001"]}}""",
            ToJson(new ExecutionResult { Data = map, HasData = true }));
    }
}

public class JsonValuesTests
{
    [Fact]
    public void Converts_JSON_to_plain_values_with_integral_numbers_as_long()
    {
        var value = JsonValues.Parse("""{"s":"x","i":42,"big":12345678901234567890,"f":1.5,"b":true,"n":null,"l":[1,"a"],"o":{"z":1,"a":2}}""");
        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal("x", map["s"]);
        Assert.Equal(42L, Assert.IsType<long>(map["i"]));
        Assert.IsType<double>(map["big"]);
        Assert.Equal(1.5, map["f"]);
        Assert.Equal(true, map["b"]);
        Assert.Null(map["n"]);
        Assert.Equal(new List<object?> { 1L, "a" }, map["l"]);
        Assert.Equal(["z", "a"], ((Dictionary<string, object?>)map["o"]!).Keys);
    }

    [Fact]
    public void Reads_from_a_Utf8JsonReader_like_from_an_element()
    {
        var bytes = """{"a":[1,2.5,{"b":false}],"c":"d"}"""u8.ToArray();
        var reader = new Utf8JsonReader(bytes);
        var fromReader = JsonValues.FromJson(ref reader);
        var fromElement = JsonValues.Parse("""{"a":[1,2.5,{"b":false}],"c":"d"}""");
        Assert.Equal(JsonSerializer.Serialize(fromElement), JsonSerializer.Serialize(fromReader));
        Assert.IsType<long>(((List<object?>)((Dictionary<string, object?>)fromReader!)["a"]!)[0]);
    }
}
