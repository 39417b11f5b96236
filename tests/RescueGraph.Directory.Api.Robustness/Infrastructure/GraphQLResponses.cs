using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RescueGraph.Directory.Api.Robustness.Infrastructure;

/// <summary>What every answer of the GraphQL endpoint must look like, whatever was sent.</summary>
public static partial class GraphQLResponses
{
    /// <summary>
    /// Traces of internals: .NET stack frames and exception type names, namespaces of the runtime and the data
    /// stack, connection-string keys, addresses with ports and SQL. None may reach a client.
    /// </summary>
    [GeneratedRegex(@"\bat [\w.`<>]+\(|\.cs:line \d|\b\w+Exception\b|\bSystem\.\w|\bMicrosoft\.\w|\bNpgsql|\bRescueGraph\.\w|Host=|Username=|Password=|\bSELECT\b|\bFROM\s+""?\w+|\bpg_\w+|SQLSTATE|StackTrace|\b\d{1,3}(?:\.\d{1,3}){3}:\d+|Failed to connect|localhost:\d",
        RegexOptions.CultureInvariant)]
    private static partial Regex InternalsPattern();

    /// <summary>Describes what is wrong with a response body; null when it is a well-formed GraphQL response.</summary>
    public static string? FindProblem(string body)
    {
        if (InternalsPattern().Match(body) is { Success: true } leak) return $"leaks internals ('{leak.Value}')";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return "is not JSON: " + exception.Message;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "is not a JSON object";
            var hasData = root.TryGetProperty("data", out var data);
            var hasErrors = root.TryGetProperty("errors", out var errors);
            // GraphQL-Cost: validate answers with only the cost: no data, no errors, but extensions.
            if (!hasData && !hasErrors && !root.TryGetProperty("extensions", out _)) return "has neither data nor errors";
            if (hasData && data.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)) return "has data that is not an object or null";
            if (hasErrors)
            {
                if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0) return "has errors that are not a non-empty list";
                foreach (var error in errors.EnumerateArray())
                {
                    if (error.ValueKind != JsonValueKind.Object) return "has an error that is not an object";
                    if (!error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
                        return "has an error without a string message";
                }
            }
            foreach (var property in root.EnumerateObject())
                if (property.Name is not ("data" or "errors" or "extensions")) return $"has an unexpected top-level entry '{property.Name}'";
        }
        return null;
    }

    /// <summary>The <c>extensions.code</c> of every error in <paramref name="body"/> (empty when none or not JSON).</summary>
    public static IReadOnlyList<string?> ErrorCodes(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("errors", out var errors)
                || errors.ValueKind != JsonValueKind.Array) return [];
            var codes = new List<string?>();
            foreach (var error in errors.EnumerateArray())
                codes.Add(error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                          && extensions.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null);
            return codes;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>5xx statuses a client may legitimately get: 503 while the database is down, 504 for an execution timeout.</summary>
    public static bool IsAcceptableServerError(HttpStatusCode status, string body) => status switch
    {
        HttpStatusCode.ServiceUnavailable => ErrorCodes(body).Contains("DATABASE_UNAVAILABLE"),
        HttpStatusCode.GatewayTimeout => ErrorCodes(body).Contains("HC0045"),
        _ => false,
    };
}
