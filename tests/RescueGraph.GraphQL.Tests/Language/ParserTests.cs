using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Tests.Language;

public class ParserTests
{
    private static GraphQLError ParseError(string source, ParserOptions? options = null) =>
        Assert.Throws<GraphQLError>(() => Parser.Parse(source, options));

    private static void AssertError(GraphQLError error, string message, int line, int column)
    {
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new[] { new SourceLocation(line, column) }, error.Locations);
    }

    // Messages and locations captured from graphql-js 16.15 for the same inputs.
    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q(", "Expected \"$\", found <EOF>.", 1, 9)]
    [InlineData("{ a(x: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ a @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("query Q($a) { a }", "Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int @dir(x: $y)) { a }", "Unexpected variable \"$y\" in constant value.", 1, 25)]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type Foo @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("{ a }}", "Unexpected \"}\".", 1, 6)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("subscription", "Expected \"{\", found <EOF>.", 1, 13)]
    [InlineData("query Q { a(x: $) }", "Expected Name, found \")\".", 1, 17)]
    [InlineData("fragment F on { a }", "Expected Name, found \"{\".", 1, 15)]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("{ a(x: {a}) }", "Expected \":\", found \"}\".", 1, 10)]
    [InlineData("\"d\" \"e\" scalar S", "Unexpected String \"e\".", 1, 5)]
    [InlineData("fragment F($a: Int) on T { a }", "Expected \"on\", found \"(\".", 1, 11)]
    [InlineData("extend type Foo", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend scalar Foo", "Unexpected <EOF>.", 1, 18)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend union U", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend interface I", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend foo", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend", "Unexpected <EOF>.", 1, 7)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { false }", "Name \"false\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @a on UNKNOWN", "Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("directive @a on FIELD | ", "Expected Name, found <EOF>.", 1, 25)]
    [InlineData("directive @a(x: Int) FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("type A implements B C { a: Int }", "Unexpected Name \"C\".", 1, 21)]
    [InlineData("type T implements", "Expected Name, found <EOF>.", 1, 18)]
    [InlineData("type T { a }", "Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T { a: }", "Expected Name, found \"}\".", 1, 13)]
    [InlineData("type T { a(): Int }", "Expected Name, found \")\".", 1, 12)]
    [InlineData("input I { a }", "Expected \":\", found \"}\".", 1, 13)]
    [InlineData("enum E { }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("type T { }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("input I { a: Int = $x }", "Unexpected variable \"$x\" in constant value.", 1, 20)]
    [InlineData("schema { foo: Q }", "Unexpected Name \"foo\".", 1, 10)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("scalar", "Expected Name, found <EOF>.", 1, 7)]
    [InlineData("interface I implements & { a: Int }", "Expected Name, found \"{\".", 1, 26)]
    [InlineData("type T { a: [Int }", "Expected \"]\", found \"}\".", 1, 18)]
    public void ReportsSyntaxErrorsLikeGraphQLJs(string source, string message, int line, int column) =>
        AssertError(ParseError(source), message, line, column);

    [Fact]
    public void ParsesKitchenSink()
    {
        var document = Parser.Parse(KitchenSink.Executable);
        var kinds = new List<SyntaxKind>();
        foreach (var definition in document.Definitions)
        {
            kinds.Add(definition.Kind);
        }

        Assert.Equal(
            new[]
            {
                SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition,
                SyntaxKind.FragmentDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition,
                SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition,
            },
            kinds);
        var subscription = Assert.IsType<OperationDefinitionNode>(document.Definitions[2]);
        Assert.Equal(OperationType.Subscription, subscription.Operation);
        Assert.Equal("onVariableDefinition", subscription.VariableDefinitions[0].Directives[0].Name.Value);
    }

    [Fact]
    public void CreatesAstWithLocations()
    {
        const string source = "{\n  node(id: 4) {\n    id,\n    name\n  }\n}\n";
        var document = Parser.Parse(source);
        Assert.Equal(new Location(0, 41, 1, 1), document.Location, LocationComparer.Instance);
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Equal(new Location(0, 40, 1, 1), operation.Location, LocationComparer.Instance);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("node", field.Name.Value);
        Assert.Null(field.Alias);
        Assert.Equal(new Location(4, 38, 2, 3), field.Location, LocationComparer.Instance);
        var argument = Assert.Single(field.Arguments);
        Assert.Equal("id", argument.Name.Value);
        Assert.Equal(new Location(9, 14, 2, 8), argument.Location, LocationComparer.Instance);
        var value = Assert.IsType<IntValueNode>(argument.Value);
        Assert.Equal("4", value.Value);
        Assert.Equal(13, value.Location!.Start);
        Assert.Equal(16, field.SelectionSet!.Location!.Start);
        var name = Assert.IsType<FieldNode>(field.SelectionSet.Selections[1]);
        Assert.Equal("name", name.Name.Value);
        Assert.Null(name.SelectionSet);
        Assert.Equal(new Location(30, 34, 4, 5), name.Location, LocationComparer.Instance);
        Assert.Equal(new SourceLocation(4, 5), name.Location!.ToSourceLocation());
    }

    [Fact]
    public void NoLocationOptionSkipsLocations()
    {
        var document = Parser.Parse("{ a(b: [1]) }", new ParserOptions { NoLocation = true });
        Assert.Null(document.Location);
        var field = Assert.IsType<FieldNode>(((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0]);
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }

    [Fact]
    public void ParsesVariablesWithDefaultsAndDirectives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query Q($a: [Int!]! = [1, 2] @dir(x: 1), $b: In = {c: null}) { f(a: $a) }").Definitions[0];
        Assert.Equal("Q", operation.Name!.Value);
        var first = operation.VariableDefinitions[0];
        Assert.Equal("a", first.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(first.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        var inner = Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(inner.Type).Name.Value);
        Assert.Equal(2, Assert.IsType<ListValueNode>(first.DefaultValue).Values.Count);
        Assert.Equal("dir", Assert.Single(first.Directives).Name.Value);
        var second = operation.VariableDefinitions[1];
        var objectField = Assert.Single(Assert.IsType<ObjectValueNode>(second.DefaultValue).Fields);
        Assert.Equal("c", objectField.Name.Value);
        Assert.IsType<NullValueNode>(objectField.Value);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal("a", Assert.IsType<VariableNode>(field.Arguments[0].Value).Name.Value);
    }

    [Fact]
    public void ParsesDescriptionsOnOperationsVariablesAndFragments()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a }\n\"\"\"frag\"\"\" fragment F on T { a }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("op", operation.Description!.Value);
        Assert.False(operation.Description.Block);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        var fragment = (FragmentDefinitionNode)document.Definitions[1];
        Assert.Equal("frag", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
        Assert.Equal(new Location(34, 66, 2, 1), fragment.Location, LocationComparer.Instance);
    }

    [Fact]
    public void AllowsKeywordsAsNames()
    {
        var document = Parser.Parse("query query { query: query(on: on) ... on on { on } ...onFragment }\nfragment onFragment on on { fragment }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("query", operation.Name!.Value);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal("query", field.Alias!.Value);
        Assert.Equal("on", Assert.IsType<EnumValueNode>(field.Arguments[0].Value).Value);
        var inline = Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[1]);
        Assert.Equal("on", inline.TypeCondition!.Name.Value);
        Assert.Equal("onFragment", Assert.IsType<FragmentSpreadNode>(operation.SelectionSet.Selections[2]).Name.Value);
        var fragment = (FragmentDefinitionNode)document.Definitions[1];
        Assert.Equal("on", fragment.TypeCondition.Name.Value);
    }

    [Fact]
    public void ParsesInlineFragmentsWithAndWithoutTypeCondition()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ ... @include(if: true) { a } ... { b } ... on T { c } }").Definitions[0];
        var withDirective = Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[0]);
        Assert.Null(withDirective.TypeCondition);
        Assert.Equal("include", withDirective.Directives[0].Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[1]).TypeCondition);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[2]).TypeCondition!.Name.Value);
    }

    [Fact]
    public void ParsesLegacyFragmentVariablesOnlyWhenEnabled()
    {
        const string source = "fragment F($a: Int = 1) on T { a }";
        AssertError(ParseError(source), "Expected \"on\", found \"(\".", 1, 11);
        var fragment = (FragmentDefinitionNode)Parser.Parse(source, new ParserOptions { AllowLegacyFragmentVariables = true }).Definitions[0];
        Assert.Equal("a", Assert.Single(fragment.VariableDefinitions).Variable.Name.Value);
    }

    [Fact]
    public void ParsesAllValueKinds()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse(
            "{ f(i: -12, f: 1.5e3, s: \"x\\ty\", b: \"\"\"  block\"\"\", t: true, n: null, e: RED, l: [], o: {}) }").Definitions[0]).SelectionSet.Selections[0];
        var values = field.Arguments;
        Assert.Equal("-12", Assert.IsType<IntValueNode>(values[0].Value).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(values[1].Value).Value);
        Assert.Equal("x\ty", Assert.IsType<StringValueNode>(values[2].Value).Value);
        var block = Assert.IsType<StringValueNode>(values[3].Value);
        Assert.True(block.Block);
        Assert.Equal("  block", block.Value);
        Assert.True(Assert.IsType<BooleanValueNode>(values[4].Value).Value);
        Assert.IsType<NullValueNode>(values[5].Value);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(values[6].Value).Value);
        Assert.Empty(Assert.IsType<ListValueNode>(values[7].Value).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(values[8].Value).Fields);
    }

    [Fact]
    public void ParseValueParsesVariablesAndNestedValues()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\" $var {a: [1]}]"));
        Assert.Equal(4, list.Values.Count);
        Assert.Equal("var", Assert.IsType<VariableNode>(list.Values[2]).Name.Value);
        Assert.Equal(new Location(0, 25, 1, 1), list.Location, LocationComparer.Instance);
    }

    [Theory]
    [InlineData("$var", "Unexpected variable \"$var\" in constant value.", 1, 1)]
    [InlineData("[1, $v]", "Unexpected variable \"$v\" in constant value.", 1, 5)]
    [InlineData("$", "Unexpected \"$\".", 1, 1)]
    [InlineData("1 2", "Expected <EOF>, found Int \"2\".", 1, 3)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    public void ParseConstValueRejectsVariables(string source, string message, int line, int column) =>
        AssertError(Assert.Throws<GraphQLError>(() => Parser.ParseConstValue(source)), message, line, column);

    [Fact]
    public void ParseConstValueAcceptsConstants() =>
        Assert.Equal("x", Assert.IsType<StringValueNode>(Assert.IsType<ObjectValueNode>(Parser.ParseConstValue("{a: \"x\"}")).Fields[0].Value).Value);

    [Fact]
    public void ParseTypeParsesWrappers()
    {
        var nonNull = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[MyType!]!"));
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal("MyType", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Equal(new Location(0, 10, 1, 1), nonNull.Location, LocationComparer.Instance);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Parser.ParseType("String")).Name.Value);
    }

    [Theory]
    [InlineData("Int!!", "Expected <EOF>, found \"!\".", 1, 5)]
    [InlineData("[Int", "Expected \"]\", found <EOF>.", 1, 5)]
    [InlineData("[]", "Expected Name, found \"]\".", 1, 2)]
    public void ParseTypeReportsErrors(string source, string message, int line, int column) =>
        AssertError(Assert.Throws<GraphQLError>(() => Parser.ParseType(source)), message, line, column);

    [Fact]
    public void StopsAfterMaxTokens()
    {
        AssertError(ParseError("{ a }", new ParserOptions { MaxTokens = 2 }), "Document contains more than 2 tokens. Parsing aborted.", 1, 5);
        Assert.Single(Parser.Parse("{ a }", new ParserOptions { MaxTokens = 3 }).Definitions);
    }

    [Fact]
    public void DefaultTokenLimitStopsHugeDocuments()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a ", 20000)) + "}";
        var error = ParseError(source);
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
    }

    [Theory]
    [InlineData("", "{ a ", "")] // selection sets
    [InlineData("{ a(x: ", "[", "]) }")] // list values
    [InlineData("{ a(x: ", "{b: ", "}) }")] // object values
    [InlineData("query ($v: ", "[", "Int]) { a }")] // list types
    public void DeepNestingEndsInSyntaxErrorNotStackOverflow(string prefix, string nestingUnit, string suffix)
    {
        var source = prefix + string.Concat(Enumerable.Repeat(nestingUnit, 100_000)) + suffix;
        var error = ParseError(source, new ParserOptions { MaxTokens = int.MaxValue });
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 256. Parsing aborted.", error.Message);
        Assert.Single(error.Locations);
    }

    [Fact]
    public void StackGuardHoldsEvenWithoutDepthLimit()
    {
        var source = string.Concat(Enumerable.Repeat("[", 1_000_000));
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue };
        var error = Assert.Throws<GraphQLError>(() => Parser.ParseValue(source, options));
        Assert.StartsWith("Syntax Error: Document exceeds the maximum nesting depth", error.Message);
    }

    [Fact]
    public void NestingWithinLimitParses()
    {
        var source = string.Concat(Enumerable.Repeat("{ a ", 200)) + new string('}', 200);
        Assert.Single(Parser.Parse(source).Definitions);
        Assert.IsType<ListValueNode>(Parser.ParseValue(new string('[', 256) + new string(']', 256)));
        Assert.Throws<GraphQLError>(() => Parser.ParseValue(new string('[', 257) + new string(']', 257)));
    }

    /// <summary>Location has reference equality; compare its fields.</summary>
    private sealed class LocationComparer : IEqualityComparer<Location?>
    {
        public static readonly LocationComparer Instance = new();

        public bool Equals(Location? x, Location? y) =>
            x is not null && y is not null && x.Start == y.Start && x.End == y.End && x.Line == y.Line && x.Column == y.Column;

        public int GetHashCode(Location? obj) => obj?.Start ?? 0;
    }
}
