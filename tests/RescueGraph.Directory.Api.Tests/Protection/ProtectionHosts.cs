using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Protection;

/// <summary>All protection tests share one demo database; hosts with other limits are derived from its factory.</summary>
[CollectionDefinition(Name)]
public sealed class ProtectionCollection : ICollectionFixture<DirectoryApiFixture>
{
    public const string Name = "Protection";
}

/// <summary>One HTTP exchange with the GraphQL endpoint: status, headers and the parsed body.</summary>
public sealed record GraphQLExchange(HttpStatusCode Status, HttpResponseHeaders Headers, JsonElement Body)
{
    public string? FirstErrorCode => DirectoryApiFactory.FirstErrorCode(Body);

    public JsonElement FirstErrorExtensions => Body.GetProperty("errors")[0].GetProperty("extensions");

    public bool HasErrors => Body.TryGetProperty("errors", out _);
}

public static class ProtectionHosts
{
    /// <summary>The test host with extra configuration (e.g. <c>GraphQL:ExecutionTimeout</c>), as environment variables would give it.</summary>
    public static WebApplicationFactory<Program> WithSettings(this DirectoryApiFactory factory, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });

    /// <summary>POSTs a JSON body (<c>query</c>, or <c>documentId</c>, …) with optional bearer token and headers.</summary>
    public static async Task<GraphQLExchange> PostJsonAsync(this WebApplicationFactory<Program> factory, object body, string? token = null,
        params (string Name, string Value)[] headers)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        return await SendAsync(client, request, token, headers);
    }

    public static Task<GraphQLExchange> PostQueryAsync(this WebApplicationFactory<Program> factory, string query, string? token = null,
        params (string Name, string Value)[] headers) => factory.PostJsonAsync(new { query }, token, headers);

    /// <summary>GETs <c>/graphql?{queryString}</c>.</summary>
    public static async Task<GraphQLExchange> GetAsync(this WebApplicationFactory<Program> factory, string queryString, string? token = null)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        return await SendAsync(client, request, token, []);
    }

    public static async Task<GraphQLExchange> SendAsync(HttpClient client, HttpRequestMessage request, string? token, (string Name, string Value)[] headers)
    {
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLExchange(response.StatusCode, response.Headers, body);
    }
}
