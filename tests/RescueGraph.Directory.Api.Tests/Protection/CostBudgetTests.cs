using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Protection;

/// <summary>Static cost analysis in the directory host: HotChocolate 14's budget for everyone, ten times it for analysts and admins.</summary>
[Collection(ProtectionCollection.Name)]
public sealed class CostBudgetTests(DirectoryApiFixture fixture) : IAsyncLifetime
{
    // 100 animals × (resolver 10 + 20 photos): over the anonymous field budget of 1000, well under ten times it.
    private const string AnalystSizedQuery = "{ animals(first: 100) { nodes { name photos(first: 20) { nodes { mediumUrl } } } } }";

    private WebApplicationFactory<Program> _host = null!;

    // The test environment (appsettings.Testing.json) lifts the budget for the functional tests' large queries; these
    // tests pin the production defaults (appsettings.json) back.
    private WebApplicationFactory<Program> Host => _host;

    public Task InitializeAsync()
    {
        _host = fixture.Factory.WithSettings(("GraphQL:Cost:MaxFieldCost", "1000"), ("GraphQL:Cost:MaxTypeCost", "1000"));
        // Started here, so its startup statements (migration check) are not counted by the tests.
        _ = _host.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Over_budget_is_refused_before_execution_with_the_cost_in_the_error()
    {
        fixture.Factory.Statements.Reset();
        var response = await Host.PostQueryAsync(AnalystSizedQuery);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HC0047", response.FirstErrorCode);
        Assert.Equal("The maximum allowed field cost was exceeded.", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.True(response.FirstErrorExtensions.GetProperty("fieldCost").GetDouble() > 1000);
        Assert.Equal(1000, response.FirstErrorExtensions.GetProperty("maxFieldCost").GetDouble());
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.Equal(0, fixture.Factory.Statements.Count);
    }

    [Fact]
    public async Task Over_budget_with_cost_report_header_also_reports_the_cost()
    {
        var response = await Host.PostQueryAsync(AnalystSizedQuery, null, ("GraphQL-Cost", "report"));

        Assert.Equal("HC0047", response.FirstErrorCode);
        Assert.True(response.Body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble() > 1000);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("admin")]
    public async Task Analysts_and_admins_get_ten_times_the_budget(string role)
    {
        var token = TestTokens.Create($"{role}-user", [role]);
        var response = await Host.PostQueryAsync(AnalystSizedQuery, token, ("GraphQL-Cost", "report"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.True(response.Body.GetProperty("data").GetProperty("animals").GetProperty("nodes").GetArrayLength() > 0);
        var fieldCost = response.Body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble();
        Assert.InRange(fieldCost, 1000.5, 10_000);
    }

    [Fact]
    public async Task A_partner_keeps_the_standard_budget()
    {
        var response = await Host.PostQueryAsync(AnalystSizedQuery, TestTokens.Partner("jindo-love-rescue"));

        Assert.Equal("HC0047", response.FirstErrorCode);
    }

    [Fact]
    public async Task Cost_report_header_adds_the_operation_cost_to_an_executed_response()
    {
        var response = await Host.PostQueryAsync("{ animals(first: 5) { nodes { name } } }", null, ("GraphQL-Cost", "report"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(5, response.Body.GetProperty("data").GetProperty("animals").GetProperty("nodes").GetArrayLength());
        var cost = response.Body.GetProperty("extensions").GetProperty("operationCost");
        // HotChocolate's pricing: the connection resolver weighs 10, its 5 sized nodes 1 each.
        Assert.True(cost.GetProperty("fieldCost").GetDouble() >= 10);
        Assert.True(cost.GetProperty("typeCost").GetDouble() >= 5);
    }

    [Fact]
    public async Task Cost_validate_header_prices_without_executing()
    {
        fixture.Factory.Statements.Reset();
        var response = await Host.PostQueryAsync("{ animals(first: 5) { nodes { name } } }", null, ("GraphQL-Cost", "validate"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.True(response.Body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble() > 0);
        Assert.Equal(0, fixture.Factory.Statements.Count);
    }

    [Fact]
    public async Task A_connection_without_first_or_last_is_priced_at_the_default_page_size_and_with_first_at_first()
    {
        var withoutSlice = await FieldCostAsync("{ animals { nodes { photos { nodes { mediumUrl } } } } }");
        var withFirst30 = await FieldCostAsync("{ animals(first: 30) { nodes { photos { nodes { mediumUrl } } } } }");

        // The photos resolver (10) runs once per animal: 10 animals by default, 30 with first: 30.
        Assert.True(withFirst30 - withoutSlice >= 20 * 10, $"{withoutSlice} vs {withFirst30}");
    }

    /// <summary>
    /// The bench scenarios price as HotChocolate 14 would (the 50-animal listing with center and photo: about 2000),
    /// so the bench harness runs with the analysts' budget (GraphQL__Cost__MaxFieldCost=10000): each must fit it.
    /// </summary>
    [Fact]
    public async Task Every_bench_scenario_fits_the_analyst_budget()
    {
        var scenarios = Path.Combine(RepositoryRoot(), "bench", "service", "scenarios");
        var documents = System.IO.Directory.GetFiles(scenarios, "rescuegraph.graphql", SearchOption.AllDirectories);
        Assert.NotEmpty(documents);
        foreach (var path in documents)
        {
            var response = await Host.PostQueryAsync(await File.ReadAllTextAsync(path), TestTokens.Analyst(), ("GraphQL-Cost", "validate"));
            Assert.False(response.HasErrors, $"{path}: {response.Body}");
            var cost = response.Body.GetProperty("extensions").GetProperty("operationCost");
            Console.WriteLine($"{Path.GetFileName(Path.GetDirectoryName(path))}: {cost}");
            Assert.True(cost.GetProperty("fieldCost").GetDouble() <= 10_000 && cost.GetProperty("typeCost").GetDouble() <= 10_000, $"{path}: {cost}");
        }
    }

    private async Task<double> FieldCostAsync(string query)
    {
        var response = await Host.PostQueryAsync(query, null, ("GraphQL-Cost", "validate"));
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble();
    }

    internal static string RepositoryRoot() =>
        RescueGraph.Directory.Api.Hosting.RepositoryLayout.FindRootFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Not inside the repository.");
}
