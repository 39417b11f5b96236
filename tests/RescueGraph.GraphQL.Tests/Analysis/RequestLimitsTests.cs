using RescueGraph.GraphQL.Analysis;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Analysis;

/// <summary>Cost budgets, cost reports, introspection policy and the execution timeout, through <see cref="RequestExecutor"/>.</summary>
public class RequestLimitsTests
{
    private const string ConnectionQuery = "{ organizations(first: 30) { edges { node { name } } } }"; // field cost 32, type cost 62

    private static RequestExecutor Executor(CostOptions? cost = null, TimeSpan? timeout = null, Schema? schema = null) =>
        new(schema ?? CostAnalyzerTests.Schema, new RequestExecutorOptions
        {
            Cost = cost,
            ExecutionTimeout = timeout ?? TimeSpan.FromSeconds(30),
            DefaultFieldResolver = _ => new ValueTask<object?>((object?)null),
        });

    [Fact]
    public async Task Over_budget_operations_are_refused_before_execution()
    {
        var result = await Executor(new CostOptions { MaxFieldCost = 10 }).ExecuteAsync(new GraphQLRequest { Query = ConnectionQuery });
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("The maximum allowed field cost was exceeded.", error.Message);
        Assert.Equal("HC0047", error.Code);
        Assert.Equal(32d, error.Extensions!["fieldCost"]);
        Assert.Null(result.Extensions);
    }

    [Fact]
    public async Task Type_cost_has_its_own_budget()
    {
        var result = await Executor(new CostOptions { MaxTypeCost = 50 }).ExecuteAsync(new GraphQLRequest { Query = ConnectionQuery });
        Assert.Equal("The maximum allowed type cost was exceeded.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task A_request_with_a_larger_budget_runs()
    {
        var executor = Executor(new CostOptions { MaxFieldCost = 10 });
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = ConnectionQuery, CostLimits = new CostLimits(5_000, 5_000) });
        Assert.True(result.HasData);
        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task Report_mode_adds_the_operation_cost_to_results_and_to_refusals()
    {
        var executor = Executor(new CostOptions());
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = ConnectionQuery, CostReportMode = CostReportMode.Report });
        Assert.True(result.HasData);
        Assert.Equal(Json("{'data':{'organizations':null},'extensions':{'operationCost':{'fieldCost':32,'typeCost':62}}}"), ToJson(result));

        var refused = await Executor(new CostOptions { MaxFieldCost = 1 })
            .ExecuteAsync(new GraphQLRequest { Query = ConnectionQuery, CostReportMode = CostReportMode.Report });
        Assert.Contains("\"operationCost\":{\"fieldCost\":32,\"typeCost\":62}", ToJson(refused));
    }

    [Fact]
    public async Task Validate_mode_reports_without_executing()
    {
        var executed = false;
        var schema = SdlSchemaBuilder.Build("type Query { a: String }");
        SetResolver(schema, "Query", "a", _ => { executed = true; return new ValueTask<object?>("x"); });
        var result = await Executor(new CostOptions(), schema: schema)
            .ExecuteAsync(new GraphQLRequest { Query = "{ a }", CostReportMode = CostReportMode.Validate });
        Assert.False(executed);
        // a has a resolver of its own, so it weighs the default resolver cost.
        Assert.Equal(Json("{'extensions':{'operationCost':{'fieldCost':10,'typeCost':1}}}"), ToJson(result));
    }

    [Fact]
    public async Task Costs_are_reused_per_document_but_variable_sizes_are_priced_per_request()
    {
        var executor = Executor(new CostOptions());
        var prepared = executor.PrepareDocument(ConnectionQuery);
        for (var i = 0; i < 2; i++)
        {
            var repeated = await executor.ExecuteAsync(prepared, new GraphQLRequest { Query = ConnectionQuery, CostReportMode = CostReportMode.Report });
            Assert.Contains("\"operationCost\":{\"fieldCost\":32,\"typeCost\":62}", ToJson(repeated));
        }

        const string variableQuery = "query($n: Int) { organizations(first: $n) { nodes { name } } }";
        var variablePrepared = executor.PrepareDocument(variableQuery);
        var small = await executor.ExecuteAsync(variablePrepared, new GraphQLRequest
        {
            Query = variableQuery, Variables = new Dictionary<string, object?> { ["n"] = 5L }, CostReportMode = CostReportMode.Report,
        });
        var large = await executor.ExecuteAsync(variablePrepared, new GraphQLRequest
        {
            Query = variableQuery, Variables = new Dictionary<string, object?> { ["n"] = 500L }, CostReportMode = CostReportMode.Report,
        });
        Assert.Contains("\"typeCost\":7", ToJson(small));
        Assert.Contains("\"typeCost\":502", ToJson(large));
    }

    [Fact]
    public async Task Refused_introspection_names_the_field_but_typename_stays_allowed()
    {
        var executor = Executor();
        var refused = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "query { ...Intro }\nfragment Intro on Query { __schema { queryType { name } } }",
            AllowIntrospection = false,
        });
        var error = Assert.Single(refused.Errors!);
        Assert.Equal("Introspection is not allowed for the current request.", error.Message);
        Assert.Equal("HC0046", error.Code);
        Assert.Equal("__schema", error.Extensions!["field"]);
        Assert.Equal([new SourceLocation(2, 27)], error.Locations);
        Assert.False(refused.HasData);

        var typename = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ __typename }", AllowIntrospection = false });
        Assert.Equal(Json("{'data':{'__typename':'Query'}}"), ToJson(typename));

        var allowed = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ __type(name: \"Query\") { name } }" });
        Assert.Null(allowed.Errors);
    }

    [Fact]
    public async Task A_timeout_cancels_resolvers_and_answers_with_a_timeout_error()
    {
        var schema = SdlSchemaBuilder.Build("type Query { slow: String }");
        var observedCancellation = new TaskCompletionSource<bool>();
        SetResolver(schema, "Query", "slow", async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.CancellationToken);
                return "late";
            }
            catch (OperationCanceledException)
            {
                observedCancellation.TrySetResult(true);
                throw;
            }
        });
        var result = await Executor(timeout: TimeSpan.FromMilliseconds(100), schema: schema).ExecuteAsync(new GraphQLRequest { Query = "{ slow }" });
        var error = Assert.Single(result.Errors!);
        Assert.Equal("The request exceeded the configured timeout of `00:00:00.1000000`.", error.Message);
        Assert.Equal("HC0045", error.Code);
        Assert.True(await observedCancellation.Task);
        Assert.Equal("The request exceeded the configured timeout of `00:00:30`.", RequestExecutor.TimeoutError(TimeSpan.FromSeconds(30)).Message);
    }

    [Fact]
    public async Task A_client_disconnect_is_not_reported_as_a_timeout()
    {
        var schema = SdlSchemaBuilder.Build("type Query { slow: String }");
        SetResolver(schema, "Query", "slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.CancellationToken);
            return "late";
        });
        using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await Executor(schema: schema).ExecuteAsync(new GraphQLRequest { Query = "{ slow }" }, aborted.Token));
    }

    [Fact]
    public void Non_positive_timeouts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Executor(timeout: TimeSpan.Zero));
        Assert.NotNull(Executor(timeout: Timeout.InfiniteTimeSpan));
    }
}
