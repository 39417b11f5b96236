using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RescueGraph.Directory.Api.Robustness.Infrastructure;

/// <summary>One request's outcome: status, body, timing; <see cref="Failure"/> when no HTTP answer came at all.</summary>
public sealed record GraphQLCall(HttpStatusCode? Status, string Body, TimeSpan Elapsed, DateTimeOffset SentAt, string? Failure)
{
    public IReadOnlyList<string?> ErrorCodes => GraphQLResponses.ErrorCodes(Body);

    /// <summary>An answer with data and no errors.</summary>
    public bool Succeeded => Status == HttpStatusCode.OK && ErrorCodes.Count == 0 && Body.Contains("\"data\":{", StringComparison.Ordinal);

    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <summary>POSTs <paramref name="query"/> as <c>application/json</c>; never throws for transport failures.</summary>
    public static async Task<GraphQLCall> PostAsync(HttpClient client, string query, object? variables = null, string? token = null,
        TimeSpan? timeout = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await SendAsync(client, request, timeout ?? TimeSpan.FromSeconds(30));
    }

    public static async Task<GraphQLCall> SendAsync(HttpClient client, HttpRequestMessage request, TimeSpan timeout)
    {
        var sentAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            using var response = await client.SendAsync(request, cancel.Token);
            var text = await response.Content.ReadAsStringAsync(cancel.Token);
            return new GraphQLCall(response.StatusCode, text, clock.Elapsed, sentAt, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            var what = exception is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0} s" : exception.Message;
            return new GraphQLCall(null, "", clock.Elapsed, sentAt, what);
        }
    }

    public override string ToString() =>
        Failure is not null ? $"[no response: {Failure}]" : $"[{(int?)Status} in {Elapsed.TotalMilliseconds:0} ms] {Truncate(Body, 600)}";

    public static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
