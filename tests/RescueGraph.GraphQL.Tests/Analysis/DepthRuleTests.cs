using RescueGraph.GraphQL.Analysis;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation;

namespace RescueGraph.GraphQL.Tests.Analysis;

public class DepthRuleTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build("""
        type Query { organization: Organization center: RescueCenter }
        type Organization { name: String centers: [RescueCenter!]! partners: [Organization!]! }
        type RescueCenter { name: String organization: Organization! }
        """);

    private static IReadOnlyList<GraphQLError> Validate(string query, IValidationRule rule) =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), [.. SpecifiedRules.All, rule]);

    [Fact]
    public void Execution_depth_within_the_limit_passes()
    {
        Assert.Empty(Validate("{ organization { centers { name } } }", new MaxExecutionDepthRule(3)));
    }

    [Fact]
    public void Execution_depth_over_the_limit_is_reported_at_the_operation()
    {
        var error = Assert.Single(Validate("query Deep {\n  organization { centers { organization { name } } } }", new MaxExecutionDepthRule(3)));
        Assert.Equal("The GraphQL document has an execution depth of 4 which exceeds the max allowed execution depth of 3.", error.Message);
        Assert.Equal([new SourceLocation(1, 1)], error.Locations);
        Assert.Equal(3, error.Extensions!["allowedExecutionDepth"]);
        Assert.Equal(4, error.Extensions!["detectedExecutionDepth"]);
    }

    [Fact]
    public void Fragments_count_where_they_are_spread()
    {
        const string query = """
            { organization { ...Centers } }
            fragment Centers on Organization { centers { ... on RescueCenter { organization { name } } } }
            """;
        Assert.Single(Validate(query, new MaxExecutionDepthRule(3)));
        Assert.Empty(Validate(query, new MaxExecutionDepthRule(4)));
    }

    [Fact]
    public void Introspection_is_exempt_unless_asked_otherwise()
    {
        const string query = "{ __schema { types { fields { type { name } } } } }";
        Assert.Empty(Validate(query, new MaxExecutionDepthRule(2)));
        Assert.Single(Validate(query, new MaxExecutionDepthRule(2, skipIntrospectionFields: false)));
    }

    [Fact]
    public void A_coordinate_may_nest_three_times_by_default()
    {
        const string query = "{ organization { centers { organization { centers { organization { centers { name } } } } } } }";
        Assert.Empty(Validate(query, new MaxFieldCycleDepthRule()));
    }

    [Fact]
    public void A_fourth_nesting_of_one_coordinate_is_refused_with_its_path()
    {
        const string query = """
            { organization { centers { organization { centers { organization { centers { organization {
              centers { name } } } } } } } } }
            """;
        var error = Assert.Single(Validate(query, new MaxFieldCycleDepthRule()));
        Assert.Equal("Maximum allowed coordinate cycle depth was exceeded.", error.Message);
        Assert.Equal(AnalysisErrorCodes.MaxCoordinateCycleDepthOverflow, error.Code);
        Assert.Equal(["organization", "centers", "organization", "centers", "organization", "centers", "organization", "centers"], error.Path!);
        Assert.Equal([new SourceLocation(2, 3)], error.Locations);
    }

    [Fact]
    public void Per_coordinate_limits_override_the_default()
    {
        const string query = "{ organization { partners { partners { name } } } }";
        Assert.Empty(Validate(query, new MaxFieldCycleDepthRule()));
        var limits = new Dictionary<string, int> { ["Organization.partners"] = 1 };
        var error = Assert.Single(Validate(query, new MaxFieldCycleDepthRule(3, limits)));
        Assert.Equal(["organization", "partners", "partners"], error.Path!);
    }

    [Fact]
    public void Cycles_through_fragments_are_counted_and_introspection_is_exempt()
    {
        const string query = """
            { organization { ...P } __schema { types { name ofType { ofType { ofType { name } } } } } }
            fragment P on Organization { partners { partners { ...Q } } }
            fragment Q on Organization { partners { name } }
            """;
        Assert.Empty(Validate(query, new MaxFieldCycleDepthRule()));
        Assert.Single(Validate(query, new MaxFieldCycleDepthRule(2)));
    }
}
