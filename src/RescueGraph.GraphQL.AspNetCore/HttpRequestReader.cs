using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>A GraphQL request read from HTTP, or the status code and error body that answer a malformed one.</summary>
internal readonly struct HttpRequestReadResult
{
    private HttpRequestReadResult(GraphQLRequest? request, int statusCode, ExecutionResult? error)
    {
        Request = request;
        StatusCode = statusCode;
        Error = error;
    }

    public GraphQLRequest? Request { get; }
    public int StatusCode { get; }
    public ExecutionResult? Error { get; }

    public static HttpRequestReadResult Success(GraphQLRequest request) => new(request, StatusCodes.Status200OK, null);
    public static HttpRequestReadResult Fail(int statusCode, ExecutionResult error) => new(null, statusCode, error);
}

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (query, operationName, variables, extensions) from a
/// JSON POST body or a GET query string, checking each one's JSON type. Never throws for client mistakes.
/// </summary>
internal static class HttpRequestReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>Reads the whole body from the request pipe (no copy), refusing more than <paramref name="maxBodySize"/> bytes.</summary>
    public static async ValueTask<HttpRequestReadResult> ReadPostAsync(HttpContext context, long maxBodySize, bool withRequestState)
    {
        var request = context.Request;
        if (request.ContentLength > maxBodySize)
            return HttpRequestReadResult.Fail(StatusCodes.Status413PayloadTooLarge, HttpRequestErrors.BodyTooLarge(maxBodySize));

        // Let the server stop a chunked body at the same limit instead of buffering it.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            sizeFeature.MaxRequestBodySize = maxBodySize;

        var reader = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            if (read.Buffer.Length > maxBodySize)
            {
                reader.AdvanceTo(read.Buffer.End);
                return HttpRequestReadResult.Fail(StatusCodes.Status413PayloadTooLarge, HttpRequestErrors.BodyTooLarge(maxBodySize));
            }
            if (read.IsCompleted || read.IsCanceled) break;
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        try
        {
            return ParseBody(read.Buffer, context, withRequestState);
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    public static HttpRequestReadResult ParseBody(ReadOnlySequence<byte> body, HttpContext context, bool withRequestState)
    {
        if (body.Length >= 3 && body.FirstSpan.Length >= 3 && body.FirstSpan[..3].SequenceEqual("\uFEFF"u8))
            body = body.Slice(3);
        if (IsWhiteSpace(body)) return HttpRequestReadResult.Fail(StatusCodes.Status400BadRequest, HttpRequestErrors.EmptyBody);

        var reader = new Utf8JsonReader(body, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return HttpRequestReadResult.Fail(StatusCodes.Status400BadRequest, HttpRequestErrors.BodyNotAnObject);

            string? query = null, operationName = null, documentId = null;
            IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                ExecutionResult? error;
                if (reader.ValueTextEquals("query"u8)) error = ReadString(ref reader, "query", out query);
                else if (reader.ValueTextEquals("operationName"u8)) error = ReadString(ref reader, "operationName", out operationName);
                else if (reader.ValueTextEquals("variables"u8)) error = ReadMap(ref reader, "variables", out variables);
                else if (reader.ValueTextEquals("extensions"u8)) error = ReadMap(ref reader, "extensions", out extensions);
                else if (reader.ValueTextEquals("documentId"u8)) error = ReadString(ref reader, "documentId", out documentId);
                else if (reader.ValueTextEquals("id"u8) && documentId is null) error = ReadString(ref reader, "id", out documentId);
                else
                {
                    // Unknown parameters are ignored, as graphql-js servers do; skipping still checks their JSON.
                    reader.Read();
                    reader.Skip();
                    error = null;
                }
                if (error is not null) return HttpRequestReadResult.Fail(StatusCodes.Status400BadRequest, error);
            }
            // Anything after the closing brace other than white space makes the reader throw.
            while (reader.Read()) { }

            return HttpRequestReadResult.Success(CreateRequest(context, withRequestState, query, operationName, variables, extensions, documentId));
        }
        catch (JsonException exception)
        {
            return HttpRequestReadResult.Fail(StatusCodes.Status400BadRequest, HttpRequestErrors.InvalidJson("The request body", exception.Message));
        }
    }

    /// <summary>Reads <c>?query=&amp;operationName=&amp;variables=&lt;json&gt;&amp;extensions=&lt;json&gt;</c>.</summary>
    public static HttpRequestReadResult ReadGet(HttpContext context, bool withRequestState)
    {
        var parameters = context.Request.Query;
        if (!TryGetSingle(parameters, "query", out var query, out var error)
            || !TryGetSingle(parameters, "operationName", out var operationName, out error)
            || !TryGetSingle(parameters, "variables", out var variablesJson, out error)
            || !TryGetSingle(parameters, "extensions", out var extensionsJson, out error)
            || !TryGetSingle(parameters, "documentId", out var documentId, out error)
            || !TryGetSingle(parameters, "id", out var id, out error))
            return HttpRequestReadResult.Fail(StatusCodes.Status400BadRequest, error!);

        if ((error = ParseMapParameter(variablesJson, "variables", out var variables)) is not null
            || (error = ParseMapParameter(extensionsJson, "extensions", out var extensions)) is not null)
            return HttpRequestReadResult.Fail(StatusCodes.Status400BadRequest, error);

        return HttpRequestReadResult.Success(CreateRequest(context, withRequestState, query, operationName, variables, extensions, documentId ?? id));
    }

    private static GraphQLRequest CreateRequest(
        HttpContext context,
        bool withRequestState,
        string? query,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        IReadOnlyDictionary<string, object?>? extensions,
        string? documentId) => new()
        {
            Query = query,
            // Apollo clients send the id as extensions.persistedQuery.sha256Hash.
            DocumentId = string.IsNullOrEmpty(documentId) ? ApolloPersistedQueryHash(extensions) : documentId,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
            RequestServices = context.RequestServices,
            RequestState = withRequestState ? new Dictionary<string, object?>(StringComparer.Ordinal) : null,
        };

    private static string? ApolloPersistedQueryHash(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null
        && extensions.TryGetValue("persistedQuery", out var persistedQuery)
        && persistedQuery is IReadOnlyDictionary<string, object?> entry
        && entry.TryGetValue("sha256Hash", out var hash)
        && hash is string { Length: > 0 } text
            ? text
            : null;

    private static ExecutionResult? ReadString(ref Utf8JsonReader reader, string name, out string? value)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return null;
            case JsonTokenType.Null:
                value = null;
                return null;
            default:
                value = null;
                return HttpRequestErrors.InvalidParameter($"The '{name}' parameter must be a string, not {Describe(reader.TokenType)}.");
        }
    }

    private static ExecutionResult? ReadMap(ref Utf8JsonReader reader, string name, out IReadOnlyDictionary<string, object?>? value)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                value = (Dictionary<string, object?>)JsonValues.FromJson(ref reader)!;
                return null;
            case JsonTokenType.Null:
                value = null;
                return null;
            default:
                value = null;
                return HttpRequestErrors.InvalidParameter($"The '{name}' parameter must be a JSON object (a map), not {Describe(reader.TokenType)}.");
        }
    }

    private static ExecutionResult? ParseMapParameter(string? json, string name, out IReadOnlyDictionary<string, object?>? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(json)) return null;
        object? parsed;
        try
        {
            parsed = JsonValues.Parse(json);
        }
        catch (JsonException exception)
        {
            return HttpRequestErrors.InvalidJson($"The '{name}' parameter", exception.Message);
        }
        if (parsed is null) return null;
        if (parsed is Dictionary<string, object?> map)
        {
            value = map;
            return null;
        }
        return HttpRequestErrors.InvalidParameter($"The '{name}' parameter must be a JSON object (a map).");
    }

    private static bool TryGetSingle(IQueryCollection parameters, string name, out string? value, out ExecutionResult? error)
    {
        error = null;
        value = null;
        if (!parameters.TryGetValue(name, out StringValues values) || values.Count == 0) return true;
        if (values.Count > 1)
        {
            error = HttpRequestErrors.InvalidParameter($"The '{name}' parameter is given more than once.");
            return false;
        }
        value = values[0];
        return true;
    }

    private static bool IsWhiteSpace(ReadOnlySequence<byte> body)
    {
        foreach (var segment in body)
        {
            var span = segment.Span;
            for (var i = 0; i < span.Length; i++)
                if (span[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        }
        return true;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.String => "a string",
        _ => "null",
    };
}
