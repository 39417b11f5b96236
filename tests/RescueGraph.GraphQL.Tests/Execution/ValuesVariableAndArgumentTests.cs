using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using static RescueGraph.GraphQL.Tests.Execution.ValuesTestTypes;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>The coercion parts of graphql-js 16 <c>variables-test.ts</c>: <c>getVariableValues</c> and <c>getArgumentValues</c>.</summary>
public class ValuesVariableAndArgumentTests
{
    private static readonly Schema TestSchema = SdlSchemaBuilder.Build("""
        input TestInputObject { a: String, b: [String], c: String!, d: Int }
        input TestNestedInputObject { na: TestInputObject!, nb: String! }
        input TestOneOf @oneOf { a: String, b: Int }
        enum TestEnum { RED, GREEN, BLUE }

        type TestType {
          fieldWithObjectInput(input: TestInputObject): String
          fieldWithNonNullableStringInput(input: String!): String
          fieldWithDefaultArgumentValue(input: String = "Hello World"): String
          fieldWithNonNullableStringInputAndDefaultArgumentValue(input: String! = "Hello World"): String
          fieldWithInts(a: Int, b: [Int!]): String
          fieldWithEnum(color: TestEnum): String
        }

        schema { query: TestType }
        """);

    private static OperationDefinitionNode Operation(string document) =>
        Parser.Parse(document).Definitions.OfType<OperationDefinitionNode>().Single();

    private static VariableCoercionResult CoerceVariables(string document, IReadOnlyDictionary<string, object?>? inputs, int maxErrors = 50) =>
        VariableValues.Coerce(TestSchema, Operation(document).VariableDefinitions, inputs, maxErrors);

    private static IReadOnlyDictionary<string, object?> Coerced(string document, IReadOnlyDictionary<string, object?>? inputs)
    {
        var result = CoerceVariables(document, inputs);
        Assert.Null(result.Errors);
        return result.Coerced!;
    }

    private static GraphQLError SingleError(string document, IReadOnlyDictionary<string, object?>? inputs)
    {
        var result = CoerceVariables(document, inputs);
        Assert.Null(result.Coerced);
        return Assert.Single(result.Errors!);
    }

