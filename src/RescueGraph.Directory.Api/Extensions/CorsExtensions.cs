using RescueGraph.GraphQL.AspNetCore;

namespace RescueGraph.Directory.Api.Extensions;

public static class CorsExtensions
{
    /// <summary>
    /// Partner websites query from the browser: GET and POST from the origins in <c>GraphQL:Cors:AllowedOrigins</c>
    /// (any origin when empty), never with credentials, so an embedding page cannot act as its visitor.
    /// </summary>
    public static WebApplicationBuilder AddDirectoryCors(this WebApplicationBuilder builder)
    {
        var cors = DirectoryGraphQLSettings.FromConfiguration(builder.Configuration).Cors;
        builder.Services.AddGraphQLCors(options =>
        {
            foreach (var origin in cors.AllowedOrigins)
                if (!string.IsNullOrWhiteSpace(origin)) options.AllowedOrigins.Add(origin.TrimEnd('/'));
        });
        return builder;
    }

    public static WebApplication UseDirectoryCors(this WebApplication app)
    {
        app.UseCors();
        return app;
    }
}
