using System.Text.Json;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using static RescueGraph.GraphQL.Tests.Execution.ExecutionTestHelper;

namespace RescueGraph.GraphQL.Tests.Execution;

public class RequestExecutorTests
{
    private static readonly Types.Schema Schema = Sdl("type Query { a: String } type Mutation { m: String }");

    [Fact]
    public async Task Runs_parse_validate_execute()
    {
        Assert.Equal(Json("{'data':{'a':'x'}}"), await RunAsync(Schema, "{ a }", Data("{'a':'x'}")));
    }

    [Fact]
    public async Task Syntax_errors_give_errors_without_data()
    {
        var result = await RunAsync(Schema, "{ a ");
        using var json = JsonDocument.Parse(result);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.StartsWith("Syntax Error:", error.GetProperty("message").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Validation_errors_give_errors_without_data()
    {
        var result = await RunAsync(Schema, "{ a nope }");
        Assert.Equal(Json("""
            {'errors':[{'message':'Cannot query field \u0022nope\u0022 on type \u0022Query\u0022.','locations':[{'line':1,'column':5}]}]}
            """), result);
    }

    [Fact]
    public async Task A_missing_query_is_a_request_error()
    {
        var executor = new RequestExecutor(Schema);
        var result = await executor.ExecuteAsync(new GraphQLRequest(), CancellationToken.None);
        Assert.False(result.HasData);
        Assert.Equal("Must provide query string.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public void Caches_prepared_documents_by_text()
    {
        var executor = new RequestExecutor(Schema);
        var first = executor.PrepareDocument("{ a }");
        var again = executor.PrepareDocument("{ a }");
        var other = executor.PrepareDocument("{ a __typename }");

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(2, executor.CachedDocumentCount);
        Assert.Equal(RequestExecutor.ComputeHash("{ a }"), first.Hash);
        Assert.Matches("^[0-9a-f]{64}$", first.Hash);
    }

    [Fact]
    public void Evicts_the_least_recently_used_document_beyond_the_capacity()
    {
        var executor = new RequestExecutor(Schema, new RequestExecutorOptions { DocumentCacheSize = 2 });
        var a = executor.PrepareDocument("{ a }");
        var b = executor.PrepareDocument("{ b: a }");
        Assert.Same(a, executor.PrepareDocument("{ a }")); // a is now the most recent
        executor.PrepareDocument("{ c: a }");              // evicts b

        Assert.Equal(2, executor.CachedDocumentCount);
        Assert.Same(a, executor.PrepareDocument("{ a }"));
        Assert.NotSame(b, executor.PrepareDocument("{ b: a }"));
    }

    [Fact]
    public void Caches_invalid_documents_with_their_errors()
    {
        var executor = new RequestExecutor(Schema);
        var syntax = executor.PrepareDocument("{");
        Assert.Null(syntax.Document);
        Assert.Single(syntax.Errors);
        Assert.Same(syntax, executor.PrepareDocument("{"));

        var invalid = executor.PrepareDocument("{ nope }");
        Assert.NotNull(invalid.Document);
        Assert.False(invalid.IsValid);
    }

    [Fact]
    public void Prepared_documents_tell_which_operation_a_request_would_run()
    {
        var executor = new RequestExecutor(Schema);
        var prepared = executor.PrepareDocument("query Q { a } mutation M { m }");
        Assert.Equal(OperationType.Mutation, prepared.GetOperation("M")!.Operation);
        Assert.Equal(OperationType.Query, prepared.GetOperation("Q")!.Operation);
        Assert.Null(prepared.GetOperation(null));
        Assert.Null(prepared.GetOperation("X"));
        Assert.Equal(OperationType.Query, executor.PrepareDocument("{ a }").GetOperation(null)!.Operation);
    }

    [Fact]
    public async Task Is_safe_to_use_from_many_threads()
    {
        var executor = new RequestExecutor(Schema, new RequestExecutorOptions { DocumentCacheSize = 8 });
        var root = Data("{'a':'x'}");
        var tasks = new Task<string>[200];
        for (var i = 0; i < tasks.Length; i++)
        {
            var alias = "k" + (i % 20);
            tasks[i] = Task.Run(async () => ToJson(await executor.ExecuteAsync(new GraphQLRequest { Query = $"{{ {alias}: a }}", RootValue = root })));
        }
        var results = await Task.WhenAll(tasks);
        for (var i = 0; i < results.Length; i++) Assert.Equal($"{{\"data\":{{\"k{i % 20}\":\"x\"}}}}", results[i]);
        Assert.True(executor.CachedDocumentCount <= 8);
    }
}
