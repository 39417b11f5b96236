using System.Net;
using System.Text;

namespace RescueGraph.GraphQL.AspNetCore.Tests;

public class RequestLimitTests : IAsyncLifetime
{
    private const int BodyLimit = 1024;
    private const int QueryStringLimit = 200;
    private TestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(options =>
        {
            options.MaxRequestBodySize = BodyLimit;
            options.MaxQueryStringLength = QueryStringLimit;
        });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Refuses_a_body_over_the_limit_by_its_content_length_with_413()
    {
        using var response = await _client.PostJsonAsync(BodyOfSize(BodyLimit + 1), MediaTypes.Json);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Refuses_a_chunked_body_over_the_limit_while_reading_it_with_413()
    {
        // No Content-Length: the limit must hold while the body streams in.
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(BodyOfSize(BodyLimit * 4))));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Accepts_a_body_exactly_at_the_limit()
    {
        using var response = await _client.PostJsonAsync(BodyOfSize(BodyLimit), MediaTypes.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_query_string_over_the_limit_with_414()
    {
        using var response = await _client.GetAsync(HttpTestHelpers.GetQueryUrl("{ hello }" + new string(' ', QueryStringLimit)), MediaTypes.Json);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    /// <summary>A valid request padded with white space in the query to exactly <paramref name="size"/> bytes.</summary>
    private static string BodyOfSize(int size)
    {
        const string prefix = """{"query":"{ hello }""", suffix = "\"}";
        return prefix + new string(' ', size - prefix.Length - suffix.Length) + suffix;
    }
}
