using RescueGraph.GraphQL.Analysis;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Validation;

namespace RescueGraph.GraphQL.Execution;

public sealed class RequestExecutorOptions
{
    public ParserOptions? ParserOptions { get; init; }

    /// <summary>Rules run after the specified ones (e.g. cost or depth limits).</summary>
    public IReadOnlyList<IValidationRule> AdditionalRules { get; init; } = Array.Empty<IValidationRule>();

    /// <summary>Validation stops after this many errors (graphql-js's <c>maxErrors</c>).</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>How many prepared (parsed and validated) documents to keep; 0 disables the cache.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>
    /// Static cost analysis (HotChocolate's <c>CostOptions</c>); null (the default) turns it off. When set, every
    /// operation is priced before it executes and refused when over budget.
    /// </summary>
    public CostOptions? Cost { get; init; }

    /// <summary>
    /// How long one request may execute before its cancellation token is cancelled and it is answered with a
    /// timeout error (code <c>HC0045</c>). HotChocolate's default, 30 s; <see cref="Timeout.InfiniteTimeSpan"/> disables it.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Run in order over every error of every response (see <see cref="IErrorFilter"/>), before any registered as
    /// <see cref="IErrorFilter"/> in the request's <see cref="GraphQLRequest.RequestServices"/>. None by default, so a
    /// resolver exception's message reaches the client as graphql-js reports it.
    /// </summary>
    public IReadOnlyList<IErrorFilter> ErrorFilters { get; init; } = Array.Empty<IErrorFilter>();

    public FieldResolver? DefaultFieldResolver { get; init; }
    public TypeResolver? DefaultTypeResolver { get; init; }
}
