using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RescueGraph.GraphQL.Analysis;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>
/// Serves GraphQL over HTTP (the GraphQL-over-HTTP draft as graphql-http audits it) for one
/// <see cref="RequestExecutor"/>: GET (queries only) and JSON POST, negotiated response media type and
/// status codes, request errors as GraphQL error bodies, and only real server faults as 500.
/// Registered as a singleton by <c>AddGraphQLServer</c>; <c>MapGraphQL</c> routes requests to it.
/// </summary>
public sealed class GraphQLHttpHandler
{
    private readonly RequestExecutor _executor;
    private readonly GraphQLServerOptions _options;
    private readonly IGraphQLRequestInterceptor[] _interceptors;
    private readonly ILogger<GraphQLHttpHandler> _logger;
    private readonly Lazy<byte[]> _schemaSdl;
    private readonly Lazy<GraphiQLAssets>? _graphiQL;
    private readonly PersistedDocumentOptions? _persisted;
    private readonly IPersistedDocumentStore? _persistedStore;

    public GraphQLHttpHandler(
        RequestExecutor executor,
        GraphQLServerOptions options,
        IEnumerable<IGraphQLRequestInterceptor> interceptors,
        ILogger<GraphQLHttpHandler> logger,
        PersistedDocumentOptions? persistedDocuments = null,
        IPersistedDocumentStore? persistedDocumentStore = null)
    {
        _persisted = persistedDocuments;
        _persistedStore = persistedDocumentStore;
        _executor = executor ?? throw new ArgumentNullException(nameof(executor));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _interceptors = [.. interceptors];
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _schemaSdl = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(SchemaPrinter.Print(_executor.Schema)));
        if (options.EnableGraphiQL) _graphiQL = new Lazy<GraphiQLAssets>(() => new GraphiQLAssets(options.GraphiQLTitle));
    }

    public GraphQLServerOptions Options => _options;

    /// <summary>Handles a request to the GraphQL endpoint itself.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var mediaType = ResponseMediaType.Json;
        try
        {
            var isGet = HttpMethods.IsGet(request.Method);
            if (!isGet && !HttpMethods.IsPost(request.Method))
            {
                context.Response.Headers.Allow = _options.EnableGetRequests ? "GET, POST" : "POST";
                await GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType, HttpRequestErrors.HttpMethodNotAllowed);
                return;
            }

            if (isGet && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("id") && !request.Query.ContainsKey("documentId"))
            {
                if (_options.EnableSchemaEndpoints && request.Query.ContainsKey("sdl"))
                {
                    await WriteSchemaAsync(context);
                    return;
                }
                if (_graphiQL is not null && MediaTypeNegotiation.AcceptsHtml(request.Headers.Accept))
                {
                    await _graphiQL.Value.WritePageAsync(context);
                    return;
                }
            }

            mediaType = MediaTypeNegotiation.Negotiate(request.Headers.Accept);
            if (mediaType == ResponseMediaType.NotAcceptable)
            {
                mediaType = ResponseMediaType.Json;
                await GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status406NotAcceptable, mediaType, HttpRequestErrors.NotAcceptable);
                return;
            }

            var read = await ReadRequestAsync(context, isGet);
            if (read.Error is not null)
            {
                if (read.StatusCode == StatusCodes.Status405MethodNotAllowed) context.Response.Headers.Allow = "POST";
                await GraphQLResponseWriter.WriteAsync(context, read.StatusCode, mediaType, read.Error);
                return;
            }

            var graphQLRequest = read.Request!;
            if (_persisted is not null)
            {
                // Resolved before the interceptors, so they see the document that will run.
                var persisted = await ApplyPersistedDocumentAsync(context, graphQLRequest, cancellationToken);
                if (persisted.Error is not null)
                {
                    await GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status400BadRequest, mediaType, persisted.Error);
                    return;
                }
                graphQLRequest = persisted.Request!;
            }
            for (var i = 0; i < _interceptors.Length; i++)
                graphQLRequest = await _interceptors[i].OnRequestAsync(context, graphQLRequest, cancellationToken)
                    ?? throw new InvalidOperationException($"{_interceptors[i].GetType().Name}.OnRequestAsync returned null.");
            // After the interceptors: they authenticate the caller and may add roles the policies look at.
            graphQLRequest = ApplyRequestPolicies(context, graphQLRequest);

            if (string.IsNullOrEmpty(graphQLRequest.Query))
            {
                await GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status400BadRequest, mediaType, HttpRequestErrors.QueryMissing);
                return;
            }

            // The operation type decides whether GET may run it, so look at it before anything executes.
            var prepared = _executor.PrepareDocument(graphQLRequest.Query);
            if (isGet && prepared.GetOperation(graphQLRequest.OperationName) is { Operation: not OperationType.Query })
            {
                context.Response.Headers.Allow = "POST";
                await GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType, HttpRequestErrors.OperationNotAllowedOverGet);
                return;
            }

            var result = await _executor.ExecuteAsync(prepared, graphQLRequest, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();

            var statusCode = StatusCodeOf(mediaType, result);
            if (isGet && _options.EnableGetCaching && statusCode == StatusCodes.Status200OK && result.HasData && result.Errors is not { Count: > 0 })
                await GraphQLResponseWriter.WriteCacheableAsync(context, mediaType, result, CacheControlFor(context));
            else
                await GraphQLResponseWriter.WriteAsync(context, statusCode, mediaType, result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: nobody is left to read a response.
        }
        catch (GraphQLRequestRejectedException rejection) when (!context.Response.HasStarted)
        {
            await GraphQLResponseWriter.WriteAsync(context, rejection.StatusCode, mediaType, HttpRequestErrors.Create(rejection.Message, rejection.Code));
        }
        catch (BadHttpRequestException badRequest) when (!context.Response.HasStarted)
        {
            // Raised by the server while reading the body: its own size limit, a malformed chunk, a timeout.
            var error = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? HttpRequestErrors.BodyTooLarge(_options.MaxRequestBodySize)
                : HttpRequestErrors.InvalidParameter("The request body could not be read.");
            await GraphQLResponseWriter.WriteAsync(context, badRequest.StatusCode, mediaType, error);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Unexpected error while serving a GraphQL request.");
            if (context.Response.HasStarted || cancellationToken.IsCancellationRequested)
            {
                context.Abort();
                return;
            }
            // Drop anything set for the failed response; only a generic message leaves the server.
            context.Response.Clear();
            var recognised = RecogniseUnhandled(context, exception);
            await GraphQLResponseWriter.WriteAsync(context,
                recognised is null ? StatusCodes.Status500InternalServerError : StatusCodes.Status503ServiceUnavailable,
                ResponseMediaType.Json, recognised is null ? HttpRequestErrors.Internal : ExecutionResult.FromError(recognised));
        }
    }

    /// <summary>
    /// Offers an exception that escaped before execution (e.g. from an interceptor that reads the database) to the
    /// <see cref="IErrorFilter"/>s registered in DI. One that replaces the generic error has recognised a known,
    /// passing condition (a database outage): the server cannot serve the request now, hence 503 with its error.
    /// Otherwise null: a 500 with the generic message.
    /// </summary>
    private GraphQLError? RecogniseUnhandled(HttpContext context, Exception exception)
    {
        var generic = HttpRequestErrors.Internal.Errors![0];
        var error = new GraphQLError(generic.Message, extensions: generic.Extensions, innerException: exception);
        try
        {
            foreach (var filter in context.RequestServices.GetServices<IErrorFilter>())
                error = filter.OnError(error) ?? throw new InvalidOperationException($"{filter.GetType().Name}.OnError returned null.");
        }
        catch (Exception filterFailure)
        {
            _logger.LogError(filterFailure, "An error filter failed on an unhandled exception.");
            return null;
        }
        return error.Message == generic.Message && error.Code == generic.Code ? null : error;
    }

    // application/json keeps the legacy "always 200"; application/graphql-response+json answers a request error
    // (nothing executed, so no data entry) with 400, a timeout with 504, and a cost report without execution
    // (GraphQL-Cost: validate: no data, no errors) with 200.
    private static int StatusCodeOf(ResponseMediaType mediaType, ExecutionResult result)
    {
        if (mediaType != ResponseMediaType.GraphQLResponseJson || result.HasData || result.Errors is not { Count: > 0 } errors)
            return StatusCodes.Status200OK;
        return errors[0].Code == AnalysisErrorCodes.Timeout ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status400BadRequest;
    }

    // Anonymous answers may be kept by shared caches; anything sent with credentials must not be stored anywhere.
    private string CacheControlFor(HttpContext context) =>
        context.Request.Headers.ContainsKey("Authorization") || context.User.Identity?.IsAuthenticated == true
            ? "private, no-store"
            : "public, max-age=" + (long)_options.GetCacheMaxAge.TotalSeconds;

    /// <summary>Applies the per-caller options: introspection policy, cost budget and the <c>GraphQL-Cost</c> header.</summary>
    private GraphQLRequest ApplyRequestPolicies(HttpContext context, GraphQLRequest request)
    {
        var allowIntrospection = _options.AllowIntrospection?.Invoke(context) ?? true;
        var costLimits = _options.CostLimits?.Invoke(context);
        var costMode = _options.EnableCostHeader ? ParseCostHeader(context.Request.Headers["GraphQL-Cost"]) : CostReportMode.None;
        if (allowIntrospection && costLimits is null && costMode == CostReportMode.None) return request;
        return request with { AllowIntrospection = allowIntrospection, CostLimits = costLimits ?? request.CostLimits, CostReportMode = costMode };
    }

    private static CostReportMode ParseCostHeader(Microsoft.Extensions.Primitives.StringValues values)
    {
        if (values.Count == 0) return CostReportMode.None;
        var value = values[0];
        if (string.Equals(value, "report", StringComparison.OrdinalIgnoreCase)) return CostReportMode.Report;
        if (string.Equals(value, "validate", StringComparison.OrdinalIgnoreCase)) return CostReportMode.Validate;
        return CostReportMode.None;
    }

    private async ValueTask<(GraphQLRequest? Request, ExecutionResult? Error)> ApplyPersistedDocumentAsync(
        HttpContext context, GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (request.DocumentId is { Length: > 0 } requestedId)
        {
            var id = PersistedDocumentIds.Normalize(requestedId);
            var text = _persistedStore is null ? null : await _persistedStore.TryGetAsync(id, cancellationToken);
            if (text is null) return (null, PersistedDocumentErrors.NotFound(requestedId));
            return (request with { Query = text, DocumentId = id }, null);
        }
        if (!string.IsNullOrEmpty(request.Query) && _persisted!.OnlyAllowPersistedDocuments && !_persisted.AllowAdHocDocuments(context))
            return (null, PersistedDocumentErrors.OnlyPersistedAllowed);
        return (request, null);
    }

    /// <summary>Writes the schema as SDL (text/plain), for <c>?sdl</c> and <c>/schema.graphql</c>.</summary>
    public Task WriteSchemaAsync(HttpContext context)
    {
        var sdl = _schemaSdl.Value;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength = sdl.Length;
        return response.Body.WriteAsync(sdl, context.RequestAborted).AsTask();
    }

    /// <summary>Serves one GraphiQL asset (<c>{endpoint}/ui/{version}/{file}</c>); 404 when GraphiQL is disabled.</summary>
    public Task WriteGraphiQLAssetAsync(HttpContext context, string fileName)
    {
        if (_graphiQL is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return _graphiQL.Value.WriteAssetAsync(context, fileName);
    }

    private ValueTask<HttpRequestReadResult> ReadRequestAsync(HttpContext context, bool isGet)
    {
        var withRequestState = _interceptors.Length > 0;
        if (!isGet)
        {
            return MediaTypeNegotiation.ClassifyRequestContentType(context.Request.ContentType) switch
            {
                RequestContentType.Json => HttpRequestReader.ReadPostAsync(context, _options.MaxRequestBodySize, withRequestState),
                RequestContentType.Missing => Fail(StatusCodes.Status415UnsupportedMediaType, HttpRequestErrors.ContentTypeMissing),
                _ => Fail(StatusCodes.Status415UnsupportedMediaType, HttpRequestErrors.ContentTypeUnsupported),
            };
        }

        if (!_options.EnableGetRequests) return Fail(StatusCodes.Status405MethodNotAllowed, HttpRequestErrors.GetNotEnabled);
        if (context.Request.QueryString.Value is { } queryString && queryString.Length > _options.MaxQueryStringLength)
            return Fail(StatusCodes.Status414UriTooLong, HttpRequestErrors.QueryStringTooLong(_options.MaxQueryStringLength));
        return new ValueTask<HttpRequestReadResult>(HttpRequestReader.ReadGet(context, withRequestState));

        static ValueTask<HttpRequestReadResult> Fail(int statusCode, Execution.ExecutionResult error) =>
            new(HttpRequestReadResult.Fail(statusCode, error));
    }
}
