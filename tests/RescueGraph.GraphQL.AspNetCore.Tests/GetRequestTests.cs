using System.Net;

namespace RescueGraph.GraphQL.AspNetCore.Tests;

public class GetRequestTests(DefaultHostFixture fixture) : IClassFixture<DefaultHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData(MediaTypes.Json)]
    [InlineData(MediaTypes.GraphQLResponse)]
    [InlineData("*/*")]
    public async Task Executes_a_query_from_the_query_string(string accept)
    {
        using var response = await _client.GetAsync(HttpTestHelpers.GetQueryUrl("{ hello }"), accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reads_json_variables_and_the_operation_name()
    {
        var url = HttpTestHelpers.GetQueryUrl("query A { hello } query B($name: String) { hello(name: $name) }", """{"name":"Sapsali"}""", "B");
        using var response = await _client.GetAsync(url, MediaTypes.GraphQLResponse);
        Assert.Equal("""{"data":{"hello":"Hello, Sapsali!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("&variables=%7Bnot-json", "INVALID_JSON")]
    [InlineData("&variables=%5B1%5D", "INVALID_REQUEST")]
    [InlineData("&extensions=%22text%22", "INVALID_REQUEST")]
    [InlineData("&extensions=%7B", "INVALID_JSON")]
    [InlineData("&query=%7Bhello%7D", "INVALID_REQUEST")]
    public async Task Answers_malformed_parameters_with_400(string extra, string code)
    {
        using var response = await _client.GetAsync(HttpTestHelpers.GetQueryUrl("{ hello }") + extra, MediaTypes.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData(MediaTypes.Json)]
    [InlineData(MediaTypes.GraphQLResponse)]
    public async Task Refuses_a_mutation_with_405_without_running_it(string accept)
    {
        var before = fixture.Host.Probe.MutationCount;
        using var response = await _client.GetAsync(HttpTestHelpers.GetQueryUrl("mutation { increment }"), accept);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(accept, response.MediaType());
        Assert.Equal("METHOD_NOT_ALLOWED", (await response.ReadJsonAsync()).FirstErrorCode());
        Assert.Equal(before, fixture.Host.Probe.MutationCount);
    }

    [Fact]
    public async Task Decides_by_the_selected_operation_of_the_document()
    {
        const string document = "query Read { hello } mutation Write { increment }";
        using var query = await _client.GetAsync(HttpTestHelpers.GetQueryUrl(document, operationName: "Read"), MediaTypes.Json);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        using var mutation = await _client.GetAsync(HttpTestHelpers.GetQueryUrl(document, operationName: "Write"), MediaTypes.Json);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
    }

    [Fact]
    public async Task Answers_a_get_without_query_from_a_non_browser_with_400()
    {
        using var response = await _client.GetAsync("/graphql", MediaTypes.GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_MISSING", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Refuses_get_when_disabled()
    {
        await using var host = await TestHost.StartAsync(options => options.EnableGetRequests = false);
        using var response = await host.CreateClient().GetAsync(HttpTestHelpers.GetQueryUrl("{ hello }"), MediaTypes.Json);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }
}
