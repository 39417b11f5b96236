using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using RescueGraph.Directory.Api.Robustness.Infrastructure;
using Xunit.Abstractions;

namespace RescueGraph.Directory.Api.Robustness;

/// <summary>
/// Issue 6's fault test: PostgreSQL is stopped under a light load of reads and acknowledged writes, then started
/// again. During the outage every answer is a well-formed GraphQL response with <c>DATABASE_UNAVAILABLE</c>, quickly;
/// within five seconds of the database's return the same server process serves again; no acknowledged write is lost.
/// </summary>
public sealed class DatabaseOutageTests(DirectoryServerFixture fixture, ITestOutputHelper output) : IClassFixture<DirectoryServerFixture>
{
    private const int Clients = 4;
    private static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(5);

    /// <summary>An outage answer may wait for Npgsql's connect timeout (5 s) but never for the execution timeout (30 s).</summary>
    private static readonly TimeSpan OutageAnswerBound = TimeSpan.FromSeconds(8);

    private const string ReadQuery = "{ animals(first: 5) { nodes { id name species } } organizations(first: 3) { nodes { name slug } } }";

    private const string CreateAnimal = """
        mutation Create($input: CreateAnimalInput!) {
          createAnimal(input: $input) { animal { id name } errors { __typename ... on Error { message } } }
        }
        """;

    private sealed record Sent(bool IsWrite, string? AnimalName, GraphQLCall Call)
    {
        /// <summary>A write the server confirmed: the payload has the animal and no errors.</summary>
        public bool Acknowledged =>
            IsWrite && Call.Succeeded && Call.Json?["data"]?["createAnimal"] is JsonObject payload
            && payload["animal"] is JsonObject && payload["errors"] is null;
    }

