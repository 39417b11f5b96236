using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>The executor's part of graphql-js execution/__tests__/variables-test.ts: how coerced variables reach resolvers.</summary>
public class VariableExecutionTests
{
    private static readonly Types.Schema Schema = Sdl("""
        input TestInputObject { a: String b: [String] c: String! }
        type Query {
          fieldWithObjectInput(input: TestInputObject): String
          fieldWithNullableStringInput(input: String): String
          fieldWithNonNullableStringInput(input: String!): String
          fieldWithDefaultArgumentValue(input: String = "Hello World"): String
        }
        """);

    static VariableExecutionTests()
    {
        // Echo the argument the way graphql-js's tests do: JSON of the coerced value, or absent.
        foreach (var field in new[] { "fieldWithObjectInput", "fieldWithNullableStringInput", "fieldWithNonNullableStringInput", "fieldWithDefaultArgumentValue" })
        {
            SetResolver(Schema, "Query", field, ctx => Value(ctx.Arguments.TryGetValue("input", out var input)
                ? System.Text.Json.JsonSerializer.Serialize(input)
                : null));
        }
    }

    [Fact]
    public async Task Passes_coerced_variables_to_resolvers()
    {
        var result = await ExecuteAsync(Schema, "query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            variablesJson: """{"input":{"a":"foo","b":"bar","c":"baz"}}""");
        Assert.Equal(Json("""
            {'data':{'fieldWithObjectInput':'{\u0022a\u0022:\u0022foo\u0022,\u0022b\u0022:[\u0022bar\u0022],\u0022c\u0022:\u0022baz\u0022}'}}
            """), result);
    }

    [Fact]
    public async Task Variable_coercion_errors_are_request_errors_without_data()
    {
        var result = await ExecuteAsync(Schema, "query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            variablesJson: """{"input":{"a":"foo","b":"bar","c":null}}""");
        Assert.Equal(Json("""
            {'errors':[{'message':'Variable \u0022$input\u0022 got invalid value null at \u0022input.c\u0022; Expected non-nullable type \u0022String!\u0022 not to be null.','locations':[{'line':1,'column':9}]}]}
            """), result);
    }

    [Fact]
    public async Task Omitted_variables_leave_arguments_absent_and_defaults_apply()
    {
        var result = await ExecuteAsync(Schema,
            "query ($v: String) { a: fieldWithNullableStringInput(input: $v) b: fieldWithDefaultArgumentValue c: fieldWithDefaultArgumentValue(input: $v) }");
        Assert.Equal(Json("""
            {'data':{'a':null,'b':'\u0022Hello World\u0022','c':'\u0022Hello World\u0022'}}
            """), result);
    }

    [Fact]
    public async Task Explicit_null_reaches_the_resolver_as_null()
    {
        var result = await ExecuteAsync(Schema, "query ($v: String) { fieldWithNullableStringInput(input: $v) }", variablesJson: """{"v":null}""");
        Assert.Equal(Json("{'data':{'fieldWithNullableStringInput':'null'}}"), result);
    }

    [Fact]
    public async Task A_missing_required_variable_is_a_request_error()
    {
        var result = await ExecuteAsync(Schema, "query ($v: String!) { fieldWithNonNullableStringInput(input: $v) }");
        Assert.Equal(Json("""
            {'errors':[{'message':'Variable \u0022$v\u0022 of required type \u0022String!\u0022 was not provided.','locations':[{'line':1,'column':8}]}]}
            """), result);
    }
}
