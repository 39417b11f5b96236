using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RescueGraph.GraphQL.AspNetCore.Tests;

/// <summary>One shared default host per test class that needs no special configuration.</summary>
public sealed class DefaultHostFixture : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await TestHost.StartAsync();
        Client = Host.CreateClient();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public static class MediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponse = "application/graphql-response+json";
}

/// <summary>Builds GraphQL-over-HTTP requests and reads their responses.</summary>
public static class HttpTestHelpers
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string body, string? accept = null, string contentType = "application/json", string path = "/graphql")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostQueryAsync(this HttpClient client, string query, string? accept = null, object? variables = null, string? operationName = null) =>
        client.PostJsonAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept);

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string pathAndQuery, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }

    public static string GetQueryUrl(string query, string? variablesJson = null, string? operationName = null)
    {
        var url = new StringBuilder("/graphql?query=").Append(Uri.EscapeDataString(query));
        if (variablesJson is not null) url.Append("&variables=").Append(Uri.EscapeDataString(variablesJson));
        if (operationName is not null) url.Append("&operationName=").Append(Uri.EscapeDataString(operationName));
        return url.ToString();
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static string? CharSet(this HttpResponseMessage response) => response.Content.Headers.ContentType?.CharSet;

    /// <summary>The <c>extensions.code</c> of the response's first error.</summary>
    public static string? FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public static string FirstErrorMessage(this JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
