using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>
/// Writes GraphQL responses as UTF-8 JSON straight into the response pipe (no intermediate string), reusing
/// one <see cref="Utf8JsonWriter"/> per thread: writing is synchronous, so a writer never crosses an await.
/// </summary>
internal static class GraphQLResponseWriter
{
    // Responses are JSON, never embedded in HTML: keep non-ASCII text (e.g. Korean names) unescaped and compact.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A detached writer must point somewhere; nothing is ever written here because Rent re-targets first.
    private static readonly IBufferWriter<byte> Detached = new ArrayBufferWriter<byte>(1);

    [ThreadStatic] private static Utf8JsonWriter? t_cachedWriter;

    public static Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = MediaTypeNegotiation.ContentTypeOf(mediaType);
        // The representation depends on the Accept header: shared caches must key on it.
        response.Headers.Vary = "Accept";

        var writer = Rent(response.BodyWriter);
        try
        {
            ExecutionResultWriter.Write(writer, result);
            writer.Flush();
        }
        finally
        {
            Return(writer);
        }
        var flush = response.BodyWriter.FlushAsync(context.RequestAborted);
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }

    /// <summary>
    /// Writes a successful GET response that HTTP caches may keep: the body goes to a pooled buffer first so its
    /// SHA-256 becomes a strong <c>ETag</c>; a request whose <c>If-None-Match</c> names that tag gets 304 without a body.
    /// </summary>
    public static async Task WriteCacheableAsync(HttpContext context, ResponseMediaType mediaType, ExecutionResult result, string cacheControl)
    {
        using var body = new PooledBufferWriter();
        var writer = Rent(body);
        try
        {
            ExecutionResultWriter.Write(writer, result);
            writer.Flush();
        }
        finally
        {
            Return(writer);
        }

        var etag = ComputeETag(body.WrittenSpan);
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        // The body differs by media type, and credentials make it private: caches must key on both.
        response.Headers.Vary = "Accept, Authorization";
        if (IfNoneMatchMatches(context.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypeNegotiation.ContentTypeOf(mediaType);
        response.ContentLength = body.WrittenCount;
        await response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    private static string ComputeETag(ReadOnlySpan<byte> body)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, digest);
        // 128 bits of the digest are plenty to tell representations apart and keep the header short.
        return "\"" + Convert.ToBase64String(digest[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }

    private static bool IfNoneMatchMatches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        for (var i = 0; i < ifNoneMatch.Count; i++)
        {
            var value = ifNoneMatch[i].AsSpan();
            while (!value.IsEmpty)
            {
                var comma = value.IndexOf(',');
                var candidate = (comma < 0 ? value : value[..comma]).Trim();
                if (candidate.SequenceEqual("*") || candidate.SequenceEqual(etag)
                    || (candidate.StartsWith("W/") && candidate[2..].SequenceEqual(etag)))
                    return true;
                value = comma < 0 ? ReadOnlySpan<char>.Empty : value[(comma + 1)..];
            }
        }
        return false;
    }

    private static Utf8JsonWriter Rent(IBufferWriter<byte> output)
    {
        var writer = t_cachedWriter;
        if (writer is null) return new Utf8JsonWriter(output, WriterOptions);
        t_cachedWriter = null;
        writer.Reset(output);
        return writer;
    }

    private static void Return(Utf8JsonWriter writer)
    {
        writer.Reset(Detached);
        t_cachedWriter = writer;
    }
}
