using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data;
using RescueGraph.GraphQL.AspNetCore;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL.Access;

/// <summary>
/// Runs after the JWT interceptor (which has authenticated <see cref="HttpContext.User"/>): resolves the request's
/// <see cref="DirectoryCaller"/> once, stores it in the request state for resolvers and policies, and hands the
/// executor request services whose <see cref="IDbContextFactory{DirectoryDbContext}"/> opens contexts with the
/// caller's row visibility.
/// </summary>
public sealed class DirectoryAccessInterceptor : IGraphQLRequestInterceptor
{
    public async ValueTask<GraphQLRequest> OnRequestAsync(HttpContext context, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var services = request.RequestServices ?? context.RequestServices;
        var contexts = services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>();
        var caller = await DirectoryCallerResolver.ResolveAsync(context.User, contexts, cancellationToken);
        if (caller.IsAuthenticated) AddGrantedRoles(context.User, caller);

        var state = request.RequestState ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        state.SetDirectoryCaller(caller);
        return request with { RequestState = state, RequestServices = new CallerRequestServices(services, contexts, caller.Visibility) };
    }

    /// <summary>
    /// Makes roles granted in the database count for <c>@authorize(roles: …)</c> too, which asks the principal:
    /// they join it as a second identity, so the token's own identity (and its claims) stay as issued.
    /// </summary>
    private static void AddGrantedRoles(ClaimsPrincipal user, DirectoryCaller caller)
    {
        List<Claim>? granted = null;
        foreach (var role in caller.Roles)
            if (!user.IsInRole(role)) (granted ??= []).Add(new Claim(GraphQLClaimTypes.Role, role));
        if (granted is not null)
            user.AddIdentity(new ClaimsIdentity(granted, GrantsAuthenticationType, GraphQLClaimTypes.Subject, GraphQLClaimTypes.Role));
    }

    private const string GrantsAuthenticationType = "RoleGrants";
}
