using RescueGraph.GraphQL.Analysis;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Tests.Analysis;

public class CostAnalyzerTests
{
    internal const string CostDirectiveSdl = """
        directive @cost(weight: String!) on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM | INPUT_FIELD_DEFINITION
        directive @listSize(assumedSize: Int, slicingArguments: [String!], slicingArgumentDefaultValue: Int, sizedFields: [String!], requireOneSlicingArgument: Boolean! = true) on FIELD_DEFINITION
        """;

    internal static readonly Schema Schema = SdlSchemaBuilder.Build(CostDirectiveSdl + """

        type Query {
          organization(slug: String!): Organization
          organizations(first: Int, last: Int, where: OrganizationFilter): OrganizationConnection
            @listSize(assumedSize: 50, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 10, sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
          animals(limit: Int! @cost(weight: "2.0")): [Animal!]! @cost(weight: "3.0") @listSize(slicingArguments: ["limit"])
          search(first: Int, last: Int): [Animal!]! @listSize(slicingArguments: ["first", "last"])
          pageSized(first: Int = 7): [Animal!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
          unsized: [Organization!]!
          listings: [Listing!]! @listSize(assumedSize: 2)
          expensive: Int @cost(weight: "25")
        }
        input OrganizationFilter { name: String country: String @cost(weight: "5") near: Point }
        input Point { lat: Float lng: Float }
        type Organization { name: String! centers: [Center!]! @listSize(assumedSize: 5) }
        type Center { name: String! organization: Organization! }
        type OrganizationConnection { edges: [OrganizationEdge!]! nodes: [Organization!]! totalCount: Int! }
        type OrganizationEdge { cursor: String! node: Organization! }
        type Animal @cost(weight: "4.0") { name: String! }
        union Listing = Animal | Organization
        """);

    private static CostMetrics Analyze(string query, string? variablesJson = null, CostOptions? options = null) =>
        Analyze(query, variablesJson, options, out _);

    private static CostMetrics Analyze(string query, string? variablesJson, CostOptions? options, out bool dependsOnVariables)
    {
        var document = Parser.Parse(query);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var variables = variablesJson is null ? null : (IReadOnlyDictionary<string, object?>)JsonValues.Parse(variablesJson)!;
        return new CostAnalyzer(Schema, options).Analyze(document, operation, variables, out dependsOnVariables);
    }

    [Fact]
    public void A_composite_field_costs_one_and_its_type_one_plus_the_root_type()
    {
        Assert.Equal(new CostMetrics(1, 2), Analyze("""{ organization(slug: "a") { name } }"""));
    }

    [Fact]
    public void Scalar_fields_are_free_and_cost_directives_set_weights()
    {
        Assert.Equal(new CostMetrics(25, 1), Analyze("{ expensive }"));
        // animals: 3 (field) + 2 (argument); type: Animal 4 × limit 20, + Query 1.
        Assert.Equal(new CostMetrics(5, 81), Analyze("{ animals(limit: 20) { name } }"));
    }

    [Fact]
    public void Assumed_sizes_multiply_nested_lists()
    {
        // centers ×5: field 1 + 5 × organization 1 = 6; types 5 × (Center 1 + Organization 1) = 10.
        Assert.Equal(new CostMetrics(7, 12), Analyze("""{ organization(slug: "a") { centers { name organization { name } } } }"""));
    }

    [Fact]
    public void Connections_size_their_edges_by_first_or_by_the_slicing_default()
    {
        const string query = "{ organizations(first: 30) { edges { node { name } } totalCount } }";
        Assert.Equal(new CostMetrics(32, 62), Analyze(query));
        Assert.Equal(new CostMetrics(12, 22), Analyze("{ organizations { edges { node { name } } } }"));
        Assert.Equal(new CostMetrics(2, 32), Analyze("{ organizations(first: 30) { nodes { name } } }"));
        // The largest slicing argument counts.
        Assert.Equal(new CostMetrics(2, 42), Analyze("{ organizations(first: 30, last: 40) { nodes { name } } }"));
    }

    [Fact]
    public void Variables_size_lists_by_the_value_sent()
    {
        const string query = "query($n: Int = 5) { organizations(first: $n) { nodes { name } } }";
        var metrics = Analyze(query, "{\"n\": 40}", null, out var dependsOnVariables);
        Assert.Equal(new CostMetrics(2, 42), metrics);
        Assert.True(dependsOnVariables);
        Assert.Equal(new CostMetrics(2, 7), Analyze(query, "{}"));

        Analyze("{ organizations(first: 3) { nodes { name } } }", null, null, out var literalOnly);
        Assert.False(literalOnly);
    }

    [Fact]
    public void Argument_defaults_size_lists_when_the_argument_is_absent()
    {
        Assert.Equal(new CostMetrics(1, 29), Analyze("{ pageSized { name } }"));
    }

    [Fact]
    public void Lists_without_list_size_count_as_one_item()
    {
        Assert.Equal(new CostMetrics(1, 2), Analyze("{ unsized { name } }"));
    }

    [Fact]
    public void Input_object_arguments_add_their_weights_and_the_fields_they_set()
    {
        // organizations 1 + where (1 as an input object + country 5 + near 1 + lat 0) + nodes 1.
        Assert.Equal(new CostMetrics(9, 12), Analyze("""{ organizations(where: { country: "KR", near: { lat: 1 } }) { nodes { name } } }"""));
    }

