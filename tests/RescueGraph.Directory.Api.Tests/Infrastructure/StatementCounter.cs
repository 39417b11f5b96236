using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RescueGraph.Directory.Api.Tests.Infrastructure;

/// <summary>Counts the SQL statements EF Core sends, so tests can pin the number a GraphQL request costs.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private int _count;
    private readonly List<string> _statements = [];

    public int Count => Volatile.Read(ref _count);

    /// <summary>The statements seen since the last <see cref="Reset"/>, for failure messages.</summary>
    public string Describe()
    {
        lock (_statements) return string.Join("\n---\n", _statements);
    }

    public void Reset()
    {
        lock (_statements) _statements.Clear();
        Interlocked.Exchange(ref _count, 0);
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        lock (_statements) _statements.Add(command.CommandText);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}
