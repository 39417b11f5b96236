using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.AspNetCore.Tests;

public class ExtensibilityTests
{
    [Fact]
    public async Task Resolvers_see_the_request_services()
    {
        await using var host = await TestHost.StartAsync();
        using var response = await host.CreateClient().PostQueryAsync("{ fromServices }", MediaTypes.Json);
        Assert.Equal("""{"data":{"fromServices":"hello from DI"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Interceptors_add_per_request_state_in_order()
    {
        await using var host = await TestHost.StartAsync(configureServices: services =>
        {
            services.AddSingleton<IGraphQLRequestInterceptor>(new DelegateInterceptor((context, request) =>
            {
                request.RequestState!["user"] = context.Request.Headers["X-User"].ToString();
                return request;
            }));
            services.AddSingleton<IGraphQLRequestInterceptor>(new DelegateInterceptor((_, request) =>
            {
                request.RequestState!["user"] += " (checked)";
                return request;
            }));
        });
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-User", "volunteer-7");
        using var response = await client.PostQueryAsync("{ fromRequestState }", MediaTypes.Json);
        Assert.Equal("""{"data":{"fromRequestState":"volunteer-7 (checked)"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_interceptor_can_supply_the_query_of_a_persisted_document()
    {
        await using var host = await TestHost.StartAsync(configureServices: services =>
            services.AddSingleton<IGraphQLRequestInterceptor>(new DelegateInterceptor((_, request) =>
                request.Extensions?.ContainsKey("persistedQuery") == true
                    ? new GraphQLRequest { Query = "{ hello }", RequestServices = request.RequestServices, RequestState = request.RequestState }
                    : request)));
        using var response = await host.CreateClient().PostJsonAsync("""{"extensions":{"persistedQuery":{"sha256Hash":"abc"}}}""", MediaTypes.Json);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_interceptor_can_reject_a_request_with_a_status_code()
    {
        await using var host = await TestHost.StartAsync(configureServices: services =>
            services.AddSingleton<IGraphQLRequestInterceptor>(new DelegateInterceptor((_, _) =>
                throw new GraphQLRequestRejectedException(StatusCodes.Status401Unauthorized, "Sign in first.", "UNAUTHENTICATED"))));
        using var response = await host.CreateClient().PostQueryAsync("{ hello }", MediaTypes.GraphQLResponse);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(MediaTypes.GraphQLResponse, response.MediaType());
        var body = await response.ReadJsonAsync();
        Assert.Equal("UNAUTHENTICATED", body.FirstErrorCode());
        Assert.Equal("Sign in first.", body.FirstErrorMessage());
    }

    [Fact]
    public async Task An_unexpected_server_fault_is_a_generic_500_and_is_logged()
    {
        await using var host = await TestHost.StartAsync(configureServices: services =>
            services.AddSingleton<IGraphQLRequestInterceptor>(new DelegateInterceptor((_, _) =>
                throw new InvalidOperationException(TestSchema.SecretExceptionDetail))));
        using var response = await host.CreateClient().PostQueryAsync("{ hello }", MediaTypes.GraphQLResponse);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(MediaTypes.Json, response.MediaType());
        Assert.Equal(
            """{"errors":[{"message":"Unexpected Execution Error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""",
            await response.Content.ReadAsStringAsync());
        Assert.Contains(host.Logs.Entries, entry =>
            entry.Level == LogLevel.Error && entry.Exception?.Message == TestSchema.SecretExceptionDetail);
    }

    [Fact]
    public async Task A_client_abort_cancels_the_running_resolvers()
    {
        await using var host = await TestHost.StartAsync();
        using var abort = new CancellationTokenSource();
        var sending = SendWithTokenAsync(host.CreateClient(), abort.Token);

        await host.Probe.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        abort.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await host.Probe.WaitCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }

    private static async Task SendWithTokenAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ waitForCancellation }"}""") };
        request.Content.Headers.ContentType = new("application/json");
        using var response = await client.SendAsync(request, cancellationToken);
    }

    private sealed class DelegateInterceptor(Func<HttpContext, GraphQLRequest, GraphQLRequest> onRequest) : IGraphQLRequestInterceptor
    {
        public ValueTask<GraphQLRequest> OnRequestAsync(HttpContext context, GraphQLRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(onRequest(context, request));
    }
}
