using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>The media types a GraphQL response can be sent as.</summary>
internal enum ResponseMediaType : byte
{
    /// <summary>The Accept header allows neither JSON type: 406.</summary>
    NotAcceptable,
    Json,
    GraphQLResponseJson,
}

/// <summary>How a POST's Content-Type relates to what the endpoint reads.</summary>
internal enum RequestContentType : byte
{
    Json,
    Missing,
    Unsupported,
}

/// <summary>
/// Accept and Content-Type handling of GraphQL over HTTP, parsed over spans without allocating: the
/// response type is <c>application/graphql-response+json</c> only when the client names it and ranks it at
/// least as high as <c>application/json</c>; wildcards and a missing header mean <c>application/json</c>,
/// which legacy clients (and the spec's watershed rules) expect.
/// </summary>
internal static class MediaTypeNegotiation
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string GraphQLResponseContentType = "application/graphql-response+json; charset=utf-8";

    // How specifically a media range matched: a more specific range decides the quality (RFC 9110 12.5.1).
    private const int NoMatch = -1, AnyType = 0, AnyApplicationSubtype = 1, Exact = 2;

    public static string ContentTypeOf(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseContentType : JsonContentType;

    public static ResponseMediaType Negotiate(StringValues acceptHeaders)
    {
        var jsonSpecificity = NoMatch;
        var responseSpecificity = NoMatch;
        double jsonQuality = 0, responseQuality = 0;
        var anyRange = false;

        for (var h = 0; h < acceptHeaders.Count; h++)
        {
            var header = acceptHeaders[h].AsSpan();
            while (!header.IsEmpty)
            {
                var comma = header.IndexOf(',');
                var range = comma < 0 ? header : header[..comma];
                header = comma < 0 ? default : header[(comma + 1)..];
                if (!TryParseRange(range, out var type, out var quality)) continue;
                anyRange = true;

                if (type.Equals("*/*", StringComparison.Ordinal))
                {
                    Consider(AnyType, quality, ref jsonSpecificity, ref jsonQuality);
                }
                else if (type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
                {
                    Consider(AnyApplicationSubtype, quality, ref jsonSpecificity, ref jsonQuality);
                }
                else if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase))
                {
                    Consider(Exact, quality, ref jsonSpecificity, ref jsonQuality);
                }
                else if (type.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase))
                {
                    Consider(Exact, quality, ref responseSpecificity, ref responseQuality);
                }
            }
        }

        if (!anyRange) return ResponseMediaType.Json;
        if (responseSpecificity == Exact && responseQuality > 0 && responseQuality >= jsonQuality)
            return ResponseMediaType.GraphQLResponseJson;
        return jsonQuality > 0 ? ResponseMediaType.Json : ResponseMediaType.NotAcceptable;
    }

    /// <summary>Whether the Accept header names <c>text/html</c> (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(StringValues acceptHeaders)
    {
        for (var h = 0; h < acceptHeaders.Count; h++)
        {
            var header = acceptHeaders[h].AsSpan();
            while (!header.IsEmpty)
            {
                var comma = header.IndexOf(',');
                var range = comma < 0 ? header : header[..comma];
                header = comma < 0 ? default : header[(comma + 1)..];
                if (TryParseRange(range, out var type, out var quality) && quality > 0
                    && type.Equals("text/html", StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }
        return false;
    }

    /// <summary>Classifies a POST's Content-Type: only <c>application/json</c>, in UTF-8 when a charset is given.</summary>
    public static RequestContentType ClassifyRequestContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return RequestContentType.Missing;
        var span = contentType.AsSpan();
        var semicolon = span.IndexOf(';');
        var type = (semicolon < 0 ? span : span[..semicolon]).Trim();
        if (!type.Equals("application/json", StringComparison.OrdinalIgnoreCase)) return RequestContentType.Unsupported;

        var parameters = semicolon < 0 ? default : span[(semicolon + 1)..];
        while (!parameters.IsEmpty)
        {
            var next = parameters.IndexOf(';');
            var parameter = (next < 0 ? parameters : parameters[..next]).Trim();
            parameters = next < 0 ? default : parameters[(next + 1)..];
            var equals = parameter.IndexOf('=');
            if (equals < 0 || !parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)) continue;
            var charset = parameter[(equals + 1)..].Trim().Trim('"');
            if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
                return RequestContentType.Unsupported;
        }
        return RequestContentType.Json;
    }

    private static void Consider(int specificity, double quality, ref int bestSpecificity, ref double bestQuality)
    {
        if (specificity < bestSpecificity) return;
        if (specificity == bestSpecificity && quality <= bestQuality) return;
        bestSpecificity = specificity;
        bestQuality = quality;
    }

    /// <summary>Splits <c>type/subtype;param=value;q=0.5</c> into its type and quality (1 when absent).</summary>
    private static bool TryParseRange(ReadOnlySpan<char> range, out ReadOnlySpan<char> type, out double quality)
    {
        quality = 1;
        var semicolon = range.IndexOf(';');
        type = (semicolon < 0 ? range : range[..semicolon]).Trim();
        if (type.IsEmpty || type.IndexOf('/') <= 0) return false;

        var parameters = semicolon < 0 ? default : range[(semicolon + 1)..];
        while (!parameters.IsEmpty)
        {
            var next = parameters.IndexOf(';');
            var parameter = (next < 0 ? parameters : parameters[..next]).Trim();
            parameters = next < 0 ? default : parameters[(next + 1)..];
            if (parameter.Length < 2 || (parameter[0] | 0x20) != 'q' || parameter[1] != '=') continue;
            if (!double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out quality))
                quality = 1;
            quality = Math.Clamp(quality, 0, 1);
        }
        return true;
    }
}
