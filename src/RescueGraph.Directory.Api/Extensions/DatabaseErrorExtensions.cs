using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using RescueGraph.GraphQL;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.Extensions;

/// <summary>
/// What a client sees when a resolver fails: a database that cannot be reached (refused or dropped connection,
/// shutdown, exhausted pool, timeout) becomes <c>extensions.code: DATABASE_UNAVAILABLE</c> with a message it can
/// show; any other unexpected exception becomes HotChocolate's "Unexpected Execution Error" with no detail (its
/// message could name hosts, SQL or internals). Errors raised on purpose (<see cref="GraphQLError"/>) pass unchanged.
/// </summary>
public static class DatabaseErrorExtensions
{
    public const string DatabaseUnavailableCode = "DATABASE_UNAVAILABLE";
    public const string DatabaseUnavailableMessage = "The directory's database is unavailable. Try again shortly.";
    public const string UnexpectedErrorMessage = "Unexpected Execution Error";

    /// <summary>Registers the error filter (once, however often called); the GraphQL executor picks it up from DI.</summary>
    public static WebApplicationBuilder AddDirectoryDatabaseErrors(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IErrorFilter, DirectoryErrorFilter>());
        return builder;
    }

    /// <summary>Whether <paramref name="exception"/> (or one it wraps) says the database cannot be reached right now.</summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    if (IsUnavailableState(postgres.SqlState)) return true;
                    // A statement the server rejected (syntax, constraint, …) is a bug, not an outage.
                    return false;
                case NpgsqlException: // connect, read and write failures, pool exhaustion, command timeouts
                case SocketException:
                case TimeoutException:
                    return true;
                case AggregateException aggregate:
                    for (var i = 0; i < aggregate.InnerExceptions.Count; i++)
                        if (IsDatabaseUnavailable(aggregate.InnerExceptions[i])) return true;
                    return false;
            }
        }
        return false;
    }

    /// <summary>
    /// SQLSTATE classes that mean "not now" (PostgreSQL Appendix A): 08 connection exception, 53 insufficient
    /// resources (e.g. too many connections), 57P01–57P05 shutdown/crash/cannot connect now/idle timeouts,
    /// 58 system error (I/O).
    /// </summary>
    private static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState.StartsWith("57P", StringComparison.Ordinal)
        || sqlState.StartsWith("58", StringComparison.Ordinal);
}

/// <summary>The host's <see cref="IErrorFilter"/>; logs what it hides so operators still see the cause.</summary>
internal sealed class DirectoryErrorFilter(ILogger<DirectoryErrorFilter> logger) : IErrorFilter
{
    public GraphQLError OnError(GraphQLError error)
    {
        var exception = error.InnerException;
        if (exception is null or GraphQLError) return error;

        if (DatabaseErrorExtensions.IsDatabaseUnavailable(exception))
        {
            logger.LogWarning(exception, "Database unavailable while resolving {Path}", FormatPath(error));
            return new GraphQLError(DatabaseErrorExtensions.DatabaseUnavailableMessage, error.Locations, error.Path,
                new Dictionary<string, object?> { ["code"] = DatabaseErrorExtensions.DatabaseUnavailableCode }, exception);
        }

        // Without a path the error came from request handling (e.g. a variable a scalar could not parse): its
        // message was written for the client and wraps the parser's exception only for diagnostics.
        if (error.Path is null) return error;
        logger.LogError(exception, "Unexpected exception while resolving {Path}", FormatPath(error));
        return new GraphQLError(DatabaseErrorExtensions.UnexpectedErrorMessage, error.Locations, error.Path, innerException: exception);
    }

    private static string FormatPath(GraphQLError error) => error.Path is null ? "(request)" : string.Join('.', error.Path);
}
