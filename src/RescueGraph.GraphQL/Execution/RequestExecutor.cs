using RescueGraph.GraphQL.Analysis;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.Utilities;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Validation;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// The request pipeline over one schema (graphql-js's <c>graphql()</c>): parse, validate, execute. Parsed
/// and validated documents are cached by the hash of their text, so a repeated query skips straight to
/// execution. Thread-safe; meant to live as long as its schema.
/// </summary>
public sealed class RequestExecutor
{
    private readonly RequestExecutorOptions _options;
    private readonly IReadOnlyList<IValidationRule> _rules;
    private readonly DocumentCache _cache;
    private readonly CostAnalyzer? _costAnalyzer;
    private readonly IErrorFilter[] _errorFilters;

    // Costs that no variable value sized, per prepared document: a repeated document skips the analysis. Weak keys,
    // so an entry goes when the document cache drops its document.
    private readonly ConditionalWeakTable<PreparedDocument, CachedCost> _costs = new();

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        // graphql-js checks the schema inside every graphql() call; checking once here costs nothing per request.
        var schemaErrors = SchemaValidator.Validate(schema);
        if (schemaErrors.Count > 0) throw new SchemaValidationException(schemaErrors);
        // Fail closed: @authorize is enforced even on a schema built without AddAuthorization() (e.g. from SDL).
        FieldAuthorization.Apply(schema);
        _options = options ?? new RequestExecutorOptions();
        _rules = _options.AdditionalRules.Count == 0 ? SpecifiedRules.All : [.. SpecifiedRules.All, .. _options.AdditionalRules];
        _cache = new DocumentCache(_options.DocumentCacheSize);
        _errorFilters = [.. _options.ErrorFilters];
        if (_options.Cost is { } costOptions) _costAnalyzer = new CostAnalyzer(schema, costOptions);
        if (_options.ExecutionTimeout != Timeout.InfiniteTimeSpan && _options.ExecutionTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), "ExecutionTimeout must be positive or Timeout.InfiniteTimeSpan.");
    }

    public Schema Schema { get; }

    /// <summary>Number of prepared documents currently cached.</summary>
    public int CachedDocumentCount => _cache.Count;

    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query is null)
            return new ValueTask<ExecutionResult>(FilterErrors(ExecutionResult.FromError(new GraphQLError("Must provide query string.")), request.RequestServices));

        var prepared = PrepareDocument(request.Query);
        return ExecuteAsync(prepared, request, cancellationToken);
    }

    /// <summary>
    /// Executes an already prepared document (e.g. after the transport inspected its operation): refuses
    /// introspection when the request does not allow it, prices the operation when cost analysis is on (refusing
    /// it over budget, before anything runs), then executes under the execution timeout.
    /// </summary>
    public ValueTask<ExecutionResult> ExecuteAsync(PreparedDocument prepared, GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(request);
        var executing = ExecuteUnfilteredAsync(prepared, request, cancellationToken);
        if (_errorFilters.Length == 0 && request.RequestServices is null) return executing;
        return executing.IsCompletedSuccessfully
            ? new ValueTask<ExecutionResult>(FilterErrors(executing.Result, request.RequestServices))
            : FilterErrorsAsync(executing, request.RequestServices);
    }

    private async ValueTask<ExecutionResult> FilterErrorsAsync(ValueTask<ExecutionResult> executing, IServiceProvider? services) =>
        FilterErrors(await executing.ConfigureAwait(false), services);

    /// <summary>
    /// Passes each error of <paramref name="result"/> through the configured filters, then those registered as
    /// <see cref="IErrorFilter"/> in the request's services (looked up only when there are errors), in order.
    /// </summary>
    private ExecutionResult FilterErrors(ExecutionResult result, IServiceProvider? services)
    {
        if (result.Errors is not { Count: > 0 } errors) return result;
        var registered = services?.GetService(typeof(IEnumerable<IErrorFilter>)) switch
        {
            IErrorFilter[] array => array, // what Microsoft.Extensions.DependencyInjection returns
            IEnumerable<IErrorFilter> other => [.. other],
            _ => null,
        };
        if (_errorFilters.Length == 0 && (registered is null || registered.Length == 0)) return result;

        var filtered = new GraphQLError[errors.Count];
        for (var i = 0; i < filtered.Length; i++)
        {
            var error = ApplyFilters(_errorFilters, errors[i]);
            filtered[i] = registered is null ? error : ApplyFilters(registered, error);
        }
        return new ExecutionResult { Data = result.Data, HasData = result.HasData, Errors = filtered, Extensions = result.Extensions };
    }

    private static GraphQLError ApplyFilters(IErrorFilter[] filters, GraphQLError error)
    {
        for (var i = 0; i < filters.Length; i++)
            error = filters[i].OnError(error) ?? throw new InvalidOperationException($"{filters[i].GetType().Name}.OnError returned null.");
        return error;
    }

    private ValueTask<ExecutionResult> ExecuteUnfilteredAsync(PreparedDocument prepared, GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (!prepared.IsValid) return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(prepared.Errors));

        OperationDefinitionNode? operation = null;
        if (!request.AllowIntrospection)
        {
            operation = prepared.GetOperation(request.OperationName);
            if (operation is not null && IntrospectionPolicy.FindIntrospectionField(prepared.Document!, operation) is { } introspectionField)
                return new ValueTask<ExecutionResult>(ExecutionResult.FromError(IntrospectionPolicy.NotAllowedError(introspectionField)));
        }

        CostMetrics? cost = null;
        var reportCost = false;
        if (_costAnalyzer is not null)
        {
            operation ??= prepared.GetOperation(request.OperationName);
            // Without a single operation, or for an operation type the schema has no root for (e.g. `subscription` on a
            // schema without one), the executor reports the error; there is nothing to price.
            if (operation is not null && Schema.GetRootType(operation.Operation) is not null)
            {
                CostMetrics metrics;
                try
                {
                    metrics = GetCost(prepared, operation, request.Variables);
                }
                catch (GraphQLError analysisError)
                {
                    return new ValueTask<ExecutionResult>(ExecutionResult.FromError(analysisError));
                }
                cost = metrics;
                reportCost = request.CostReportMode != CostReportMode.None;
                if (CostAnalyzer.CheckLimits(metrics, request.CostLimits ?? _costAnalyzer.Options.Limits) is { } overBudget)
                    return new ValueTask<ExecutionResult>(WithCost(ExecutionResult.FromError(overBudget), metrics, reportCost));
                if (request.CostReportMode == CostReportMode.Validate)
                    return new ValueTask<ExecutionResult>(WithCost(new ExecutionResult(), metrics, report: true));
            }
        }

        if (_options.ExecutionTimeout == Timeout.InfiniteTimeSpan)
        {
            var direct = Executor.ExecuteAsync(CreateArgs(prepared, request, cancellationToken));
            return reportCost ? AddCostAsync(direct, cost!.Value) : direct;
        }
        return ExecuteWithTimeoutAsync(prepared, request, cancellationToken, reportCost ? cost : null);
    }

    private ExecutionArgs CreateArgs(PreparedDocument prepared, GraphQLRequest request, CancellationToken cancellationToken) => new()
    {
        Schema = Schema,
        Document = prepared.Document!,
        OperationName = request.OperationName,
        VariableValues = request.Variables,
        RootValue = request.RootValue,
        RequestServices = request.RequestServices,
        RequestState = request.RequestState,
        CancellationToken = cancellationToken,
        DefaultFieldResolver = _options.DefaultFieldResolver,
        DefaultTypeResolver = _options.DefaultTypeResolver,
    };

    private async ValueTask<ExecutionResult> ExecuteWithTimeoutAsync(
        PreparedDocument prepared, GraphQLRequest request, CancellationToken requestAborted, CostMetrics? reportedCost)
    {
        // The linked token reaches every resolver (and through them database commands), so a timeout stops real work.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeout.CancelAfter(_options.ExecutionTimeout);
        ExecutionResult result;
        try
        {
            result = await Executor.ExecuteAsync(CreateArgs(prepared, request, timeout.Token)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            result = ExecutionResult.FromError(TimeoutError(_options.ExecutionTimeout));
        }
        return reportedCost is { } cost ? WithCost(result, cost, report: true) : result;
    }

    /// <summary>HotChocolate's timeout error: "The request exceeded the configured timeout of `00:00:30`." (code <c>HC0045</c>).</summary>
    public static GraphQLError TimeoutError(TimeSpan timeout) =>
        new($"The request exceeded the configured timeout of `{timeout:c}`.",
            extensions: new Dictionary<string, object?> { ["code"] = AnalysisErrorCodes.Timeout });

    private CostMetrics GetCost(PreparedDocument prepared, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
    {
        if (_costs.TryGetValue(prepared, out var cached) && ReferenceEquals(cached.Operation, operation)) return cached.Metrics;
        var metrics = _costAnalyzer!.Analyze(prepared.Document!, operation, variables, out var dependsOnVariables);
        if (!dependsOnVariables) _costs.AddOrUpdate(prepared, new CachedCost(operation, metrics));
        return metrics;
    }

    private sealed record CachedCost(OperationDefinitionNode Operation, CostMetrics Metrics);

    private static async ValueTask<ExecutionResult> AddCostAsync(ValueTask<ExecutionResult> pending, CostMetrics cost) =>
        WithCost(await pending.ConfigureAwait(false), cost, report: true);

    /// <summary>Adds <c>extensions.operationCost</c> (HotChocolate's <c>GraphQL-Cost: report</c> output) when asked to.</summary>
    private static ExecutionResult WithCost(ExecutionResult result, CostMetrics cost, bool report)
    {
        if (!report) return result;
        result.Extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        result.Extensions["operationCost"] = CostAnalyzer.ToExtension(cost);
        return result;
    }

    /// <summary>Parses and validates <paramref name="query"/>, or returns the cached outcome for the same text.</summary>
    public PreparedDocument PrepareDocument(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hash = ComputeHash(query);
        if (_cache.TryGet(hash, query, out var cached)) return cached!;

        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(query, _options.ParserOptions);
            var errors = DocumentValidator.Validate(Schema, document, _rules, _options.MaxValidationErrors);
            prepared = new PreparedDocument(query, hash, document, errors);
        }
        catch (GraphQLError syntaxError)
        {
            prepared = new PreparedDocument(query, hash, null, [syntaxError]);
        }
        _cache.Add(prepared);
        return prepared;
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text, hashed from a pooled buffer.</summary>
    public static string ComputeHash(string text)
    {
        var byteCount = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
