using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>Registration (<c>AddGraphQLServer</c>) and routing (<c>MapGraphQL</c>) of the GraphQL endpoint.</summary>
public static class GraphQLServerExtensions
{
    /// <summary>Registers a GraphQL server over <paramref name="schema"/>: its <see cref="RequestExecutor"/>, options and HTTP handler.</summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddGraphQLServer(_ => schema, configure);
    }

    /// <summary>Registers a GraphQL server whose schema is built from the container (once, on first use).</summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Func<IServiceProvider, Schema> schemaFactory, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schemaFactory);
        var options = new GraphQLServerOptions();
        configure?.Invoke(options);
        if (options.MaxRequestBodySize <= 0) throw new ArgumentOutOfRangeException(nameof(configure), "MaxRequestBodySize must be positive.");
        if (options.MaxQueryStringLength <= 0) throw new ArgumentOutOfRangeException(nameof(configure), "MaxQueryStringLength must be positive.");

        services.AddSingleton(options);
        services.AddSingleton(provider => new RequestExecutor(schemaFactory(provider), options.ExecutorOptions));
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>
    /// Serves trusted (persisted) documents: requests may send <c>id</c>/<c>documentId</c> (or Apollo's
    /// <c>extensions.persistedQuery.sha256Hash</c>) instead of <c>query</c>; with
    /// <see cref="PersistedDocumentOptions.OnlyAllowPersistedDocuments"/>, only those run for callers not exempted.
    /// </summary>
    public static IServiceCollection AddGraphQLPersistedDocuments(this IServiceCollection services, Action<PersistedDocumentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new PersistedDocumentOptions();
        configure?.Invoke(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Folder);
        services.AddSingleton(options);
        services.AddSingleton<IPersistedDocumentStore>(provider => options.Store ?? new FileSystemPersistedDocumentStore(
            Path.IsPathRooted(options.Folder)
                ? options.Folder
                : Path.Combine(provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(), options.Folder)));
        return services;
    }

    /// <summary>
    /// Maps the GraphQL endpoint at <paramref name="path"/> (GET and POST), its SDL at <c>{path}/schema.graphql</c>
    /// and GraphiQL's assets at <c>{path}/ui/...</c>. The returned group takes conventions for all of them
    /// (e.g. <c>RequireCors</c>, <c>RequireAuthorization</c>, rate limiting).
    /// </summary>
    public static RouteGroupBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var handler = endpoints.ServiceProvider.GetService<GraphQLHttpHandler>()
            ?? throw new InvalidOperationException("Call services.AddGraphQLServer(...) before endpoints.MapGraphQL().");

        var group = endpoints.MapGroup(path);
        // Every method reaches the handler, so a PUT gets a GraphQL-shaped 405 with an Allow header.
        group.Map("", handler.HandleAsync).WithDisplayName($"GraphQL {path}");
        if (handler.Options.EnableSchemaEndpoints)
            group.MapGet("schema.graphql", handler.WriteSchemaAsync).WithDisplayName($"GraphQL SDL {path}");
        if (handler.Options.EnableGraphiQL)
            group.MapGet(GraphiQLAssets.AssetRoutePrefix + "/{version}/{file}", (HttpContext context, string file) => handler.WriteGraphiQLAssetAsync(context, file))
                .WithDisplayName($"GraphiQL assets {path}");
        return group;
    }
}
