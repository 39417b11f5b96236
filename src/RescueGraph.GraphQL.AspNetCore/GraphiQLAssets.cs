using System.IO.Compression;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>
/// The GraphiQL IDE, embedded in this assembly at build time from pinned npm packages. Asset URLs carry a
/// hash of the embedded files (<c>{endpoint}/ui/{version}/{file}</c>), so they can be cached for a year and
/// an upgrade still reaches every browser; the page itself is revalidated on every load.
/// </summary>
internal sealed class GraphiQLAssets
{
    public const string AssetRoutePrefix = "ui";
    private const string ResourcePrefix = "GraphiQL/";
    private const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    private static readonly (string Name, string ContentType)[] AssetFiles =
    [
        ("graphiql.min.js", "text/javascript; charset=utf-8"),
        ("graphiql.min.css", "text/css; charset=utf-8"),
        ("react.production.min.js", "text/javascript; charset=utf-8"),
        ("react-dom.production.min.js", "text/javascript; charset=utf-8"),
        ("graphiql-init.js", "text/javascript; charset=utf-8"),
    ];

    private readonly Dictionary<string, Asset> _assets = new(StringComparer.Ordinal);
    private readonly string _pageTemplate;

    public GraphiQLAssets(string title)
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        using var versionHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, contentType) in AssetFiles)
        {
            var content = ReadResource(assembly, name);
            versionHash.AppendData(content);
            _assets[name] = new Asset(content, contentType);
        }
        Version = Convert.ToHexStringLower(versionHash.GetHashAndReset())[..16];

        _pageTemplate = Encoding.UTF8.GetString(ReadResource(assembly, "index.html"))
            .Replace("{{title}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal);
    }

    /// <summary>Short hash of the embedded assets, part of their URLs.</summary>
    public string Version { get; }

    public Task WritePageAsync(HttpContext context)
    {
        // The page is served at the endpoint itself; PathBase varies with the hosting (e.g. a proxy's prefix).
        var endpoint = context.Request.PathBase.Add(context.Request.Path).Value!.TrimEnd('/');
        var page = _pageTemplate
            .Replace("{{assets}}", WebUtility.HtmlEncode($"{endpoint}/{AssetRoutePrefix}/{Version}"), StringComparison.Ordinal)
            .Replace("{{endpoint}}", WebUtility.HtmlEncode(endpoint), StringComparison.Ordinal);

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept";
        response.Headers.XContentTypeOptions = "nosniff";
        return response.WriteAsync(page, context.RequestAborted);
    }

    /// <summary>Serves one embedded file (gzip when the client accepts it), honouring If-None-Match.</summary>
    public async Task WriteAssetAsync(HttpContext context, string name)
    {
        var response = context.Response;
        if (!_assets.TryGetValue(name, out var asset))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.Headers.CacheControl = ImmutableCacheControl;
        response.Headers.ETag = asset.ETag;
        response.Headers.Vary = "Accept-Encoding";
        response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch.ToString().Contains(asset.ETag, StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        var body = asset.Content;
        if (AcceptsGzip(context.Request.Headers.AcceptEncoding.ToString()))
        {
            body = asset.Gzipped;
            response.Headers.ContentEncoding = "gzip";
        }
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool AcceptsGzip(string acceptEncoding) =>
        acceptEncoding.Contains("gzip", StringComparison.OrdinalIgnoreCase)
        && !acceptEncoding.Contains("gzip;q=0", StringComparison.OrdinalIgnoreCase);

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException(
                $"GraphiQL asset '{name}' is not embedded; build RescueGraph.GraphQL.AspNetCore with Node.js/npm available.");
        var content = new byte[stream.Length];
        stream.ReadExactly(content);
        return content;
    }

    private sealed class Asset(byte[] content, string contentType)
    {
        private readonly Lazy<byte[]> _gzipped = new(() => Compress(content));

        public byte[] Content { get; } = content;
        public string ContentType { get; } = contentType;
        public string ETag { get; } = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "\"";

        /// <summary>Compressed on first request and kept: the files never change while the process runs.</summary>
        public byte[] Gzipped => _gzipped.Value;

        private static byte[] Compress(byte[] content)
        {
            using var output = new MemoryStream(content.Length / 3);
            using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
            return output.ToArray();
        }
    }
}
