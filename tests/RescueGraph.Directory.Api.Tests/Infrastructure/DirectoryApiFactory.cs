using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RescueGraph.Directory.Api.Extensions;
using RescueGraph.Directory.Data;

namespace RescueGraph.Directory.Api.Tests.Infrastructure;

/// <summary>
/// The real API host (Program's serve path) over a test database, with an in-memory server. Every context the
/// resolvers open counts its statements in <see cref="Statements"/>.
/// </summary>
public sealed class DirectoryApiFactory(string connectionString, bool prepareDatabase = true) : WebApplicationFactory<Program>
{
    public string ConnectionString { get; } = connectionString;

    public StatementCounter Statements { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Settings become host arguments, which Program reads before the host is built.
        builder.UseSetting("ConnectionStrings:Directory", ConnectionString);
        builder.UseSetting(DatabaseExtensions.MigrateOnStartKey, prepareDatabase ? "true" : "false");
        builder.UseSetting(DatabaseExtensions.SeedDemoDataKey, prepareDatabase ? "true" : "false");
        builder.UseSetting("Authentication:Jwt:SigningKey", TestTokens.SigningKey);
        builder.UseSetting("Authentication:Jwt:Issuer", TestTokens.Issuer);
        builder.UseSetting("Authentication:Jwt:Audience", TestTokens.Audience);
        builder.ConfigureTestServices(services =>
        {
            var options = new DbContextOptionsBuilder<DirectoryDbContext>(
                    DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(ConnectionString))
                .AddInterceptors(Statements)
                .Options;
            services.RemoveAll<IDbContextFactory<DirectoryDbContext>>();
            services.AddSingleton<IDbContextFactory<DirectoryDbContext>>(new PooledDbContextFactory<DirectoryDbContext>(options));
        });
    }

    /// <summary>POSTs a query to /graphql and returns the response body; fails on a non-200 status or any GraphQL error.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? token = null)
    {
        var document = await PostAsync(query, variables, token);
        Assert.False(document.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return document.GetProperty("data");
    }

    /// <summary>
    /// POSTs a query to /graphql and returns the whole response (data and errors), whatever its HTTP status; with
    /// <paramref name="token"/> (see <see cref="TestTokens"/>) as the bearer token.
    /// </summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        var document = JsonDocument.Parse(body).RootElement.Clone();
        Assert.True(response.IsSuccessStatusCode || document.TryGetProperty("errors", out _), $"HTTP {(int)response.StatusCode}: {body}");
        return document;
    }

    /// <summary>The <c>extensions.code</c> of the response's first error.</summary>
    public static string? FirstErrorCode(JsonElement response) =>
        response.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
        && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    /// <summary>Runs <paramref name="query"/> and returns its data together with the statements it cost.</summary>
    public async Task<(JsonElement Data, int Statements)> QueryCountingStatementsAsync(string query, object? variables = null)
    {
        Statements.Reset();
        var data = await QueryAsync(query, variables);
        return (data, Statements.Count);
    }
}
