using RescueGraph.GraphQL.Utilities;
using System.Buffers;
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

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        // graphql-js checks the schema inside every graphql() call; checking once here costs nothing per request.
        var schemaErrors = SchemaValidator.Validate(schema);
        if (schemaErrors.Count > 0) throw new SchemaValidationException(schemaErrors);
        _options = options ?? new RequestExecutorOptions();
        _rules = _options.AdditionalRules.Count == 0 ? SpecifiedRules.All : [.. SpecifiedRules.All, .. _options.AdditionalRules];
        _cache = new DocumentCache(_options.DocumentCacheSize);
    }

    public Schema Schema { get; }

    /// <summary>Number of prepared documents currently cached.</summary>
    public int CachedDocumentCount => _cache.Count;

    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query is null)
            return new ValueTask<ExecutionResult>(ExecutionResult.FromError(new GraphQLError("Must provide query string.")));

        var prepared = PrepareDocument(request.Query);
        return ExecuteAsync(prepared, request, cancellationToken);
    }

    /// <summary>Executes an already prepared document (e.g. after the transport inspected its operation).</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(PreparedDocument prepared, GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(request);
        if (!prepared.IsValid) return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(prepared.Errors));

        return Executor.ExecuteAsync(new ExecutionArgs
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
        });
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
