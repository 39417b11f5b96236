using Microsoft.AspNetCore.Http;
using RescueGraph.GraphQL.Analysis;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>Settings of the GraphQL-over-HTTP endpoint registered by <c>AddGraphQLServer</c>.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Options of the <see cref="RequestExecutor"/> the server creates (validation rules, cache size, resolvers).</summary>
    public RequestExecutorOptions? ExecutorOptions { get; set; }

    /// <summary>Largest accepted POST body in bytes; a larger one gets 413. Default 1 MiB.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Longest accepted query string (GET requests) in characters; a longer one gets 414. Default 8 KiB, which
    /// is also Kestrel's default request-line limit (raise both together).
    /// </summary>
    public int MaxQueryStringLength { get; set; } = 8 * 1024;

    /// <summary>Whether queries may be sent by GET (mutations never may).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET {path}?sdl</c> and <c>GET {path}/schema.graphql</c> return the schema as SDL.</summary>
    public bool EnableSchemaEndpoints { get; set; } = true;

    /// <summary>Whether a browser's <c>GET {path}</c> gets the GraphiQL IDE (served from this assembly, no CDN).</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>Title of the GraphiQL page.</summary>
    public string GraphiQLTitle { get; set; } = "GraphiQL";

    /// <summary>
    /// Who may introspect (<c>__schema</c>, <c>__type</c>); others get HotChocolate's error <c>HC0046</c>. Null (the
    /// default) allows everyone; e.g. <c>GraphQLRequestPolicies.IsAuthenticated</c> in production.
    /// </summary>
    public Func<HttpContext, bool>? AllowIntrospection { get; set; }

    /// <summary>A caller's own cost budget (e.g. larger for analysts); null or a null result applies <c>ExecutorOptions.Cost</c>.</summary>
    public Func<HttpContext, CostLimits?>? CostLimits { get; set; }

    /// <summary>Whether the <c>GraphQL-Cost: report|validate</c> request header is honoured (needs <c>ExecutorOptions.Cost</c>).</summary>
    public bool EnableCostHeader { get; set; } = true;

    /// <summary>
    /// Whether successful GET query responses carry <c>Cache-Control</c> and a strong <c>ETag</c>, and a matching
    /// <c>If-None-Match</c> gets 304.
    /// </summary>
    public bool EnableGetCaching { get; set; } = true;

    /// <summary><c>max-age</c> of cacheable anonymous GET responses. Default 60 s.</summary>
    public TimeSpan GetCacheMaxAge { get; set; } = TimeSpan.FromSeconds(60);
}
