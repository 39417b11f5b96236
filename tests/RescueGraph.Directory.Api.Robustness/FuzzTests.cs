using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using RescueGraph.Directory.Api.Robustness.Fuzzing;
using RescueGraph.Directory.Api.Robustness.Infrastructure;
using Xunit.Abstractions;

namespace RescueGraph.Directory.Api.Robustness;

/// <summary>
/// Issue 6's fuzz test: thousands of generated and mutated documents, variables and headers at the running server.
/// Every answer must be well-formed GraphQL without internals, never a 5xx (but 503/504 with their codes), the
/// process must stay up and serve, and since no request carries a valid token, no table may change.
/// Seeded: set RESCUEGRAPH_FUZZ_SEED to replay a run (the seed is printed); RESCUEGRAPH_FUZZ_REQUESTS to change the count.
/// </summary>
public sealed class FuzzTests(DirectoryServerFixture fixture, ITestOutputHelper output) : IClassFixture<DirectoryServerFixture>
{
    private const int DefaultRequests = 2500;
    private const int Workers = 4;
    private const int MaxRequestBodySize = 1_048_576; // appsettings.json GraphQL:MaxRequestBodySize
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(80);
    private static readonly TimeSpan PerRequestBound = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Generated_and_mutated_requests_get_well_formed_answers_and_change_nothing()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RESCUEGRAPH_FUZZ_SEED"), CultureInfo.InvariantCulture, out var configured)
            ? configured
            : Random.Shared.Next();
        var count = int.TryParse(Environment.GetEnvironmentVariable("RESCUEGRAPH_FUZZ_REQUESTS"), CultureInfo.InvariantCulture, out var requested)
            ? Math.Clamp(requested, 1, 3000)
            : DefaultRequests;
        output.WriteLine($"Fuzz seed {seed} (replay with RESCUEGRAPH_FUZZ_SEED={seed}), {count} requests");

        var server = fixture.Server;
        var introspection = await GraphQLCall.PostAsync(server.Client, SchemaModel.IntrospectionQuery);
        Assert.True(introspection.Succeeded, "Introspection failed: " + introspection);
        var schema = SchemaModel.FromIntrospection(introspection.Json!);

        var before = await TableChecksums.ComputeAsync(fixture.ConnectionString);
        var random = new Random(seed);
        var generator = new RequestGenerator(schema, random);
        var requests = Enumerable.Range(0, count).Select(_ => generator.Next()).ToArray();

        var problems = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = server.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < requests.Length && clock.Elapsed < TimeBudget)
            {
                var request = requests[index];
                using var message = request.ToMessage();
                var call = await GraphQLCall.SendAsync(client, message, PerRequestBound);
                statuses.AddOrUpdate(call.Status is { } s ? (int)s : 0, 1, (_, n) => n + 1);
                if (Check(request, call) is { } problem) problems.Enqueue($"{problem}\n  request {request.Describe()}\n  response {call}");
            }
        })));
        var sent = Math.Min(next, requests.Length);
        output.WriteLine($"{sent} requests in {clock.Elapsed.TotalSeconds:0.0} s; statuses: " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        foreach (var kind in requests.Take(sent).GroupBy(r => r.Kind.Split('+')[0]).OrderBy(g => g.Key))
            output.WriteLine($"  {kind.Key}: {kind.Count()}");

        Assert.False(server.HasExited, "The server process died:\n" + server.RecentOutput);
        var normal = await GraphQLCall.PostAsync(server.Client, "{ organizations(first: 2) { nodes { name } } }");
        Assert.True(normal.Succeeded, "The server no longer serves a normal query: " + normal);
        if (!problems.IsEmpty) output.WriteLine("Server output (tail):\n" + server.RecentOutput[^Math.Min(server.RecentOutput.Length, 8000)..]);
        Assert.True(problems.IsEmpty, $"Seed {seed}: {problems.Count} bad answers:\n" + string.Join("\n", problems.Take(12)));
        Assert.True(sent >= Math.Min(count, 1000), $"Only {sent} requests fitted in {TimeBudget}.");

        var after = await TableChecksums.ComputeAsync(fixture.ConnectionString);
        var changed = before.Where(table => after.GetValueOrDefault(table.Key) != table.Value).Select(table => table.Key).ToArray();
        Assert.True(changed.Length == 0, $"Seed {seed}: refused requests changed tables: {string.Join(", ", changed)}");
        Assert.True(before.Count > 10, "The checksum saw too few tables to mean anything.");
    }

    /// <summary>What is wrong with the answer to <paramref name="request"/>; null when nothing is.</summary>
    private static string? Check(FuzzRequest request, GraphQLCall call)
    {
        // Over the body limit the server answers 413 and closes the connection without reading the rest; the client
        // may then fail while still sending. That is the server protecting itself, not a failure to answer.
        if (call.Failure is not null)
            return request.Body?.Length > MaxRequestBodySize && call.Failure.Contains("copying content", StringComparison.Ordinal)
                ? null
                : "no answer: " + call.Failure;
        var status = call.Status!.Value;
        // Kestrel's own limits (request line 8 KB, headers 32 KB) answer before the application, with an empty body.
        if (status is HttpStatusCode.RequestUriTooLong or HttpStatusCode.RequestHeaderFieldsTooLarge && call.Body.Length == 0) return null;
        // A browser asking for HTML gets GraphiQL.
        if (request.Method == HttpMethod.Get && request.AcceptsHtml && status == HttpStatusCode.OK
            && call.Body.StartsWith("<!", StringComparison.OrdinalIgnoreCase)) return null;
        if ((int)status >= 500 && !GraphQLResponses.IsAcceptableServerError(status, call.Body)) return $"server error {(int)status}";
        return GraphQLResponses.FindProblem(call.Body) is { } problem ? "body " + problem : null;
    }
}
