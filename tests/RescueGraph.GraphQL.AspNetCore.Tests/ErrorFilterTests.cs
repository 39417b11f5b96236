using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.AspNetCore.Tests;

/// <summary><see cref="IErrorFilter"/>s registered in DI: applied to resolver errors, and offered unhandled exceptions.</summary>
public class ErrorFilterTests
{
    /// <summary>Recognises <see cref="TimeoutException"/> as an outage; leaves everything else.</summary>
    private sealed class OutageFilter : IErrorFilter
    {
        public GraphQLError OnError(GraphQLError error) => error.InnerException is TimeoutException or InvalidOperationException
            ? new GraphQLError("Try again shortly.", error.Locations, error.Path, new Dictionary<string, object?> { ["code"] = "OUTAGE" })
            : error;
    }

    private sealed class ThrowingInterceptor(Exception exception) : IGraphQLRequestInterceptor
    {
        public ValueTask<GraphQLRequest> OnRequestAsync(HttpContext context, GraphQLRequest request, CancellationToken cancellationToken) =>
            throw exception;
    }

    [Fact]
    public async Task A_filter_registered_in_DI_rewrites_resolver_errors()
    {
        await using var host = await TestHost.StartAsync(configureServices: services => services.AddSingleton<IErrorFilter, OutageFilter>());
        using var response = await host.CreateClient().PostQueryAsync("{ failing }", MediaTypes.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"message\":\"Try again shortly.\"", body);
        Assert.Contains("\"code\":\"OUTAGE\"", body);
        Assert.DoesNotContain(TestSchema.SecretExceptionDetail, body);
    }

    [Fact]
    public async Task An_unhandled_exception_a_filter_recognises_is_a_503_with_the_filtered_error()
    {
        await using var host = await TestHost.StartAsync(configureServices: services =>
        {
            services.AddSingleton<IErrorFilter, OutageFilter>();
            services.AddSingleton<IGraphQLRequestInterceptor>(new ThrowingInterceptor(new TimeoutException("db.internal:5432")));
        });
        using var response = await host.CreateClient().PostQueryAsync("{ hello }", MediaTypes.GraphQLResponse);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"errors":[{"message":"Try again shortly.","extensions":{"code":"OUTAGE"}}]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unhandled_exception_no_filter_recognises_stays_a_generic_500()
    {
        await using var host = await TestHost.StartAsync(configureServices: services =>
        {
            services.AddSingleton<IErrorFilter, OutageFilter>();
            services.AddSingleton<IGraphQLRequestInterceptor>(new ThrowingInterceptor(new FormatException(TestSchema.SecretExceptionDetail)));
        });
        using var response = await host.CreateClient().PostQueryAsync("{ hello }", MediaTypes.GraphQLResponse);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("""{"errors":[{"message":"Unexpected Execution Error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""",
            await response.Content.ReadAsStringAsync());
    }
}
