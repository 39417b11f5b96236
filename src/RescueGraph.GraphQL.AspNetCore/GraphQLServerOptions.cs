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
}
