using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using RescueGraph.Directory.Api.GraphQL;
using RescueGraph.GraphQL.AspNetCore;

namespace RescueGraph.Directory.Api.Extensions;

public static class GraphQLExtensions
{
    public const string GraphQLPath = "/graphql";

    /// <summary>The directory schema behind GraphQL over HTTP (GET and POST, SDL, GraphiQL for browsers).</summary>
    public static WebApplicationBuilder AddDirectoryGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphQLServer(DirectorySchema.Build(), options => options.GraphiQLTitle = "RescueGraph directory");
        return builder;
    }

    public static WebApplication MapDirectoryGraphQL(this WebApplication app)
    {
        app.MapGraphQL(GraphQLPath);
        return app;
    }

    /// <summary>Prints where to point a browser once the server listens.</summary>
    public static WebApplication AnnounceGraphiQL(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
            if (addresses is null) return;
            foreach (var address in addresses)
                Console.WriteLine($"GraphiQL: {address.TrimEnd('/')}{GraphQLPath}");
        });
        return app;
    }
}
