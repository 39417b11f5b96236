using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Ported from graphql-js execution/__tests__/directives-test.ts.</summary>
public class DirectivesTests
{
    private static readonly Types.Schema Schema = Sdl("type TestType { a: String b: String } schema { query: TestType }");

    private static Task<string> Run(string query, string? variables = null) =>
        ExecuteAsync(Schema, query, Data("{'a':'a','b':'b'}"), variables);

    [Theory]
    [InlineData("{ a, b }", "{'a':'a','b':'b'}")]
    // on scalar fields
    [InlineData("{ a, b @include(if: true) }", "{'a':'a','b':'b'}")]
    [InlineData("{ a, b @include(if: false) }", "{'a':'a'}")]
    [InlineData("{ a, b @skip(if: false) }", "{'a':'a','b':'b'}")]
    [InlineData("{ a, b @skip(if: true) }", "{'a':'a'}")]
    // on fragment spreads
    [InlineData("{ a, ...Frag @include(if: false) } fragment Frag on TestType { b }", "{'a':'a'}")]
    [InlineData("{ a, ...Frag @include(if: true) } fragment Frag on TestType { b }", "{'a':'a','b':'b'}")]
    [InlineData("{ a, ...Frag @skip(if: false) } fragment Frag on TestType { b }", "{'a':'a','b':'b'}")]
    [InlineData("{ a, ...Frag @skip(if: true) } fragment Frag on TestType { b }", "{'a':'a'}")]
    // on inline fragments, typed and anonymous
    [InlineData("{ a, ... on TestType @include(if: false) { b } }", "{'a':'a'}")]
    [InlineData("{ a, ... on TestType @include(if: true) { b } }", "{'a':'a','b':'b'}")]
    [InlineData("{ a, ... @skip(if: true) { b } }", "{'a':'a'}")]
    [InlineData("{ a, ... @skip(if: false) { b } }", "{'a':'a','b':'b'}")]
    // with both directives, skip wins
    [InlineData("{ a, b @include(if: true) @skip(if: false) }", "{'a':'a','b':'b'}")]
    [InlineData("{ a, b @include(if: true) @skip(if: true) }", "{'a':'a'}")]
    [InlineData("{ a, b @include(if: false) @skip(if: false) }", "{'a':'a'}")]
    // a skipped and an included occurrence of the same key: included wins
    [InlineData("{ a, b @skip(if: true), b }", "{'a':'a','b':'b'}")]
    public async Task Skip_and_include_decide_what_is_collected(string query, string expectedData)
    {
        Assert.Equal(Json("{'data':" + expectedData + "}"), await Run(query));
    }

    [Theory]
    [InlineData("{'skip':true,'include':true}", "{'a':'a'}")]
    [InlineData("{'skip':false,'include':true}", "{'a':'a','b':'b'}")]
    [InlineData("{'skip':false,'include':false}", "{'a':'a'}")]
    public async Task Directive_arguments_take_variables(string variables, string expectedData)
    {
        var result = await Run("query ($skip: Boolean!, $include: Boolean!) { a, b @skip(if: $skip) @include(if: $include) }", variables.Replace('\'', '"'));
        Assert.Equal(Json("{'data':" + expectedData + "}"), result);
    }

    [Fact]
    public async Task Fragment_type_conditions_that_do_not_apply_are_skipped()
    {
        var schema = Sdl("""
            type Query { node: Node }
            interface Node { id: ID }
            type A implements Node { id: ID a: String }
            type B implements Node { id: ID b: String }
            """);
        var result = await ExecuteAsync(schema, "{ node { id ... on A { a } ... on B { b } ...N } } fragment N on Node { __typename }",
            Data("{'node':{'__typename':'B','id':'1','a':'x','b':'y'}}"));
        Assert.Equal(Json("{'data':{'node':{'id':'1','b':'y','__typename':'B'}}}"), result);
    }
}
