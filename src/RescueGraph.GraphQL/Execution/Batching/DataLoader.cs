using System.Runtime.ExceptionServices;

namespace RescueGraph.GraphQL.Execution.Batching;

/// <summary>
/// Loads values by key in batches, once per key per request (graphql-js's DataLoader pattern): resolvers call
/// <see cref="LoadAsync"/>; the keys of one execution level are fetched with one call to the fetch function
/// when the <see cref="BatchScheduler"/> dispatches.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatch where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly BatchScheduler _scheduler;
    private readonly CancellationToken _cancellationToken;
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Task<TValue?>> _loaded = new();
    private Dictionary<TKey, TaskCompletionSource<TValue?>>? _queued;

    public DataLoader(
        BatchScheduler scheduler,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        CancellationToken cancellationToken)
    {
        _scheduler = scheduler;
        _fetch = fetch;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The value for <paramref name="key"/>, or default when the fetch returned none for it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (_lock)
        {
            if (_loaded.TryGetValue(key, out var known)) return known;
            if (_queued is null)
            {
                _queued = new Dictionary<TKey, TaskCompletionSource<TValue?>>();
                _scheduler.Enqueue(this);
            }
            // Continuations run inline when the batch completes, so the next level queues before the scheduler looks again.
            var completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.None);
            _queued[key] = completion;
            _loaded[key] = completion.Task;
            return completion.Task;
        }
    }

    void IBatch.Dispatch()
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>> batch;
        lock (_lock)
        {
            if (_queued is null) return;
            batch = _queued;
            _queued = null;
        }
        _ = FetchAndCompleteAsync(batch);
    }

    private async Task FetchAndCompleteAsync(Dictionary<TKey, TaskCompletionSource<TValue?>> batch)
    {
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await _fetch([.. batch.Keys], _cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var failure = ExceptionDispatchInfo.Capture(exception);
            var cancelled = exception is OperationCanceledException && _cancellationToken.IsCancellationRequested;
            _scheduler.Complete(() =>
            {
                foreach (var completion in batch.Values) Fail(completion, failure, cancelled);
            });
            return;
        }

        _scheduler.Complete(() =>
        {
            foreach (var (key, completion) in batch)
                completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        });
    }

    /// <summary>
    /// Fails one load of a failed batch. Every rethrow of an exception appends to its stack trace and every fault
    /// snapshots it; the loads' continuations run inline, so faulting the loads one after another with the same
    /// instance gave the n-th load the traces of all n-1 before it: memory quadratic in the batch size (gigabytes
    /// for a list of a few thousand items, still growing after a cancelled request had returned). Each load gets
    /// the same exception, as graphql-js's DataLoader rejects them all with one error, but with the trace it had
    /// when the fetch failed; a cancelled request cancels each load instead, which throws a fresh exception per await.
    /// </summary>
    private void Fail(TaskCompletionSource<TValue?> completion, ExceptionDispatchInfo failure, bool cancelled)
    {
        if (cancelled)
        {
            completion.TrySetCanceled(_cancellationToken);
            return;
        }
        try
        {
            failure.Throw(); // restores the trace captured when the fetch failed
        }
        catch (Exception restored)
        {
            completion.TrySetException(restored);
        }
    }
}
