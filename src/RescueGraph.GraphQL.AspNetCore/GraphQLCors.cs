using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>The CORS policy of the GraphQL endpoint, for partner websites that query it from the browser.</summary>
public sealed class GraphQLCorsOptions
{
    public const string DefaultPolicyName = "graphql";

    public string PolicyName { get; set; } = DefaultPolicyName;

    /// <summary>Origins allowed to call the API (e.g. <c>https://partner.example</c>); empty (the default) allows any origin.</summary>
    public IList<string> AllowedOrigins { get; } = new List<string>();

    /// <summary>Request headers a browser may send. Default: Content-Type, Accept, Authorization, X-Api-Key, GraphQL-Cost.</summary>
    public IList<string> AllowedHeaders { get; } = new List<string> { "Content-Type", "Accept", "Authorization", "X-Api-Key", "GraphQL-Cost" };

    /// <summary>Response headers scripts may read beyond the safelisted ones. Default none.</summary>
    public IList<string> ExposedHeaders { get; } = new List<string>();

    /// <summary>How long browsers may cache a preflight answer. Default 10 minutes.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// <c>AddGraphQLCors</c> registers the policy: GET and POST, the listed headers, no credentials (cookies are never
/// sent cross-origin, so embedding sites cannot act as their visitors); <c>RequireGraphQLCors</c> applies it to the
/// endpoint group. The host also needs <c>app.UseCors()</c> (after routing).
/// </summary>
public static class GraphQLCors
{
    public static IServiceCollection AddGraphQLCors(this IServiceCollection services, Action<GraphQLCorsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new GraphQLCorsOptions();
        configure?.Invoke(options);
        services.AddCors(cors => cors.AddPolicy(options.PolicyName, BuildPolicy(options)));
        return services;
    }

    public static TBuilder RequireGraphQLCors<TBuilder>(this TBuilder builder, string policyName = GraphQLCorsOptions.DefaultPolicyName)
        where TBuilder : IEndpointConventionBuilder => builder.RequireCors(policyName);

    public static CorsPolicy BuildPolicy(GraphQLCorsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var policy = new CorsPolicyBuilder()
            .WithMethods("GET", "POST")
            .WithHeaders([.. options.AllowedHeaders])
            .SetPreflightMaxAge(options.PreflightMaxAge)
            .DisallowCredentials();
        if (options.AllowedOrigins.Count == 0) policy.AllowAnyOrigin();
        else policy.WithOrigins([.. options.AllowedOrigins]);
        if (options.ExposedHeaders.Count > 0) policy.WithExposedHeaders([.. options.ExposedHeaders]);
        return policy.Build();
    }
}