    [Fact]
    public void Abstract_selections_cost_as_much_as_the_most_expensive_possible_type()
    {
        // listings ×2: Animal (type 4) vs Organization (type 1 + centers 5 × 1).
        var metrics = Analyze("{ listings { ... on Animal { name } ... on Organization { centers { name } } } }");
        Assert.Equal(new CostMetrics(1 + 2 * 1, 1 + 2 * 6), metrics);
    }

    [Fact]
    public void Fragments_are_followed_and_merged_fields_count_once()
    {
        var viaFragment = Analyze("""
            { organization(slug: "a") { ...F ...F centers { name } } }
            fragment F on Organization { centers { name } }
            """);
        Assert.Equal(Analyze("""{ organization(slug: "a") { centers { name } } }"""), viaFragment);
    }

    [Fact]
    public void Require_one_slicing_argument_is_enforced()
    {
        var error = Assert.Throws<GraphQLError>(() => Analyze("{ search(first: 1, last: 2) { name } }"));
        Assert.Equal("Exactly one slicing argument must be defined.", error.Message);
        Assert.Equal(AnalysisErrorCodes.OneSlicingArgumentRequired, error.Code);
        Assert.Equal(["search"], error.Path!);
        Assert.Throws<GraphQLError>(() => Analyze("{ search { name } }"));
        Assert.Equal(new CostMetrics(1, 13), Analyze("{ search(last: 3) { name } }"));
    }

    [Fact]
    public void Limits_are_checked_field_cost_first()
    {
        var metrics = new CostMetrics(32, 62);
        var fieldError = CostAnalyzer.CheckLimits(metrics, new CostLimits(10, 10));
        Assert.Equal("The maximum allowed field cost was exceeded.", fieldError!.Message);
        Assert.Equal(AnalysisErrorCodes.CostExceeded, fieldError.Code);
        Assert.Equal(32d, fieldError.Extensions!["fieldCost"]);
        Assert.Equal(10d, fieldError.Extensions!["maxFieldCost"]);

        var typeError = CostAnalyzer.CheckLimits(metrics, new CostLimits(100, 50));
        Assert.Equal("The maximum allowed type cost was exceeded.", typeError!.Message);
        Assert.Equal(62d, typeError.Extensions!["typeCost"]);

        Assert.Null(CostAnalyzer.CheckLimits(metrics, new CostLimits(32, 62)));
        Assert.Null(CostAnalyzer.CheckLimits(metrics, new CostLimits(1, 1, EnforceCostLimits: false)));
    }

    public sealed class Shelter
    {
        public required string Name { get; init; }
    }

    private static Schema CodeFirstSchema(bool annotate) => new SchemaBuilder()
        .AddCostDirectives()
        .Query(q =>
        {
            var shelters = q.Field("shelters", (_, _) => new List<Shelter> { new() { Name = "Gimhae" } }).Type("[Shelter!]!")
                .Argument("first", "Int");
            if (annotate) shelters.ListSize(slicingArguments: ["first"], requireOneSlicingArgument: false, slicingArgumentDefaultValue: 20);
            var report = q.Field("report", (_, _) => "ok");
            if (annotate) report.Cost(3.5);
        })
        .Object<Shelter>("Shelter", o => o.Field("name", s => s.Name))
        .Build();

    [Fact]
    public void Code_first_helpers_apply_and_print_the_directives()
    {
        var schema = CodeFirstSchema(annotate: true);
        var sdl = SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true });
        Assert.Contains("directive @cost(", sdl);
        Assert.Contains("requireOneSlicingArgument: Boolean! = true", sdl);
        Assert.Contains("report: String @cost(weight: \"3.5\")", sdl);
        Assert.Contains("@listSize(slicingArguments: [\"first\"], slicingArgumentDefaultValue: 20, requireOneSlicingArgument: false)", sdl);

        var document = Parser.Parse("{ shelters { name } report }");
        var metrics = new CostAnalyzer(schema).Analyze(document, (OperationDefinitionNode)document.Definitions[0], null, out _);
        // shelters: its own resolver (10) ×20 items of type 1; report 3.5; property reads are free.
        Assert.Equal(new CostMetrics(13.5, 21), metrics);
    }

    [Fact]
    public void Resolver_backed_fields_get_the_default_resolver_cost_unless_defaults_are_off()
    {
        var schema = CodeFirstSchema(annotate: false);
        var document = Parser.Parse("{ shelters { name } report }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(new CostMetrics(20, 2), new CostAnalyzer(schema).Analyze(document, operation, null, out _));
        Assert.Equal(new CostMetrics(1, 2),
            new CostAnalyzer(schema, new CostOptions { ApplyCostDefaults = false }).Analyze(document, operation, null, out _));
    }

    [Fact]
    public void Connection_fields_get_default_list_sizes()
    {
        var schema = SdlSchemaBuilder.Build("""
            type Query { animals(first: Int, last: Int, after: String): AnimalConnection }
            type AnimalConnection { edges: [AnimalEdge!]! nodes: [Animal!]! }
            type AnimalEdge { node: Animal! }
            type Animal { name: String! }
            """);
        var analyzer = new CostAnalyzer(schema);
        CostMetrics Run(string query)
        {
            var document = Parser.Parse(query);
            return analyzer.Analyze(document, (OperationDefinitionNode)document.Definitions[0], null, out _);
        }
        // No first/last: the default page size (10); with first: its value.
        Assert.Equal(new CostMetrics(2, 12), Run("{ animals { nodes { name } } }"));
        Assert.Equal(new CostMetrics(2, 27), Run("{ animals(first: 25) { nodes { name } } }"));
    }
}
