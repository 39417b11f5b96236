using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RescueGraph.Directory.Api.Extensions;
using RescueGraph.Directory.Api.Robustness.Infrastructure;

namespace RescueGraph.Directory.Api.Robustness;

/// <summary>Which failures the host reports as DATABASE_UNAVAILABLE, and that the response check catches leaks.</summary>
public sealed class DatabaseErrorMappingTests
{
    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    public static TheoryData<Exception, bool> Failures() => new()
    {
        { new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new NpgsqlException("The connection pool has been exhausted", new TimeoutException()), true },
        { new NpgsqlException("Exception while reading from stream", new EndOfStreamException()), true },
        { Postgres("57P01"), true }, // terminating connection due to administrator command
        { Postgres("57P03"), true }, // the database system is starting up / shutting down
        { Postgres("53300"), true }, // too many connections
        { Postgres("08006"), true }, // connection failure
        { new DbUpdateException("An error occurred while saving", new NpgsqlException("Exception while writing", new IOException())), true },
        { new InvalidOperationException("wrapper", Postgres("57P01")), true },
        { new AggregateException(new InvalidOperationException("a"), new NpgsqlException("b", new SocketException())), true },
        { Postgres("23505"), false }, // unique violation: a bug or a race, not an outage
        { Postgres("42P01"), false }, // undefined table
        { new DbUpdateException("saving", Postgres("23503")), false },
        { new InvalidOperationException("Sequence contains no elements"), false },
        { new ArgumentException("bad"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Connection_failures_shutdowns_and_exhaustion_are_outages_statement_errors_are_not(Exception failure, bool isOutage) =>
        Assert.Equal(isOutage, DatabaseErrorExtensions.IsDatabaseUnavailable(failure));

    [Theory]
    [InlineData("""{"errors":[{"message":"Failed to connect to 127.0.0.1:5432"}]}""")]
    [InlineData("""{"errors":[{"message":"x","extensions":{"stack":"   at RescueGraph.X.Y() in /a.cs:line 3"}}]}""")]
    [InlineData("""{"errors":[{"message":"Npgsql.PostgresException: 42P01"}]}""")]
    [InlineData("""{"errors":[{"message":"Host=db;Username=postgres"}]}""")]
    [InlineData("""{"data":[]}""")]
    [InlineData("""{"errors":[]}""")]
    [InlineData("""{"errors":[{"code":"X"}]}""")]
    [InlineData("""{"data":null,"trace":1}""")]
    [InlineData("""[{"data":{}}]""")]
    [InlineData("<html></html>")]
    [InlineData("")]
    public void The_response_check_rejects_leaks_and_malformed_bodies(string body) => Assert.NotNull(GraphQLResponses.FindProblem(body));

    [Theory]
    [InlineData("""{"data":{"a":1}}""")]
    [InlineData("""{"data":null,"errors":[{"message":"Cannot return null","path":["a"]}]}""")]
    [InlineData("""{"errors":[{"message":"Syntax Error: Unexpected <EOF>.","locations":[{"line":1,"column":2}]}]}""")]
    [InlineData("""{"extensions":{"operationCost":{"fieldCost":1,"typeCost":1}}}""")]
    public void The_response_check_accepts_well_formed_answers(string body) => Assert.Null(GraphQLResponses.FindProblem(body));
}