    [Fact]
    public void CoercesAnInputObjectVariable()
    {
        var coerced = Coerced("query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            Map(("input", Map(("a", "foo"), ("b", new List<object?> { "bar" }), ("c", "baz")))));
        Assert.Equal("{ input: { a: \"foo\", b: [\"bar\"], c: \"baz\" } }", Show(coerced));
        Assert.IsType<Dictionary<string, object?>>(coerced["input"]);
    }

    [Fact]
    public void CoercesASingleValueToAList()
    {
        var coerced = Coerced("query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            Map(("input", Map(("a", "foo"), ("b", "bar"), ("c", "baz")))));
        Assert.Equal("{ input: { a: \"foo\", b: [\"bar\"], c: \"baz\" } }", Show(coerced));
    }

    [Fact]
    public void LeavesOutVariablesThatWereNotProvided()
    {
        var coerced = Coerced("query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }", null);
        Assert.False(coerced.ContainsKey("input"));
    }

    [Fact]
    public void KeepsAnExplicitNull()
    {
        var coerced = Coerced("query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }", Map(("input", null)));
        Assert.True(coerced.ContainsKey("input"));
        Assert.Null(coerced["input"]);
    }

    [Fact]
    public void UsesTheDefaultValueWhenNotProvided()
    {
        const string document = "query q($value: String = \"Default\") { fieldWithNonNullableStringInput(input: $value) }";
        Assert.Equal("\"Default\"", Show(Coerced(document, null)["value"]));
        Assert.Null(Coerced(document, Map(("value", null)))["value"]);
        Assert.Equal("{ input: { c: \"x\", d: 2 } }",
            Show(Coerced("query q($input: TestInputObject = { c: \"x\", d: 2 }) { fieldWithObjectInput(input: $input) }", Map())));
    }

    [Fact]
    public void ReportsANullForANestedNonNullField()
    {
        var error = SingleError("query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            Map(("input", Map(("a", "foo"), ("b", "bar"), ("c", null)))));
        Assert.Equal("Variable \"$input\" got invalid value null at \"input.c\"; Expected non-nullable type \"String!\" not to be null.", error.Message);
        Assert.Equal([new SourceLocation(1, 9)], error.Locations);
    }

    [Fact]
    public void ReportsAValueOfTheWrongType()
    {
        var error = SingleError("query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }", Map(("input", "foo bar")));
        Assert.Equal("Variable \"$input\" got invalid value \"foo bar\"; Expected type \"TestInputObject\" to be an object.", error.Message);
    }

    [Fact]
    public void ReportsAMissingNestedNonNullField()
    {
        var error = SingleError("query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            Map(("input", Map(("a", "foo"), ("b", "bar")))));
        Assert.Equal("Variable \"$input\" got invalid value { a: \"foo\", b: \"bar\" }; Field \"c\" of required type \"String!\" was not provided.", error.Message);
    }

    [Fact]
    public void ReportsEveryErrorOfDeeplyNestedInput()
    {
        var result = CoerceVariables("query q($input: TestNestedInputObject) { fieldWithObjectInput }",
            Map(("input", Map(("na", Map(("a", "foo")))))));
        Assert.Equal(
        [
            "Variable \"$input\" got invalid value { a: \"foo\" } at \"input.na\"; Field \"c\" of required type \"String!\" was not provided.",
            "Variable \"$input\" got invalid value { na: { a: \"foo\" } }; Field \"nb\" of required type \"String!\" was not provided.",
        ], result.Errors!.Select(e => e.Message));
    }

    [Fact]
    public void ReportsAnUnknownFieldWithSuggestions()
    {
        var error = SingleError("query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            Map(("input", Map(("a", "foo"), ("b", "bar"), ("c", "baz"), ("extra", "dog")))));
        Assert.Equal("Variable \"$input\" got invalid value { a: \"foo\", b: \"bar\", c: \"baz\", extra: \"dog\" }; Field \"extra\" is not defined by type \"TestInputObject\".", error.Message);

        var misspelled = SingleError("query q($input: TestInputObject) { fieldWithObjectInput(input: $input) }",
            Map(("input", Map(("c", "baz"), ("dd", 1)))));
        Assert.Equal("Variable \"$input\" got invalid value { c: \"baz\", dd: 1 }; Field \"dd\" is not defined by type \"TestInputObject\". Did you mean \"d\"?", misspelled.Message);
    }

    [Fact]
    public void ReportsAListItemErrorWithItsIndex()
    {
        var error = SingleError("query q($b: [Int!]) { fieldWithInts(b: $b) }", Map(("b", new List<object?> { 1, null, 3 })));
        Assert.Equal("Variable \"$b\" got invalid value null at \"b[1]\"; Expected non-nullable type \"Int!\" not to be null.", error.Message);
    }

    [Fact]
    public void ReportsAScalarParseError()
    {
        var error = SingleError("query q($a: Int) { fieldWithInts(a: $a) }", Map(("a", "abc")));
        Assert.Equal("Variable \"$a\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"", error.Message);
    }

    [Fact]
    public void ReportsAMisspelledEnumValue()
    {
        var error = SingleError("query q($color: TestEnum) { fieldWithEnum(color: $color) }", Map(("color", "REDD")));
        Assert.Equal("Variable \"$color\" got invalid value \"REDD\"; Value \"REDD\" does not exist in \"TestEnum\" enum. Did you mean the enum value \"RED\"?", error.Message);
    }

    [Fact]
    public void ReportsOneOfViolations()
    {
        var twoKeys = SingleError("query q($o: TestOneOf) { fieldWithObjectInput }", Map(("o", Map(("a", "x"), ("b", 1)))));
        Assert.Equal("Variable \"$o\" got invalid value { a: \"x\", b: 1 }; Exactly one key must be specified for OneOf type \"TestOneOf\".", twoKeys.Message);

        var nullField = SingleError("query q($o: TestOneOf) { fieldWithObjectInput }", Map(("o", Map(("a", null)))));
        Assert.Equal("Variable \"$o\" got invalid value null at \"o.a\"; Field \"a\" must be non-null.", nullField.Message);
    }

    [Fact]
    public void ReportsARequiredVariableThatWasNotProvided()
    {
        var error = SingleError("query ($value: String!) { fieldWithNonNullableStringInput(input: $value) }", Map());
        Assert.Equal("Variable \"$value\" of required type \"String!\" was not provided.", error.Message);
        Assert.Equal([new SourceLocation(1, 8)], error.Locations);
    }

    [Fact]
    public void ReportsANullForANonNullVariable()
    {
        var error = SingleError("query ($value: String!) { fieldWithNonNullableStringInput(input: $value) }", Map(("value", null)));
        Assert.Equal("Variable \"$value\" of non-null type \"String!\" must not be null.", error.Message);
    }

    [Fact]
    public void ReportsAVariableOfANonInputType()
    {
        var error = SingleError("query q($input: TestType!) { fieldWithObjectInput(input: $input) }", Map(("input", Map())));
        Assert.Equal("Variable \"$input\" expected value of type \"TestType!\" which cannot be used as an input type.", error.Message);
        Assert.Equal([new SourceLocation(1, 17)], error.Locations);

        var unknown = SingleError("query q($input: UnknownType!) { fieldWithObjectInput }", Map());
        Assert.Equal("Variable \"$input\" expected value of type \"UnknownType!\" which cannot be used as an input type.", unknown.Message);
    }

    [Fact]
    public void StopsAtTheErrorLimit()
    {
        var result = CoerceVariables("query ($b: [Int!]) { fieldWithInts(b: $b) }",
            Map(("b", new List<object?> { null, null, null })), maxErrors: 2);
        Assert.Equal(
        [
            "Variable \"$b\" got invalid value null at \"b[0]\"; Expected non-nullable type \"Int!\" not to be null.",
            "Variable \"$b\" got invalid value null at \"b[1]\"; Expected non-nullable type \"Int!\" not to be null.",
            "Too many errors processing variables, error limit reached. Execution aborted.",
        ], result.Errors!.Select(e => e.Message));
    }

    // ---- getArgumentValues ----

    private static (FieldDefinition Definition, FieldNode Node) Field(string document)
    {
        var node = (FieldNode)Operation(document).SelectionSet.Selections[0];
        return (TestSchema.Query!.GetField(node.Name.Value)!, node);
    }

    private static IReadOnlyDictionary<string, object?> Arguments(string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var (definition, node) = Field(document);
        return ArgumentValues.Get(definition.Arguments, node.Arguments, variables ?? Map(), node);
    }

    private static GraphQLError ArgumentError(string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var (definition, node) = Field(document);
        return Assert.Throws<GraphQLError>(() => ArgumentValues.Get(definition.Arguments, node.Arguments, variables ?? Map(), node));
    }

    [Fact]
    public void Arguments_CoerceLiteralsAndVariables()
    {
        Assert.Equal("{ input: { a: \"foo\", b: [\"bar\"], c: \"baz\" } }",
            Show(Arguments("{ fieldWithObjectInput(input: {a: \"foo\", b: [\"bar\"], c: \"baz\"}) }")));
        Assert.Equal("{ input: { a: \"foo\", b: [\"bar\"], c: \"baz\" } }",
            Show(Arguments("{ fieldWithObjectInput(input: {a: \"foo\", b: \"bar\", c: \"baz\"}) }")));
        Assert.Equal("{ a: 1, b: [2, 3] }", Show(Arguments("query ($v: Int) { fieldWithInts(a: $v, b: [2, 3]) }", Map(("v", 1)))));
        Assert.Equal("{ color: \"GREEN\" }", Show(Arguments("{ fieldWithEnum(color: GREEN) }")));
    }

    [Fact]
    public void Arguments_ApplyDefaultsAndLeaveOutAbsentOnes()
    {
        Assert.Equal("{ input: \"Hello World\" }", Show(Arguments("{ fieldWithDefaultArgumentValue }")));
        Assert.Equal("{ input: \"Hello World\" }", Show(Arguments("query ($v: String) { fieldWithDefaultArgumentValue(input: $v) }")));
        Assert.Equal("{ input: null }", Show(Arguments("query ($v: String) { fieldWithDefaultArgumentValue(input: $v) }", Map(("v", null)))));
        Assert.Equal("{ input: null }", Show(Arguments("{ fieldWithDefaultArgumentValue(input: null) }")));
        Assert.Equal("{ input: \"Hello World\" }", Show(Arguments("query ($v: String) { fieldWithNonNullableStringInputAndDefaultArgumentValue(input: $v) }")));
        Assert.Empty(Arguments("{ fieldWithInts }"));
    }

    [Fact]
    public void Arguments_ReportAMissingRequiredArgumentAtTheField()
    {
        var error = ArgumentError("{ fieldWithNonNullableStringInput }");
        Assert.Equal("Argument \"input\" of required type \"String!\" was not provided.", error.Message);
        Assert.Equal([new SourceLocation(1, 3)], error.Locations);
    }

    [Fact]
    public void Arguments_ReportANullForANonNullArgument()
    {
        var error = ArgumentError("{ fieldWithNonNullableStringInput(input: null) }");
        Assert.Equal("Argument \"input\" of non-null type \"String!\" must not be null.", error.Message);
        Assert.Equal([new SourceLocation(1, 42)], error.Locations);

        var viaVariable = ArgumentError("query ($v: String) { fieldWithNonNullableStringInput(input: $v) }", Map(("v", null)));
        Assert.Equal("Argument \"input\" of non-null type \"String!\" must not be null.", viaVariable.Message);
    }

    [Fact]
    public void Arguments_ReportAnUnprovidedVariableForARequiredArgument()
    {
        var error = ArgumentError("query ($v: String) { fieldWithNonNullableStringInput(input: $v) }");
        Assert.Equal("Argument \"input\" of required type \"String!\" was provided the variable \"$v\" which was not provided a runtime value.", error.Message);
    }

    [Fact]
    public void Arguments_ReportAnInvalidLiteral()
    {
        var error = ArgumentError("{ fieldWithInts(a: \"abc\") }");
        Assert.Equal("Argument \"a\" has invalid value \"abc\".", error.Message);
        Assert.Equal([new SourceLocation(1, 20)], error.Locations);

        var enumError = ArgumentError("{ fieldWithEnum(color: PURPLE) }");
        Assert.Equal("Argument \"color\" has invalid value PURPLE.", enumError.Message);
    }

    [Fact]
    public void DirectiveValues_ReadTheFirstMatchingDirective()
    {
        var node = (FieldNode)Operation("query ($v: Boolean) { fieldWithInts @include(if: $v) @skip(if: false) }").SelectionSet.Selections[0];
        Assert.Equal("{ if: true }", Show(ArgumentValues.GetDirectiveValues(SpecifiedDirectives.Include, node.Directives, Map(("v", true)))));
        Assert.Equal("{ if: false }", Show(ArgumentValues.GetDirectiveValues(SpecifiedDirectives.Skip, node.Directives, Map())));
        Assert.Null(ArgumentValues.GetDirectiveValues(SpecifiedDirectives.Deprecated, node.Directives, Map()));
    }
}
