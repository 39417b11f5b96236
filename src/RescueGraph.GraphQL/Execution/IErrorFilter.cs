namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// Rewrites an error before it reaches the client (HotChocolate's <c>IErrorFilter</c>): e.g. turns an exception a
/// resolver let escape into a message and <c>extensions.code</c> the client can act on, or hides its details.
/// Filters see every error of a response, request errors included; an error raised from a resolver exception
/// carries that exception as <see cref="Exception.InnerException"/> (a <see cref="GraphQLError"/> when the resolver
/// threw one on purpose). Must be thread-safe: one instance serves all requests.
/// </summary>
public interface IErrorFilter
{
    /// <summary>Returns <paramref name="error"/> itself or its replacement; keep its path and locations.</summary>
    GraphQLError OnError(GraphQLError error);
}
