using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Tests.Language;

public class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Fact]
    public void PrintsExecutableKitchenSinkLikeGraphQLJs() =>
        Assert.Equal(KitchenSink.ExecutablePrinted, Reprint(KitchenSink.Executable));

    [Fact]
    public void PrintsSchemaKitchenSinkLikeGraphQLJs() =>
        Assert.Equal(KitchenSink.SchemaPrinted, Reprint(KitchenSink.Schema));

    [Theory]
    [InlineData(KitchenSink.Executable)]
    [InlineData(KitchenSink.Schema)]
    public void PrintParsePrintIsStable(string source)
    {
        var printed = Reprint(source);
        Assert.Equal(printed, Reprint(printed));
    }

    [Fact]
    public void PrintedKitchenSinkParsesToSameShape()
    {
        var original = Parser.Parse(KitchenSink.Executable, new ParserOptions { NoLocation = true });
        var reparsed = Parser.Parse(Printer.Print(original), new ParserOptions { NoLocation = true });
        Assert.Equal(original.Definitions.Count, reparsed.Definitions.Count);
        var fragment = (FragmentDefinitionNode)reparsed.Definitions[3];
        var field = (FieldNode)fragment.SelectionSet.Selections[0];
        var block = Assert.IsType<StringValueNode>(Assert.IsType<ObjectValueNode>(field.Arguments[2].Value).Fields[1].Value);
        Assert.Equal("block string uses \"\"\"", block.Value);
        Assert.True(block.Block);
    }

    // Expected strings captured from graphql-js 16.15's print(parse(source)).
    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("query Q($a: Int = 1 @d, $b: [String!]!) @op { ...F @s ... on T @i { b } ... @x { c } }", "query Q($a: Int = 1 @d, $b: [String!]!) @op {\n  ...F @s\n  ... on T @i {\n    b\n  }\n  ... @x {\n    c\n  }\n}")]
    [InlineData("\"op desc\" query Q(\"var desc\" $a: Int) { a }", "\"op desc\"\nquery Q(\n\"var desc\"\n$a: Int\n) {\n  a\n}")]
    [InlineData("type T { \"\"\"desc\"\"\" f(\"a\" a: Int, b: Int): Int }", "type T {\n  \"\"\"desc\"\"\"\n  f(\n    \"a\"\n    a: Int\n    b: Int\n  ): Int\n}")]
    [InlineData("directive @d(\"\"\"x\"\"\" a: Int) repeatable on FIELD | OBJECT", "directive @d(\n  \"\"\"x\"\"\"\n  a: Int\n) repeatable on FIELD | OBJECT")]
    [InlineData("{ f(a: \"\"\"  indented\n  second\"\"\") }", "{\n  f(a: \"\"\"\n    indented\n  second\n  \"\"\")\n}")]
    [InlineData("type T { f: Int }\nextend type T implements A & B @d { g: Int }\nunion U @d = A | B\nextend union U = C\nscalar S @d\nextend scalar S @e\nenum E { A @d B }\ninput I { a: Int = 1 @d }\nschema @d { query: Q }", "type T {\n  f: Int\n}\n\nextend type T implements A & B @d {\n  g: Int\n}\n\nunion U @d = A | B\n\nextend union U = C\n\nscalar S @d\n\nextend scalar S @e\n\nenum E {\n  A @d\n  B\n}\n\ninput I {\n  a: Int = 1 @d\n}\n\nschema @d {\n  query: Q\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    public void PrintsLikeGraphQLJs(string source, string expected) => Assert.Equal(expected, Reprint(source));

    [Fact]
    public void PrintsValues() =>
        Assert.Equal("{a: [1, 2.5, \"x\", true, null, ENUM, $v], b: {}}", Printer.Print(Parser.ParseValue("{a: [1, 2.5, \"x\", true, null, ENUM, $v], b: {}}")));

    [Fact]
    public void PrintsMinimalNodesBuiltInCode()
    {
        Assert.Equal("foo", Printer.Print(new FieldNode { Name = new NameNode { Value = "foo" } }));
        Assert.Equal("[Int!]", Printer.Print(new ListTypeNode { Type = new NonNullTypeNode { Type = new NamedTypeNode { Name = new NameNode { Value = "Int" } } } }));
        Assert.Equal("\"a\\nb\"", Printer.Print(new StringValueNode { Value = "a\nb" }));
        Assert.Equal("\"\"\"\na\nb\n\"\"\"", Printer.Print(new StringValueNode { Value = "a\nb", Block = true }));
        Assert.Equal("scalar S", Printer.Print(new ScalarTypeDefinitionNode { Name = new NameNode { Value = "S" } }));
        Assert.Equal("@skip(if: $x)", Printer.Print(new DirectiveNode
        {
            Name = new NameNode { Value = "skip" },
            Arguments = new[] { new ArgumentNode { Name = new NameNode { Value = "if" }, Value = new VariableNode { Name = new NameNode { Value = "x" } } } },
        }));
    }

    [Fact]
    public void WrapsFieldArgumentsPastEightyCharacters()
    {
        var arguments = "(first: 10, after: \"cursor\", filter: {species: DOG, region: NORTH})";
        Assert.Equal("{\n  animals" + arguments + "\n}", Reprint("{ animals" + arguments + " }"));
        var longer = "{ animalsInTheWholeNetwork(first: 10, after: \"cursor\", filter: {species: DOG, region: NORTH}) }";
        Assert.Equal(
            "{\n  animalsInTheWholeNetwork(\n    first: 10\n    after: \"cursor\"\n    filter: {species: DOG, region: NORTH}\n  )\n}",
            Reprint(longer));
    }
}
