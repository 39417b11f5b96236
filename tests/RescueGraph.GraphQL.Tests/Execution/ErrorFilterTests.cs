using RescueGraph.GraphQL.Execution;
using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

public class ErrorFilterTests
{
    private sealed class OutageException(string message) : Exception(message);

    /// <summary>Maps <see cref="OutageException"/> to a fixed message and code; hides every other unexpected exception.</summary>
    private sealed class OutageFilter : IErrorFilter
    {
        public List<GraphQLError> Seen { get; } = [];

        public GraphQLError OnError(GraphQLError error)
        {
            lock (Seen) Seen.Add(error);
            return error.InnerException switch
            {
                null or GraphQLError => error,
                OutageException => new GraphQLError("Try again shortly.", error.Locations, error.Path,
                    new Dictionary<string, object?> { ["code"] = "OUTAGE" }, error.InnerException),
                _ => new GraphQLError("Unexpected Execution Error", error.Locations, error.Path),
            };
        }
    }

    private sealed class AppendingFilter(string suffix) : IErrorFilter
    {
        public GraphQLError OnError(GraphQLError error) =>
            new(error.Message + suffix, error.Locations, error.Path, error.Extensions, error.InnerException);
    }

    private sealed class Services(params IErrorFilter[] filters) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IEnumerable<IErrorFilter>) ? filters : null;
    }

    private static Types.Schema FailingSchema()
    {
        var schema = Sdl("type Query { ok: String down: String slowDown: String bug: String deliberate: String strict: String! }");
        SetResolver(schema, "Query", "ok", _ => Value("fine"));
        SetResolver(schema, "Query", "down", _ => throw new OutageException("Failed to connect to 10.1.2.3:5432"));
        SetResolver(schema, "Query", "slowDown", async _ =>
        {
            await Task.Yield();
            throw new OutageException("Connection refused at 10.1.2.3");
        });
        SetResolver(schema, "Query", "bug", _ => throw new InvalidOperationException("Sequence contains no elements (SELECT secret FROM t)"));
        SetResolver(schema, "Query", "deliberate", _ => throw new GraphQLError("Name is too long.",
            extensions: new Dictionary<string, object?> { ["code"] = "VALIDATION" }));
        SetResolver(schema, "Query", "strict", _ => throw new OutageException("host db.internal"));
        return schema;
    }

    [Fact]
    public async Task Without_filters_a_resolver_exception_message_reaches_the_client_as_in_graphql_js()
    {
        var result = await new RequestExecutor(FailingSchema()).ExecuteAsync(new GraphQLRequest { Query = "{ down }" });
        Assert.Equal("Failed to connect to 10.1.2.3:5432", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task A_filter_maps_exceptions_keeping_path_and_locations_and_leaves_deliberate_errors()
    {
        var filter = new OutageFilter();
        var executor = new RequestExecutor(FailingSchema(), new RequestExecutorOptions { ErrorFilters = [filter] });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ ok down slowDown bug deliberate }" });

        Assert.Equal(Json("{'data':{'ok':'fine','down':null,'slowDown':null,'bug':null,'deliberate':null}}"),
            ToJson(new ExecutionResult { Data = result.Data, HasData = true }));
        var byField = result.Errors!.ToDictionary(error => (string)error.Path![0]);
        Assert.Equal(4, byField.Count);
        Assert.Equal(("Try again shortly.", "OUTAGE"), (byField["down"].Message, byField["down"].Code));
        Assert.Equal(new SourceLocation(1, 6), Assert.Single(byField["down"].Locations));
        Assert.Equal(("Try again shortly.", "OUTAGE"), (byField["slowDown"].Message, byField["slowDown"].Code));
        Assert.Equal(("Unexpected Execution Error", null), (byField["bug"].Message, byField["bug"].Code));
        Assert.Equal(new SourceLocation(1, 20), Assert.Single(byField["bug"].Locations));
        Assert.Equal(("Name is too long.", "VALIDATION"), (byField["deliberate"].Message, byField["deliberate"].Code));
        Assert.DoesNotContain("10.1.2.3", ToJson(result));
        Assert.DoesNotContain("SELECT", ToJson(result));
        Assert.Equal(4, filter.Seen.Count);
        Assert.IsType<GraphQLError>(filter.Seen.Single(error => (string)error.Path![0] == "deliberate").InnerException);
    }

    [Fact]
    public async Task A_propagated_non_null_error_is_filtered_with_the_root_data_null()
    {
        var executor = new RequestExecutor(FailingSchema(), new RequestExecutorOptions { ErrorFilters = [new OutageFilter()] });
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ ok strict }" });
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Try again shortly.", error.Message);
        Assert.Equal(["strict"], error.Path!);
    }

    [Fact]
    public async Task Request_errors_pass_through_the_filters_too()
    {
        var executor = new RequestExecutor(FailingSchema(), new RequestExecutorOptions { ErrorFilters = [new AppendingFilter(" (filtered)")] });
        var invalid = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ nope }" });
        var missing = await executor.ExecuteAsync(new GraphQLRequest());
        Assert.Equal("Cannot query field \"nope\" on type \"Query\". (filtered)", Assert.Single(invalid.Errors!).Message);
        Assert.Equal("Must provide query string. (filtered)", Assert.Single(missing.Errors!).Message);
    }

    [Fact]
    public async Task Filters_registered_in_the_request_services_run_after_the_configured_ones()
    {
        var executor = new RequestExecutor(FailingSchema(), new RequestExecutorOptions { ErrorFilters = [new AppendingFilter(" a")] });
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "{ deliberate }",
            RequestServices = new Services(new AppendingFilter(" b"), new AppendingFilter(" c")),
        });
        Assert.Equal("Name is too long. a b c", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Responses_without_errors_are_returned_as_they_are()
    {
        var filter = new OutageFilter();
        var executor = new RequestExecutor(FailingSchema(), new RequestExecutorOptions { ErrorFilters = [filter] });
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ ok }", RequestServices = new Services(filter) });
        Assert.Null(result.Errors);
        Assert.Empty(filter.Seen);
    }
}
