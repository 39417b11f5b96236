using System.Buffers;
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
