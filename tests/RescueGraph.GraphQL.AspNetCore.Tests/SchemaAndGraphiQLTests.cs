using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace RescueGraph.GraphQL.AspNetCore.Tests;

public partial class SchemaAndGraphiQLTests(DefaultHostFixture fixture) : IClassFixture<DefaultHostFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/schema.graphql")]
    public async Task Serves_the_schema_as_sdl(string url)
    {
        using var response = await _client.GetAsync(url, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.MediaType());
        Assert.Equal("utf-8", response.CharSet());
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query {", sdl);
        Assert.Contains("hello(name: String = \"world\"): String!", sdl);
        Assert.Contains("type Mutation {", sdl);
    }

    [Fact]
    public async Task Serves_graphiql_to_a_browser()
    {
        using var response = await _client.GetAsync("/graphql", BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-endpoint=\"/graphql\"", html);
        Assert.DoesNotContain("{{", html);
        Assert.DoesNotContain("https://", html); // everything is served locally, no CDN
        var assets = AssetUrl().Matches(html).Select(match => match.Groups[1].Value).ToArray();
        Assert.Equal(5, assets.Length);
        Assert.All(assets, asset => Assert.StartsWith("/graphql/ui/", asset));
    }

    [Fact]
    public async Task A_browser_with_a_query_gets_the_json_result()
    {
        using var response = await _client.GetAsync(HttpTestHelpers.GetQueryUrl("{ hello }"), BrowserAccept);
        Assert.Equal(MediaTypes.Json, response.MediaType());
    }

    [Fact]
    public async Task Serves_graphiql_assets_with_long_caching_and_gzip()
    {
        var script = await FindAssetAsync("graphiql.min.js");
        using var plain = await _client.GetAsync(script, null);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("text/javascript", plain.MediaType());
        Assert.True(plain.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(365), plain.Headers.CacheControl.MaxAge);
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 1_000_000, "the GraphiQL bundle is embedded whole");

        var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        using var gzipped = await _client.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(gzipped.Content.Headers.ContentEncoding));
        var compressed = await gzipped.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < bytes.Length / 2);
        using var unzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var roundTrip = new MemoryStream();
        await unzip.CopyToAsync(roundTrip);
        Assert.Equal(bytes, roundTrip.ToArray());

        var revalidate = new HttpRequestMessage(HttpMethod.Get, script);
        revalidate.Headers.TryAddWithoutValidation("If-None-Match", plain.Headers.ETag!.Tag);
        using var notModified = await _client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("graphiql.min.css", "text/css")]
    [InlineData("react.production.min.js", "text/javascript")]
    [InlineData("react-dom.production.min.js", "text/javascript")]
    [InlineData("graphiql-init.js", "text/javascript")]
    public async Task Serves_every_asset_the_page_loads(string file, string mediaType)
    {
        using var response = await _client.GetAsync(await FindAssetAsync(file), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.MediaType());
    }

    [Fact]
    public async Task Answers_an_unknown_asset_with_404()
    {
        using var response = await _client.GetAsync("/graphql/ui/0123456789abcdef/secrets.txt", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Disabled_graphiql_and_sdl_are_not_served()
    {
        await using var host = await TestHost.StartAsync(options =>
        {
            options.EnableGraphiQL = false;
            options.EnableSchemaEndpoints = false;
        });
        var client = host.CreateClient();
        using var page = await client.GetAsync("/graphql", BrowserAccept);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(MediaTypes.Json, page.MediaType());
        using var sdl = await client.GetAsync("/graphql/schema.graphql", null);
        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
    }

    private async Task<string> FindAssetAsync(string file)
    {
        using var page = await _client.GetAsync("/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        return AssetUrl().Matches(html).Select(match => match.Groups[1].Value).Single(url => url.EndsWith("/" + file, StringComparison.Ordinal));
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex AssetUrl();
}
