using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Tests.Utilities;

public class SchemaPrinterTests
{
    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Utilities", "Fixtures", name));

    [Fact]
    public void Prints_the_kitchen_sink_exactly_as_graphql_js_printSchema()
    {
        // The expected text is graphql-js 16.15's printSchema(buildSchema(kitchen-sink.graphql)).
        var printed = SchemaPrinter.Print(SdlSchemaBuilder.Build(Fixture("kitchen-sink.graphql")));
        Assert.Equal(Fixture("kitchen-sink.printed-by-graphql-js.graphql"), printed);
    }

    [Fact]
    public void Printing_then_parsing_gives_the_same_schema()
    {
        var once = SchemaPrinter.Print(SdlSchemaBuilder.Build(Fixture("kitchen-sink.graphql")));
        var twice = SchemaPrinter.Print(SdlSchemaBuilder.Build(once));
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Common_root_names_need_no_schema_definition()
    {
        var printed = SchemaPrinter.Print(SdlSchemaBuilder.Build("type Query { a: Int } type Mutation { b: Int }"));
        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}", printed);
    }

    [Fact]
    public void Applied_directives_print_only_when_asked()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("secret", (_, _) => "x").Directive("authorize", ("roles", new[] { "admin" })))
            .Directive(new Types.DirectiveDefinition("authorize", [Types.DirectiveLocation.FieldDefinition])
            {
                Arguments = [new Types.ArgumentDefinition("roles", new Types.ListType(new Types.NonNullType(Types.Scalars.String)))],
            })
            .Build();

        Assert.Contains("secret: String\n", SchemaPrinter.Print(schema) + "\n");
        Assert.Contains("secret: String @authorize(roles: [\"admin\"])", SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true }));
    }
}
