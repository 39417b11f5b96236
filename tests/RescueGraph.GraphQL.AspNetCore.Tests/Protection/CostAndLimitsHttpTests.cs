using System.Net;
using System.Text.Json;
using RescueGraph.GraphQL.Analysis;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.AspNetCore.Tests.Protection;

public class CostAndLimitsHttpTests
{
    // Every field of the test schema has a resolver of its own: 10 each by HotChocolate's defaults.
    private const string TwoFields = "{ a: hello b: echo(text: \"x\") }";

    private static Task<ProtectionHost> StartAsync(CostOptions? cost, Action<GraphQLServerOptions>? configure = null, TimeSpan? timeout = null) =>
        ProtectionHost.StartAsync(options =>
        {
            options.ExecutorOptions = new RequestExecutorOptions { Cost = cost, ExecutionTimeout = timeout ?? TimeSpan.FromSeconds(30) };
            configure?.Invoke(options);
        });

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string query, string? costHeader = null, string? user = null,
        string accept = MediaTypes.GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (costHeader is not null) request.Headers.TryAddWithoutValidation("GraphQL-Cost", costHeader);
        if (user is not null) request.Headers.TryAddWithoutValidation(ProtectionHost.TestUserHeader, user);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Cost_report_header_adds_the_operation_cost()
    {
        await using var host = await StartAsync(new CostOptions());
        var response = await PostAsync(host.CreateClient(), TwoFields, "report");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("a").GetString());
        var cost = body.GetProperty("extensions").GetProperty("operationCost");
        Assert.Equal(20, cost.GetProperty("fieldCost").GetDouble());
        Assert.Equal(1, cost.GetProperty("typeCost").GetDouble());
    }

    [Fact]
    public async Task Without_the_header_no_cost_is_reported()
    {
        await using var host = await StartAsync(new CostOptions());
        var body = await (await PostAsync(host.CreateClient(), TwoFields)).ReadJsonAsync();
        Assert.False(body.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task Cost_validate_header_reports_without_executing()
    {
        await using var host = await StartAsync(new CostOptions());
        var response = await PostAsync(host.CreateClient(), "mutation { increment }", "validate");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.False(body.TryGetProperty("errors", out _));
        Assert.Equal(10, body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
        Assert.Equal(0, host.Probe.MutationCount);
    }

    [Fact]
    public async Task Over_budget_requests_get_400_with_the_computed_cost()
    {
        await using var host = await StartAsync(new CostOptions { MaxFieldCost = 15 });
        var response = await PostAsync(host.CreateClient(), TwoFields);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("HC0047", body.FirstErrorCode());
        Assert.Equal("The maximum allowed field cost was exceeded.", body.FirstErrorMessage());
        var extensions = body.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(20, extensions.GetProperty("fieldCost").GetDouble());
        Assert.Equal(15, extensions.GetProperty("maxFieldCost").GetDouble());
    }

    [Fact]
    public async Task A_per_caller_budget_lets_analysts_through()
    {
        await using var host = await StartAsync(new CostOptions { MaxFieldCost = 15 }, options =>
            options.CostLimits = context => context.User.Identity?.IsAuthenticated == true ? new CostLimits(10_000, 10_000) : null);
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, TwoFields)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, TwoFields, user: "analyst-1")).StatusCode);
    }

    [Fact]
    public async Task Introspection_can_be_refused_to_anonymous_callers()
    {
        await using var host = await StartAsync(null, options => options.AllowIntrospection = GraphQLRequestPolicies.IsAuthenticated);
        var client = host.CreateClient();

        var refused = await PostAsync(client, "{ __schema { queryType { name } } }");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.ReadJsonAsync();
        Assert.Equal("HC0046", body.FirstErrorCode());
        Assert.Equal("Introspection is not allowed for the current request.", body.FirstErrorMessage());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "{ __typename hello }")).StatusCode);
        var allowed = await PostAsync(client, "{ __schema { queryType { name } } }", user: "staff");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("Query", (await allowed.ReadJsonAsync()).GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_timeout_cancels_the_resolver_and_answers_504_not_500()
    {
        await using var host = await StartAsync(null, timeout: TimeSpan.FromMilliseconds(200));
        var response = await PostAsync(host.CreateClient(), "{ waitForCancellation }");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("HC0045", body.FirstErrorCode());
        Assert.Equal("The request exceeded the configured timeout of `00:00:00.2000000`.", body.FirstErrorMessage());
        await host.Probe.WaitCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task With_application_json_a_timeout_keeps_the_legacy_200()
    {
        await using var host = await StartAsync(null, timeout: TimeSpan.FromMilliseconds(100));
        var response = await PostAsync(host.CreateClient(), "{ waitForCancellation }", accept: MediaTypes.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("HC0045", (await response.ReadJsonAsync()).FirstErrorCode());
    }
}
