using Microsoft.AspNetCore.Http;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>
/// The host's hook into each GraphQL request, run in registration order after the HTTP request was read and
/// before the document is parsed. Register implementations as singletons in DI
/// (<c>services.AddSingleton&lt;IGraphQLRequestInterceptor, MyInterceptor&gt;()</c>); per-request services come
/// from <see cref="HttpContext.RequestServices"/>.
/// </summary>
public interface IGraphQLRequestInterceptor
{
    /// <summary>
    /// Returns the request to execute: usually <paramref name="request"/> itself after adding per-request state
    /// to its <see cref="GraphQLRequest.RequestState"/> (never null while interceptors are registered), or a
    /// replacement (e.g. with the query text of a persisted document). Throw
    /// <see cref="GraphQLRequestRejectedException"/> to answer with a status code and a GraphQL error instead.
    /// </summary>
    ValueTask<GraphQLRequest> OnRequestAsync(HttpContext context, GraphQLRequest request, CancellationToken cancellationToken);
}

/// <summary>Rejects a request from an interceptor: the client gets <see cref="StatusCode"/> and one GraphQL error.</summary>
public sealed class GraphQLRequestRejectedException : Exception
{
    public GraphQLRequestRejectedException(int statusCode, string message, string code) : base(message)
    {
        if (statusCode is < 400 or > 599) throw new ArgumentOutOfRangeException(nameof(statusCode), "A rejection needs a 4xx or 5xx status code.");
        StatusCode = statusCode;
        Code = code;
    }

    public int StatusCode { get; }

    /// <summary>The error's <c>extensions.code</c>, e.g. <c>UNAUTHENTICATED</c>.</summary>
    public string Code { get; }
}
