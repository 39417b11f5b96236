using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// A query text parsed and validated against the executor's schema. <see cref="Document"/> is null after
/// a syntax error; <see cref="Errors"/> holds the syntax or validation errors (empty when executable).
/// </summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(string query, string hash, DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Query = query;
        Hash = hash;
        Document = document;
        Errors = errors;
    }

    public string Query { get; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 query text (also usable as a persisted-query id or ETag part).</summary>
    public string Hash { get; }

    public DocumentNode? Document { get; }
    public IReadOnlyList<GraphQLError> Errors { get; }
    public bool IsValid => Document is not null && Errors.Count == 0;

    /// <summary>
    /// The operation a request with <paramref name="operationName"/> would run, or null when none applies
    /// (so a transport can, e.g., refuse a mutation over GET before executing anything).
    /// </summary>
    public OperationDefinitionNode? GetOperation(string? operationName) =>
        Document is null ? null : Executor.SelectOperation(Document, operationName, null, out _);
}
