namespace RescueGraph.GraphQL.AspNetCore.Tests;

// Expected values are enum names: the enums are internal and xunit theories must be public.

public class MediaTypeNegotiationTests
{
    [Theory]
    [InlineData(null, nameof(ResponseMediaType.Json))]
    [InlineData("", nameof(ResponseMediaType.Json))]
    [InlineData("*/*", nameof(ResponseMediaType.Json))]
    [InlineData("application/*", nameof(ResponseMediaType.Json))]
    [InlineData("application/json", nameof(ResponseMediaType.Json))]
    [InlineData("application/graphql-response+json", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON; charset=utf-8", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("application/graphql-response+json, application/json", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("application/json, application/graphql-response+json", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("application/json;q=0.9, application/graphql-response+json", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("application/json, application/graphql-response+json;q=0.5", nameof(ResponseMediaType.Json))]
    [InlineData("application/graphql-response+json;q=0, application/json", nameof(ResponseMediaType.Json))]
    [InlineData("application/graphql-response+json;q=0.8, */*;q=0.1", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", nameof(ResponseMediaType.Json))]
    [InlineData("application/json;q=0, */*", nameof(ResponseMediaType.NotAcceptable))]
    [InlineData("text/html", nameof(ResponseMediaType.NotAcceptable))]
    [InlineData("application/xml, text/plain", nameof(ResponseMediaType.NotAcceptable))]
    [InlineData("application/graphql-response+json;q=0", nameof(ResponseMediaType.NotAcceptable))]
    public void Negotiates_the_response_media_type(string? accept, string expected)
    {
        var headers = accept is null ? default : new Microsoft.Extensions.Primitives.StringValues(accept);
        Assert.Equal(expected, MediaTypeNegotiation.Negotiate(headers).ToString());
    }

    [Fact]
    public void Negotiates_across_several_accept_headers()
    {
        var headers = new Microsoft.Extensions.Primitives.StringValues(["text/plain", "application/graphql-response+json"]);
        Assert.Equal(ResponseMediaType.GraphQLResponseJson, MediaTypeNegotiation.Negotiate(headers));
    }

    [Theory]
    [InlineData("application/json", nameof(RequestContentType.Json))]
    [InlineData("Application/JSON; charset=UTF-8", nameof(RequestContentType.Json))]
    [InlineData("application/json;charset=\"utf-8\"", nameof(RequestContentType.Json))]
    [InlineData("application/json; boundary=x", nameof(RequestContentType.Json))]
    [InlineData(null, nameof(RequestContentType.Missing))]
    [InlineData("  ", nameof(RequestContentType.Missing))]
    [InlineData("application/json; charset=iso-8859-1", nameof(RequestContentType.Unsupported))]
    [InlineData("text/plain", nameof(RequestContentType.Unsupported))]
    [InlineData("application/graphql", nameof(RequestContentType.Unsupported))]
    [InlineData("application/x-www-form-urlencoded", nameof(RequestContentType.Unsupported))]
    public void Classifies_the_request_content_type(string? contentType, string expected) =>
        Assert.Equal(expected, MediaTypeNegotiation.ClassifyRequestContentType(contentType).ToString());

    [Theory]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8", true)]
    [InlineData("TEXT/HTML", true)]
    [InlineData("text/html;q=0", false)]
    [InlineData("application/json", false)]
    [InlineData("*/*", false)]
    public void Recognises_browsers_by_text_html(string accept, bool expected) =>
        Assert.Equal(expected, MediaTypeNegotiation.AcceptsHtml(accept));
}
