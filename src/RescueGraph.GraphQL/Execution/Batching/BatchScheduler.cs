namespace RescueGraph.GraphQL.Execution.Batching;

/// <summary>Work queued until the executor has started everything it can without waiting.</summary>
public interface IBatch
{
    /// <summary>Starts fetching everything queued so far; completes the waiting loads when done.</summary>
    void Dispatch();
}

/// <summary>
/// Collects batches for one request and dispatches them when the executor is about to wait, so every load
/// requested by sibling fields and list items of one level goes out together: one statement per loader and
/// level, whatever the page size. Loads completed by a dispatch run their continuations inline; the keys
/// those continuations queue are dispatched by the same call before it returns, as the next level.
/// </summary>
public sealed class BatchScheduler
{
    private readonly Lock _lock = new();
    private readonly List<IBatch> _queued = [];
    private int _busy;

    /// <summary>Queues a batch (once per batch; a loader queues itself when its first key arrives).</summary>
    public void Enqueue(IBatch batch)
    {
        lock (_lock) _queued.Add(batch);
    }

    /// <summary>Whether anything waits to be dispatched.</summary>
    public bool HasQueued
    {
        get
        {
            lock (_lock) return _queued.Count > 0;
        }
    }

    /// <summary>
    /// Dispatches every queued batch. The executor calls it before it waits. A call made while a dispatch or a
    /// batch's completion is running returns at once: that running work dispatches what was queued meanwhile.
    /// </summary>
    public void Dispatch()
    {
        if (Interlocked.Increment(ref _busy) != 1)
        {
            Interlocked.Decrement(ref _busy);
            return;
        }
        try
        {
            while (true)
            {
                IBatch[] batches;
                lock (_lock)
                {
                    if (_queued.Count == 0) break;
                    batches = [.. _queued];
                    _queued.Clear();
                }
                foreach (var batch in batches) batch.Dispatch();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _busy);
        }
        // A batch queued between the last look and the release must not be stranded.
        if (HasQueued) Dispatch();
    }

    /// <summary>
    /// Completes a batch's loads: their continuations run inline and queue the next level's keys, which are
    /// dispatched together once all of them have run.
    /// </summary>
    public void Complete(Action completeLoads)
    {
        Interlocked.Increment(ref _busy);
        try
        {
            completeLoads();
        }
        finally
        {
            Interlocked.Decrement(ref _busy);
        }
        Dispatch();
    }
}
