using System.Net;

namespace RescueGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// GraphQL over HTTP's status codes: application/json answers every GraphQL response with 200;
/// application/graphql-response+json answers request errors (no data entry) with 400 and anything
/// that executed with 200, even when data is null.
/// </summary>
public class StatusCodeTests(DefaultHostFixture fixture) : IClassFixture<DefaultHostFixture>
{
    private readonly HttpClient _client = fixture.Client;

    public static TheoryData<string, string?, string> RequestErrors => new()
    {
        // Parse error.
        { "{", null, "Syntax Error" },
        // Validation error.
        { "{ unknownField }", null, "Cannot query field \"unknownField\"" },
        // Variable coercion errors: null for a non-null type, wrong scalar type, unknown input.
        { "query ($text: String!) { echo(text: $text) }", """{"text":null}""", "must not be null" },
        { "query ($value: Int!) { count(value: $value) }", """{"value":"five"}""", "Int cannot represent" },
        { "query ($value: Int!) { count(value: $value) }", """{}""", "was not provided" },
        // Operation selection error.
        { "query A { hello } query B { hello }", null, "Must provide operation name" },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_errors_are_200_with_application_json(string query, string? variables, string message)
    {
        using var response = await PostAsync(query, variables, MediaTypes.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MediaTypes.Json, response.MediaType());
        var body = await response.ReadJsonAsync();
        Assert.Contains(message, body.FirstErrorMessage());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_errors_are_400_with_graphql_response_json(string query, string? variables, string message)
    {
        using var response = await PostAsync(query, variables, MediaTypes.GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(MediaTypes.GraphQLResponse, response.MediaType());
        var body = await response.ReadJsonAsync();
        Assert.Contains(message, body.FirstErrorMessage());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData(MediaTypes.Json)]
    [InlineData(MediaTypes.GraphQLResponse)]
    public async Task Field_errors_with_partial_data_are_200(string accept)
    {
        using var response = await PostAsync("{ hello failing }", null, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("failing", body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData(MediaTypes.Json)]
    [InlineData(MediaTypes.GraphQLResponse)]
    public async Task Null_data_after_a_non_null_field_error_is_still_200(string accept)
    {
        using var response = await PostAsync("{ failingNonNull }", null, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task A_resolver_exception_never_leaks_a_stack_trace()
    {
        using var response = await PostAsync("{ failing failingNonNull }", null, MediaTypes.Json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(".cs:line", text);
    }

    private Task<HttpResponseMessage> PostAsync(string query, string? variablesJson, string accept) =>
        _client.PostJsonAsync(
            $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}},"variables":{{variablesJson ?? "null"}}}""",
            accept);
}
