using System.Security.Claims;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using RescueGraph.Directory.Api.GraphQL;
using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.GraphQL.Analysis;
using RescueGraph.GraphQL.AspNetCore;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;

namespace RescueGraph.Directory.Api.Extensions;

public static class GraphQLExtensions
{
    public const string GraphQLPath = "/graphql";

    /// <summary>
    /// The directory schema behind GraphQL over HTTP (GET and POST, SDL, GraphiQL for browsers), with the limits of
    /// <see cref="DirectoryGraphQLSettings"/>: cost budget (larger for analysts and admins), depth, field cycles, parser
    /// tokens, body size, execution timeout, and who may introspect.
    /// </summary>
    public static WebApplicationBuilder AddDirectoryGraphQL(this WebApplicationBuilder builder)
    {
        var settings = DirectoryGraphQLSettings.FromConfiguration(builder.Configuration);
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddSingleton(settings);
        builder.Services.AddGraphQLServer(DirectorySchema.Build(), options =>
        {
            options.GraphiQLTitle = "RescueGraph directory";
            options.ExecutorOptions = CreateExecutorOptions(settings);
            options.MaxRequestBodySize = settings.MaxRequestBodySize;
            options.CostLimits = PrivilegedCostLimits(settings.Cost);
            // Null lets everyone introspect without a per-request check.
            options.AllowIntrospection = isDevelopment || settings.AllowAnonymousIntrospection ? null : GraphQLRequestPolicies.IsAuthenticated;
        });
        return builder;
    }

    public static RequestExecutorOptions CreateExecutorOptions(DirectoryGraphQLSettings settings) => new()
    {
        ParserOptions = new ParserOptions { MaxTokens = settings.MaxParserTokens },
        AdditionalRules = [new MaxExecutionDepthRule(settings.MaxExecutionDepth), new MaxFieldCycleDepthRule(settings.MaxFieldCycleDepth)],
        Cost = new CostOptions
        {
            MaxFieldCost = settings.Cost.MaxFieldCost,
            MaxTypeCost = settings.Cost.MaxTypeCost,
            EnforceCostLimits = settings.Cost.EnforceCostLimits,
            DefaultConnectionAssumedSize = settings.Cost.ConnectionAssumedSize,
        },
        ExecutionTimeout = settings.ExecutionTimeout,
    };

    /// <summary>The budget of analysts, admins and trusted documents: the default times <see cref="DirectoryCostSettings.PrivilegedMultiplier"/>.</summary>
    public static CostLimits PrivilegedBudget(DirectoryCostSettings cost) =>
        new(cost.MaxFieldCost * cost.PrivilegedMultiplier, cost.MaxTypeCost * cost.PrivilegedMultiplier, cost.EnforceCostLimits);

    /// <summary>
    /// Analysts and admins (by the token's roles, stored grants included: the policies run after the access
    /// interceptor) get <see cref="PrivilegedBudget"/>; everyone else the executor's default (null), unless an
    /// interceptor already chose (trusted documents). The limits object is built once, not per request.
    /// </summary>
    private static Func<HttpContext, CostLimits?> PrivilegedCostLimits(DirectoryCostSettings cost)
    {
        var privileged = PrivilegedBudget(cost);
        return context => IsPrivileged(context.User) ? privileged : null;

        static bool IsPrivileged(ClaimsPrincipal user) =>
            user.Identity?.IsAuthenticated == true && (user.IsInRole(DirectoryRoles.Analyst) || user.IsInRole(DirectoryRoles.Admin));
    }

    /// <summary>Maps the endpoint, under the CORS and rate-limit policies when they are registered.</summary>
    public static WebApplication MapDirectoryGraphQL(this WebApplication app)
    {
        var endpoint = app.MapGraphQL(GraphQLPath);
        if (app.Services.GetService<IOptions<CorsOptions>>()?.Value.GetPolicy(GraphQLCorsOptions.DefaultPolicyName) is not null)
            endpoint.RequireGraphQLCors();
        if (app.Services.GetService<GraphQLRateLimitingOptions>() is not null) endpoint.RequireGraphQLRateLimiting();
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
