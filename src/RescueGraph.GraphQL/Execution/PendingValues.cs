namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// Waits for the pending slots of a result object or list the way graphql-js's <c>Promise.all</c> does:
/// done when all succeed, failed as soon as one fails. Slots still running after a failure are handed to
/// <see cref="OperationExecution.Abandon"/>, so the request waits for them before it returns and no
/// resolver outlives the request's services.
/// </summary>
internal sealed class PendingValues
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining;

    private PendingValues(int pendingCount) => _remaining = pendingCount;

    /// <summary>Awaits every <see cref="Task{TResult}"/> slot of <paramref name="values"/>[0..count) and replaces it by its result.</summary>
    public static async Task SettleAsync(object?[] values, int count, int pendingCount, OperationExecution execution)
    {
        var join = new PendingValues(pendingCount);
        for (var i = 0; i < count; i++)
        {
            if (values[i] is Task<object?> pending)
                _ = pending.ContinueWith(OnSettled, join, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        try
        {
            await join._completion.Task.ConfigureAwait(false);
        }
        catch
        {
            for (var i = 0; i < count; i++)
                if (values[i] is Task<object?> { IsCompleted: false } running) execution.Abandon(running);
            throw;
        }

        for (var i = 0; i < count; i++)
            if (values[i] is Task<object?> settled) values[i] = settled.Result;
    }

    private static void OnSettled(Task task, object? state)
    {
        var join = (PendingValues)state!;
        if (task.IsFaulted) join._completion.TrySetException(task.Exception!.InnerExceptions);
        else if (task.IsCanceled) join._completion.TrySetCanceled();
        else if (Interlocked.Decrement(ref join._remaining) == 0) join._completion.TrySetResult();
    }
}
