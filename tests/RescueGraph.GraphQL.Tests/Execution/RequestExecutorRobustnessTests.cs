using RescueGraph.GraphQL.Analysis;
using RescueGraph.GraphQL.Execution;
using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Regressions for what the directory's fuzz test found in the request pipeline.</summary>
public class RequestExecutorRobustnessTests
{
    private static readonly Types.Schema QueryOnly = Sdl("type Query { a: String }");

    private static RequestExecutor WithCostAnalysis() => new(QueryOnly, new RequestExecutorOptions { Cost = new CostOptions() });

    [Fact]
    public async Task A_subscription_on_a_schema_without_subscriptions_is_an_error_not_a_crash_of_the_cost_analysis()
    {
        var result = await WithCostAnalysis().ExecuteAsync(new GraphQLRequest { Query = "subscription { a }" });
        var error = Assert.Single(result.Errors!);
        Assert.Equal(Executor.SubscriptionsNotSupportedCode, error.Code);
    }

    [Fact]
    public async Task A_mutation_on_a_schema_without_mutations_is_reported_by_the_executor_under_cost_analysis()
    {
        var result = await WithCostAnalysis().ExecuteAsync(new GraphQLRequest { Query = "mutation { a }" });
        Assert.Equal("Schema is not configured to execute mutation operation.", Assert.Single(result.Errors!).Message);
    }
}
