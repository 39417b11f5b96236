using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Execution.Batching;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>
/// Allocation figures are process-wide, so these tests run alone rather than beside other test classes.
/// </summary>
[CollectionDefinition(nameof(CancellationTests), DisableParallelization = true)]
public sealed class CancellationTestsCollection;

/// <summary>
/// A batch that fails, or is cancelled with its request, while a long list waits on it: every item's load fails with
/// the fetch's exception. Each load must carry that exception with the stack trace it had when the fetch failed, not
/// the traces of every load failed before it (which made memory grow with the square of the list length: gigabytes,
/// still growing after the cancelled request had returned, for the few thousand groups of an aggregate).
/// </summary>
[Collection(nameof(CancellationTests))]
public sealed class CancellationTests
{
    private const int ItemCount = 800;

    // A stack trace of one load's journey through the executor is a few kilobytes; before the fix the last loads carried
    // hundreds of kilobytes each (the journeys of all the loads before them).
    private const int MaxTraceLength = 32 * 1024;

    // Linear work for ItemCount items (their tasks, errors and traces) stays well under this; quadratic traces exceeded it many times over.
    private const long MaxAllocatedBytes = 150L * 1024 * 1024;

    public sealed record Item(int Id);
    public sealed record Center(int Id);

    /// <summary>What the items' <c>center</c> resolvers saw once their loads failed.</summary>
    private sealed class LoadOutcomes
    {
        private int _finished;
        private int _longestTrace;
        public readonly TaskCompletionSource AllFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public readonly List<Exception> Exceptions = [];

        public int Finished => Volatile.Read(ref _finished);
        public int LongestTrace => Volatile.Read(ref _longestTrace);

        public void Record(Exception exception)
        {
            var length = exception.StackTrace?.Length ?? 0;
            lock (Exceptions)
            {
                Exceptions.Add(exception);
                if (length > _longestTrace) _longestTrace = length;
            }
        }

        public void Finish()
        {
            if (Interlocked.Increment(ref _finished) == ItemCount) AllFinished.TrySetResult();
        }
    }

    /// <summary>
    /// <c>{ items { id center { id } } }</c>: <see cref="ItemCount"/> items, each with its own center key, so one batch holds
    /// every key. The fetch signals <paramref name="fetchStarted"/>, then runs <paramref name="fetch"/>.
    /// </summary>
    private static Schema BuildSchema(LoadOutcomes outcomes, TaskCompletionSource fetchStarted, Func<CancellationToken, Task> fetch)
    {
        var items = new Item[ItemCount];
        for (var i = 0; i < items.Length; i++) items[i] = new Item(i + 1);
        return new SchemaBuilder()
            .Query(q => q.FieldAsync("items", async (_, _) =>
            {
                await Task.Yield();
                return items;
            }).Type("[Item!]!"))
            .Object<Item>("Item", t =>
            {
                t.Field("id", i => i.Id);
                t.FieldAsync("center", async (item, ctx) =>
                {
                    try
                    {
                        return await ctx.GetDataLoader<int, Center>("centers", async (keys, cancellationToken) =>
                        {
                            fetchStarted.TrySetResult();
                            await fetch(cancellationToken);
                            var centers = new Dictionary<int, Center>(keys.Count);
                            for (var i = 0; i < keys.Count; i++) centers[keys[i]] = new Center(keys[i]);
                            return centers;
                        }).LoadAsync(item.Id);
                    }
                    catch (Exception exception)
                    {
                        outcomes.Record(exception);
                        throw;
                    }
                    finally
                    {
                        outcomes.Finish();
                    }
                }).Type("Center");
            })
            .Object<Center>("Center", t => t.Field("id", c => c.Id))
            .Build();
    }

    private const string Query = "{ items { id center { id } } }";

    [Fact]
    public async Task Request_cancelled_while_a_batch_is_in_flight_cancels_every_load_with_a_short_trace_and_bounded_allocation()
    {
        var outcomes = new LoadOutcomes();
        var fetchStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = BuildSchema(outcomes, fetchStarted, cancellationToken => Task.Delay(Timeout.Infinite, cancellationToken));
        var executor = new RequestExecutor(schema);
        using var request = new CancellationTokenSource();

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var executing = executor.ExecuteAsync(new GraphQLRequest { Query = Query }, request.Token).AsTask();
        await fetchStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        request.Cancel(); // the client hung up while the batch's statement runs

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executing.WaitAsync(TimeSpan.FromSeconds(60)));
        // The time limit only guards against a hang; the assertions are on what the loads carried and what it cost.
        await outcomes.AllFinished.Task.WaitAsync(TimeSpan.FromSeconds(120));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.Equal(ItemCount, outcomes.Finished);
        Assert.Equal(ItemCount, outcomes.Exceptions.Count);
        Assert.All(outcomes.Exceptions, exception => Assert.IsAssignableFrom<OperationCanceledException>(exception));
        Assert.InRange(outcomes.LongestTrace, 1, MaxTraceLength);
        Assert.InRange(allocated, 0, MaxAllocatedBytes);
    }

    [Fact]
    public async Task Failed_batch_gives_every_load_the_same_exception_with_the_trace_it_had_when_the_fetch_failed()
    {
        var outcomes = new LoadOutcomes();
        var fetchStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = BuildSchema(outcomes, fetchStarted, async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("database unavailable");
        });

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = Query }).AsTask()
            .WaitAsync(TimeSpan.FromSeconds(120));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        // graphql-js: each item's center is null with its own located error, all from the one failure of the batch.
        Assert.NotNull(result.Errors);
        Assert.Equal(ItemCount, result.Errors.Count);
        var failure = outcomes.Exceptions[0];
        Assert.IsType<InvalidOperationException>(failure);
        var itemsWithError = new HashSet<int>();
        foreach (var error in result.Errors)
        {
            Assert.Equal("database unavailable", error.Message);
            Assert.Same(failure, error.InnerException);
            Assert.Equal(3, error.Path!.Count);
            Assert.Equal("items", error.Path[0]);
            Assert.Equal("center", error.Path[2]);
            itemsWithError.Add((int)error.Path[1]);
        }
        Assert.Equal(ItemCount, itemsWithError.Count);
        Assert.All(outcomes.Exceptions, exception => Assert.Same(failure, exception));
        Assert.InRange(outcomes.LongestTrace, 1, MaxTraceLength);
        Assert.InRange(allocated, 0, MaxAllocatedBytes);
    }
}
