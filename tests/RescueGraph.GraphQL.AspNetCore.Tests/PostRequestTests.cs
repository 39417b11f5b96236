using System.Net;
using System.Text.Json;

namespace RescueGraph.GraphQL.AspNetCore.Tests;

public class PostRequestTests(DefaultHostFixture fixture) : IClassFixture<DefaultHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Executes_a_query_posted_as_json()
    {
        using var response = await _client.PostQueryAsync("{ hello }", MediaTypes.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MediaTypes.Json, response.MediaType());
        Assert.Equal("utf-8", response.CharSet());
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(MediaTypes.GraphQLResponse, MediaTypes.GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json", MediaTypes.GraphQLResponse)]
    [InlineData(MediaTypes.Json, MediaTypes.Json)]
    [InlineData("*/*", MediaTypes.Json)]
    [InlineData(null, MediaTypes.Json)]
    public async Task Responds_with_the_negotiated_media_type(string? accept, string expected)
    {
        using var response = await _client.PostQueryAsync("{ hello }", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
        Assert.Equal("utf-8", response.CharSet());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Refuses_an_accept_header_without_json_with_406()
    {
        using var response = await _client.PostQueryAsync("{ hello }", "text/plain");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData(null, "The request has no Content-Type")]
    [InlineData("text/plain", "Unsupported Content-Type")]
    [InlineData("application/x-www-form-urlencoded", "Unsupported Content-Type")]
    [InlineData("application/json; charset=iso-8859-1", "Unsupported Content-Type")]
    public async Task Refuses_a_body_that_is_not_utf8_json_with_415(string? contentType, string messageStart)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("""{"query":"{ hello }"}"""u8.ToArray()) };
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", body.FirstErrorCode());
        Assert.StartsWith(messageStart, body.FirstErrorMessage());
    }

    [Fact]
    public async Task Accepts_an_explicit_utf8_charset_and_non_ascii_text()
    {
        using var response = await _client.PostJsonAsync("""{"query":"{ echo(text: \"진돗개 🐕\") }"}""", MediaTypes.Json, "application/json; charset=utf-8");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("진돗개 🐕", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("echo").GetString());
    }

    [Theory]
    [InlineData(MediaTypes.Json)]
    [InlineData(MediaTypes.GraphQLResponse)]
    public async Task Answers_malformed_json_with_400(string accept)
    {
        using var response = await _client.PostJsonAsync("""{ "not a JSON""", accept);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("INVALID_JSON", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("""{"query":"{ hello }"} {"query":"{ hello }"}""", "INVALID_JSON")]
    [InlineData("", "INVALID_REQUEST")]
    [InlineData("   ", "INVALID_REQUEST")]
    [InlineData("""[{"query":"{ hello }"}]""", "INVALID_REQUEST")]
    [InlineData("\"{ hello }\"", "INVALID_REQUEST")]
    public async Task Answers_a_body_that_is_not_one_json_object_with_400(string body, string code)
    {
        using var response = await _client.PostJsonAsync(body, MediaTypes.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":""}""")]
    [InlineData("""{"qeury":"{ hello }"}""")]
    public async Task Answers_a_missing_query_with_400(string body)
    {
        using var response = await _client.PostJsonAsync(body, MediaTypes.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("QUERY_MISSING", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("""{"query":{"obj":"ect"}}""", "'query' parameter must be a string, not an object")]
    [InlineData("""{"query":0}""", "'query' parameter must be a string, not a number")]
    [InlineData("""{"query":false}""", "'query' parameter must be a string, not a boolean")]
    [InlineData("""{"query":["array"]}""", "'query' parameter must be a string, not an array")]
    [InlineData("""{"query":"{ hello }","operationName":0}""", "'operationName' parameter must be a string")]
    [InlineData("""{"query":"{ hello }","operationName":["Q"]}""", "'operationName' parameter must be a string")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""", "'variables' parameter must be a JSON object")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""", "'variables' parameter must be a JSON object")]
    [InlineData("""{"query":"{ hello }","variables":false}""", "'variables' parameter must be a JSON object")]
    [InlineData("""{"query":"{ hello }","extensions":"string"}""", "'extensions' parameter must be a JSON object")]
    [InlineData("""{"query":"{ hello }","extensions":0}""", "'extensions' parameter must be a JSON object")]
    public async Task Answers_parameters_of_the_wrong_json_type_with_400(string body, string message)
    {
        using var response = await _client.PostJsonAsync(body, MediaTypes.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.Equal("INVALID_REQUEST", json.FirstErrorCode());
        Assert.Contains(message, json.FirstErrorMessage());
    }

    [Theory]
    [InlineData("""{"query":"{ hello }","variables":null,"operationName":null,"extensions":null}""")]
    [InlineData("""{"query":"{ hello }","extensions":{"some":"value"},"unknown":[1,{"a":2}]}""")]
    [InlineData("\uFEFF{\"query\":\"{ hello }\"}")]
    public async Task Accepts_null_and_map_parameters_and_ignores_unknown_ones(string body)
    {
        using var response = await _client.PostJsonAsync(body, MediaTypes.GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Passes_variables_and_selects_the_named_operation()
    {
        const string query = "query A { hello } query B($name: String) { hello(name: $name) }";
        using var response = await _client.PostQueryAsync(query, MediaTypes.Json, new { name = "Jindo" }, "B");
        Assert.Equal("""{"data":{"hello":"Hello, Jindo!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Runs_mutations_by_post()
    {
        var before = fixture.Host.Probe.MutationCount;
        using var response = await _client.PostQueryAsync("mutation { increment }", MediaTypes.GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("data").GetProperty("increment").GetInt32() > before);
    }

    [Fact]
    public async Task Answers_other_http_methods_with_405_and_an_allow_header()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}") });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Writes_json_that_round_trips()
    {
        using var response = await _client.PostQueryAsync("""{ a: echo(text: "quote \" backslash \\ tab \t") }""", MediaTypes.Json);
        var body = await response.ReadJsonAsync();
        Assert.Equal("quote \" backslash \\ tab \t", body.GetProperty("data").GetProperty("a").GetString());
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
    }
}
