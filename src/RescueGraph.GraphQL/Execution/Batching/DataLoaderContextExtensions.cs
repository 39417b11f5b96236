namespace RescueGraph.GraphQL.Execution.Batching;

/// <summary>Per-request data loaders for resolvers.</summary>
public static class DataLoaderContextExtensions
{
    /// <summary>The key under which a request's <see cref="BatchScheduler"/> lives in <see cref="IResolveFieldContext.RequestState"/>.</summary>
    public const string SchedulerKey = "RescueGraph.GraphQL.BatchScheduler";

    /// <summary>The request's batch scheduler, created on first use; the executor dispatches it before it waits.</summary>
    public static BatchScheduler GetBatchScheduler(this IDictionary<string, object?> requestState)
    {
        lock (requestState)
        {
            if (requestState.TryGetValue(SchedulerKey, out var existing) && existing is BatchScheduler scheduler) return scheduler;
            scheduler = new BatchScheduler();
            requestState[SchedulerKey] = scheduler;
            return scheduler;
        }
    }

    /// <summary>
    /// The request's loader named <paramref name="name"/>, created with <paramref name="fetch"/> on first use.
    /// Give each distinct fetch its own name; the same name must always come with the same key and value types.
    /// </summary>
    public static DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        var state = context.RequestState;
        var key = "RescueGraph.GraphQL.DataLoader:" + name;
        lock (state)
        {
            if (state.TryGetValue(key, out var existing)) return (DataLoader<TKey, TValue>)existing!;
            var loader = new DataLoader<TKey, TValue>(state.GetBatchScheduler(), fetch, context.CancellationToken);
            state[key] = loader;
            return loader;
        }
    }
}
