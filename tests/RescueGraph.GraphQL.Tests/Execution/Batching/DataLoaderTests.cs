using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Execution.Batching;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Tests.Execution.Batching;

public class DataLoaderTests
{
    public sealed record Animal(int Id, int CenterId);
    public sealed record Center(int Id, int OrganizationId);
    public sealed record Organization(int Id);

    /// <summary>Records every batch a loader fetched, standing in for the database's statement log.</summary>
    private sealed class FetchLog
    {
        public ConcurrentQueue<(string Loader, int[] Keys)> Batches { get; } = new();
        public int Count(string loader) => Batches.Count(b => b.Loader == loader);
    }

    private static Schema BuildSchema(FetchLog log, int animalCount, bool asyncRoot = false, bool failCenters = false)
    {
        async Task<IReadOnlyDictionary<int, T>> Fetch<T>(string loader, IReadOnlyList<int> keys, Func<int, T> create)
        {
            log.Batches.Enqueue((loader, keys.ToArray()));
            await Task.Delay(5); // a real round trip: continuations resume on another thread
            if (failCenters && loader == "centers") throw new InvalidOperationException("database unavailable");
            return keys.ToDictionary(k => k, create);
        }

        var animals = Enumerable.Range(1, animalCount).Select(i => new Animal(i, i % 7)).ToList();
        return new SchemaBuilder()
            .Query(q =>
            {
                if (asyncRoot)
                {
                    q.FieldAsync("animals", async (_, _) =>
                    {
                        await Task.Delay(5);
                        return animals;
                    }).Type("[Animal!]!");
                }
                else
                {
                    q.Field("animals", (_, _) => animals).Type("[Animal!]!");
                }
            })
            .Object<Animal>("Animal", t =>
            {
                t.Field("id", a => a.Id);
                t.FieldAsync("center", async (a, ctx) =>
                    await ctx.GetDataLoader<int, Center>("centers", (keys, _) => Fetch("centers", keys, k => new Center(k, k % 3))).LoadAsync(a.CenterId))
                    .Type("Center");
            })
            .Object<Center>("Center", t =>
            {
                t.Field("id", c => c.Id);
                t.FieldAsync("organization", async (c, ctx) =>
                    await ctx.GetDataLoader<int, Organization>("organizations", (keys, _) => Fetch("organizations", keys, k => new Organization(k))).LoadAsync(c.OrganizationId))
                    .Type("Organization");
            })
            .Object<Organization>("Organization", t => t.Field("id", o => o.Id))
            .Build();
    }

    private static async Task<string> ExecuteAsync(Schema schema, string query)
    {
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query }, CancellationToken.None);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) ExecutionResultWriter.Write(writer, result);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private const string NestedQuery = "{ animals { id center { id organization { id } } } }";

    [Theory]
    [InlineData(5)]
    [InlineData(200)]
    public async Task Each_level_is_fetched_in_one_batch_whatever_the_list_size(int animalCount)
    {
        var log = new FetchLog();
        var json = await ExecuteAsync(BuildSchema(log, animalCount), NestedQuery);

        Assert.DoesNotContain("errors", json);
        Assert.Equal(1, log.Count("centers"));
        Assert.Equal(1, log.Count("organizations"));
        Assert.Equal(Math.Min(animalCount, 7), log.Batches.Single(b => b.Loader == "centers").Keys.Length); // keys deduplicated
        Assert.Contains("\"center\":{\"id\":3,\"organization\":{\"id\":0}}", json);
    }

    /// <summary>Posts every continuation to the thread pool, as a UI's or a test runner's context does.</summary>
    private sealed class PostingSynchronizationContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback callback, object? state) => ThreadPool.QueueUserWorkItem(_ => callback(state));
    }

    [Fact]
    public async Task Each_level_is_one_batch_when_the_caller_has_a_synchronization_context()
    {
        var callerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new PostingSynchronizationContext());
        try
        {
            // Resolvers awaiting without ConfigureAwait(false) would capture it: each item's continuation would then be
            // posted, run after the batch completed and dispatch its organization alone (3 batches on the first run before the fix).
            for (var run = 0; run < 20; run++)
            {
                var log = new FetchLog();
                Assert.DoesNotContain("errors", await ExecuteAsync(BuildSchema(log, animalCount: 5), NestedQuery));
                Assert.Equal(1, log.Count("centers"));
                Assert.Equal(1, log.Count("organizations"));
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }
    }

    [Fact]
    public async Task Loads_after_an_asynchronous_root_resolver_are_dispatched_too()
    {
        var log = new FetchLog();
        var run = ExecuteAsync(BuildSchema(log, 50, asyncRoot: true), NestedQuery);

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.Same(run, finished); // no load left waiting for a dispatch that never comes
        Assert.Equal(1, log.Count("centers"));
        Assert.Equal(1, log.Count("organizations"));
    }

    [Fact]
    public async Task A_failed_batch_becomes_an_error_on_every_field_that_waited_for_it()
    {
        var log = new FetchLog();
        using var document = JsonDocument.Parse(await ExecuteAsync(BuildSchema(log, 3, failCenters: true), "{ animals { id center { id } } }"));

        var errors = document.RootElement.GetProperty("errors");
        Assert.Equal(3, errors.GetArrayLength());
        Assert.All(errors.EnumerateArray(), e => Assert.Equal("database unavailable", e.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").GetProperty("animals")[0].GetProperty("center").ValueKind);
    }

    [Fact]
    public async Task A_key_loaded_twice_in_a_request_is_fetched_once()
    {
        var scheduler = new BatchScheduler();
        var fetched = new List<int>();
        var loader = new DataLoader<int, string>(scheduler, (keys, _) =>
        {
            fetched.AddRange(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"v{k}"));
        }, CancellationToken.None);

        var first = loader.LoadAsync(1);
        var again = loader.LoadAsync(1);
        var other = loader.LoadAsync(2);
        Assert.False(first.IsCompleted); // nothing is fetched before the scheduler dispatches
        scheduler.Dispatch();

        Assert.Equal("v1", await first);
        Assert.Equal("v1", await again);
        Assert.Equal("v2", await other);
        Assert.Equal("v1", await loader.LoadAsync(1));
        Assert.Equal([1, 2], fetched);
    }
}