    [Fact]
    public async Task Stopping_and_restarting_PostgreSQL_under_load_gives_clear_errors_then_recovers_without_losing_writes()
    {
        var server = fixture.Server;
        var admin = TestTokens.Admin();
        var centers = await GraphQLCall.PostAsync(server.Client, "{ centers(first: 1) { nodes { id } } }");
        var centerId = centers.Json?["data"]?["centers"]?["nodes"]?[0]?["id"]?.GetValue<string>()
            ?? throw new Xunit.Sdk.XunitException("No center to write to: " + centers);

        var warmUp = await WriteAsync(server.Client, admin, centerId, "outage-warm-up");
        Assert.True(warmUp.Acknowledged, "createAnimal must work before the outage: " + warmUp.Call);

        var sent = new ConcurrentQueue<Sent>();
        using var stopLoad = new CancellationTokenSource();
        var nameCounter = 0;
        var load = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var i = 0; !stopLoad.IsCancellationRequested; i++)
            {
                // Every third request a write: a light, realistic mix that also keeps the pool busy.
                if (i % 3 == 2)
                    sent.Enqueue(await WriteAsync(server.Client, admin, centerId, $"outage-{client}-{Interlocked.Increment(ref nameCounter)}"));
                else
                    sent.Enqueue(new Sent(false, null, await GraphQLCall.PostAsync(server.Client, ReadQuery)));
                await Task.Delay(20);
            }
        })).ToArray();

        await Task.Delay(TimeSpan.FromSeconds(2));
        await fixture.Cluster.StopAsync();
        var outageConfirmed = DateTimeOffset.UtcNow;
        output.WriteLine($"PostgreSQL stopped at {outageConfirmed:HH:mm:ss.fff}");

        var readinessDuringOutage = await WaitForReadinessAsync(server, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(10));
        await Task.Delay(OutageLength);

        var restartBegins = DateTimeOffset.UtcNow;
        await fixture.Cluster.StartAgainAsync();
        var databaseBack = DateTimeOffset.UtcNow;
        output.WriteLine($"PostgreSQL back at {databaseBack:HH:mm:ss.fff} (start took {(databaseBack - restartBegins).TotalMilliseconds:0} ms)");

        // The first successful read after the database's return: probed directly, besides the load.
        var recovery = Stopwatch.StartNew();
        GraphQLCall probe;
        do
        {
            probe = await GraphQLCall.PostAsync(server.Client, ReadQuery);
            if (probe.Succeeded) break;
            await Task.Delay(100);
        } while (recovery.Elapsed < RecoveryBound + TimeSpan.FromSeconds(10));
        var recoveredAfter = recovery.Elapsed;
        output.WriteLine($"Served again {recoveredAfter.TotalMilliseconds:0} ms after the database's return");

        await Task.Delay(TimeSpan.FromSeconds(3));
        var steadyFrom = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stopLoad.CancelAsync();
        await Task.WhenAll(load);
        var readinessAfter = await WaitForReadinessAsync(server, HttpStatusCode.OK, TimeSpan.FromSeconds(10));

        var all = sent.ToArray();
        var duringOutage = all.Where(s => s.Call.SentAt >= outageConfirmed && s.Call.SentAt + s.Call.Elapsed <= restartBegins).ToArray();
        var afterSteady = all.Where(s => s.Call.SentAt >= steadyFrom).ToArray();
        var acknowledged = all.Where(s => s.Acknowledged).Select(s => s.AnimalName!).Append("outage-warm-up").ToArray();
        output.WriteLine($"{all.Length} requests: {duringOutage.Length} during the outage, {acknowledged.Length} acknowledged writes, " +
                         $"{afterSteady.Length} after recovery");
        foreach (var sample in duringOutage.Where(s => !s.IsWrite).Take(1).Concat(duringOutage.Where(s => s.IsWrite).Take(1)))
            output.WriteLine((sample.IsWrite ? "outage answer to a write: " : "outage answer to a read: ") + sample.Call);

        Assert.True(probe.Succeeded, $"Not serving {recoveredAfter} after the database's return: {probe}\n{server.RecentOutput}");
        Assert.True(recoveredAfter <= RecoveryBound, $"Served again only after {recoveredAfter} (bound {RecoveryBound}).");
        Assert.False(server.HasExited, "The server process died:\n" + server.RecentOutput);

        var problems = new List<string>();
        foreach (var s in all)
        {
            var call = s.Call;
            if (call.Failure is not null) { problems.Add($"no HTTP answer: {call}"); continue; }
            if (GraphQLResponses.FindProblem(call.Body) is { } problem) problems.Add($"body {problem}: {call}");
            if ((int)call.Status! >= 500 && !GraphQLResponses.IsAcceptableServerError(call.Status.Value, call.Body)) problems.Add($"server error: {call}");
        }
        foreach (var s in duringOutage)
        {
            if (!s.Call.ErrorCodes.Contains("DATABASE_UNAVAILABLE")) problems.Add($"outage answer without DATABASE_UNAVAILABLE: {s.Call}");
            if (s.Call.Elapsed > OutageAnswerBound) problems.Add($"outage answer too slow: {s.Call}");
            if (s.Call.Body.Contains("\"data\":{\"animals\":[{", StringComparison.Ordinal)) problems.Add($"outage answer with rows: {s.Call}");
        }
        foreach (var s in afterSteady.Where(s => !s.Call.Succeeded || (s.IsWrite && !s.Acknowledged)))
            problems.Add($"failed after recovery: {s.Call}");
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join('\n', problems.Take(15)));

        Assert.True(duringOutage.Length >= 10, $"Only {duringOutage.Length} requests landed in the outage window.");
        Assert.Contains(duringOutage, s => s.IsWrite);
        Assert.True(afterSteady.Count(s => s.Acknowledged) > 0, "No write was acknowledged after the recovery.");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readinessDuringOutage);
        Assert.Equal(HttpStatusCode.OK, readinessAfter);

        var stored = await StoredAnimalNamesAsync(fixture.ConnectionString, acknowledged);
        var lost = acknowledged.Where(name => !stored.Contains(name)).ToArray();
        Assert.True(lost.Length == 0, $"{lost.Length} of {acknowledged.Length} acknowledged writes are missing: {string.Join(", ", lost.Take(10))}");
    }

    private static async Task<Sent> WriteAsync(HttpClient client, string token, string centerId, string name)
    {
        var input = new Dictionary<string, object?>
        {
            ["centerId"] = centerId,
            ["intakeDate"] = "2026-01-15",
            ["intakeType"] = "STRAY_AT_LARGE",
            ["name"] = name,
            ["species"] = "DOG",
            ["ageGroup"] = "ADULT",
        };
        var call = await GraphQLCall.PostAsync(client, CreateAnimal, new { input }, token);
        return new Sent(true, name, call);
    }

    /// <summary>Polls readiness until it reports <paramref name="expected"/>; returns the last status seen.</summary>
    private static async Task<HttpStatusCode?> WaitForReadinessAsync(DirectoryServerProcess server, HttpStatusCode expected, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        HttpStatusCode? status;
        do
        {
            status = await server.ReadinessAsync();
            if (status == expected) return status;
            await Task.Delay(200);
        } while (clock.Elapsed < timeout);
        return status;
    }

    private static async Task<HashSet<string>> StoredAnimalNamesAsync(string connectionString, string[] names)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT name FROM animals WHERE name = ANY(@names)", connection);
        command.Parameters.AddWithValue("names", names);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
        return stored;
    }
}
