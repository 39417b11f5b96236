using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.AspNetCore.Authentication;

/// <summary>
/// Authenticates each GraphQL request's bearer token and hands the caller to field authorization. No
/// <c>Authorization</c> header: the request runs as the current <see cref="HttpContext.User"/> (anonymous unless other
/// middleware signed it in). A header that does not authenticate: the request is refused with 401 and
/// <c>AUTH_NOT_AUTHENTICATED</c> — a client that sent credentials must learn they failed, not get public data silently.
/// </summary>
public sealed class GraphQLAuthenticationInterceptor(AuthorizationPolicies? policies = null) : IGraphQLRequestInterceptor
{
    public async ValueTask<GraphQLRequest> OnRequestAsync(HttpContext context, GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (context.Request.Headers.ContainsKey("Authorization"))
        {
            // Answered from the handler's per-request cache when UseAuthentication() already ran.
            var result = await context.AuthenticateAsync(GraphQLAuthenticationExtensions.Scheme);
            if (!result.Succeeded)
            {
                AddBearerChallenge(context, invalidToken: true);
                throw new GraphQLRequestRejectedException(StatusCodes.Status401Unauthorized, MessageFor(result.Failure),
                    AuthorizationErrorCodes.NotAuthenticated);
            }
            context.User = result.Principal!;
        }

        var authorization = new AuthorizationContext(context.User, policies, context.RequestServices);
        if (request.RequestState is { } state)
        {
            state.SetAuthorizationContext(authorization);
            return request;
        }
        var newState = new Dictionary<string, object?>(StringComparer.Ordinal);
        newState.SetAuthorizationContext(authorization);
        return request with { RequestState = newState };
    }

    /// <summary>What a refused caller is told: enough to renew a token, nothing about keys or validation internals.</summary>
    internal static string MessageFor(Exception? failure) => failure switch
    {
        null => "Authentication is required: send a valid bearer token.",
        SecurityTokenExpiredException => "The bearer token has expired.",
        _ => "The bearer token is invalid.",
    };

    /// <summary>RFC 6750's <c>WWW-Authenticate: Bearer</c>, with <c>error="invalid_token"</c> when a token was sent.</summary>
    internal static void AddBearerChallenge(HttpContext context, bool invalidToken) =>
        context.Response.Headers.WWWAuthenticate = invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer";

    /// <summary>Writes a GraphQL-shaped refusal outside the GraphQL handler (ASP.NET's challenge and forbid).</summary>
    internal static Task WriteRefusalAsync(HttpContext context, int statusCode, string message, string code)
    {
        var mediaType = MediaTypeNegotiation.Negotiate(context.Request.Headers.Accept);
        if (mediaType == ResponseMediaType.NotAcceptable) mediaType = ResponseMediaType.Json;
        return GraphQLResponseWriter.WriteAsync(context, statusCode, mediaType, HttpRequestErrors.Create(message, code));
    }
}
