using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>Where trusted (persisted) documents come from: a document id → its GraphQL text.</summary>
public interface IPersistedDocumentStore
{
    /// <summary>The document stored under <paramref name="documentId"/> (already normalised, e.g. without <c>sha256:</c>), or null.</summary>
    ValueTask<string?> TryGetAsync(string documentId, CancellationToken cancellationToken);
}

/// <summary>
/// Reads <c>&lt;folder&gt;/&lt;id&gt;.graphql</c> files, as written by <see cref="PersistedDocumentExtractor"/>; ids are
/// lower-case SHA-256 hex by default. Found documents are kept in memory (they never change under one id); unknown
/// ids are looked up again next time, so documents deployed later are found without a restart.
/// </summary>
public sealed class FileSystemPersistedDocumentStore : IPersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _loaded = new(StringComparer.Ordinal);

    public FileSystemPersistedDocumentStore(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    public async ValueTask<string?> TryGetAsync(string documentId, CancellationToken cancellationToken)
    {
        if (!PersistedDocumentIds.IsWellFormed(documentId)) return null;
        if (_loaded.TryGetValue(documentId, out var cached)) return cached;
        var path = Path.Combine(Folder, documentId + ".graphql");
        if (!File.Exists(path)) return null;
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return _loaded.GetOrAdd(documentId, text);
    }
}

/// <summary>Settings of trusted documents, registered by <c>AddGraphQLPersistedDocuments</c>.</summary>
public sealed class PersistedDocumentOptions
{
    /// <summary>Folder of <c>&lt;hash&gt;.graphql</c> files, relative to the content root unless absolute. Default <c>schema/persisted</c>.</summary>
    public string Folder { get; set; } = "schema/persisted";

    /// <summary>
    /// Refuse ad-hoc documents (code <c>HC0067</c>): only ids of stored documents are executed, except for callers
    /// <see cref="AllowAdHocDocuments"/> exempts.
    /// </summary>
    public bool OnlyAllowPersistedDocuments { get; set; }

    /// <summary>
    /// Which callers may still send ad-hoc documents while <see cref="OnlyAllowPersistedDocuments"/> is on; by
    /// default authenticated ones (<see cref="GraphQLRequestPolicies.IsAuthenticated"/>).
    /// </summary>
    public Func<HttpContext, bool> AllowAdHocDocuments { get; set; } = GraphQLRequestPolicies.IsAuthenticated;

    /// <summary>Another store than the file system (e.g. a database); null reads <see cref="Folder"/>.</summary>
    public IPersistedDocumentStore? Store { get; set; }
}

/// <summary>The document id conventions accepted in requests.</summary>
public static class PersistedDocumentIds
{
    private const string Sha256Prefix = "sha256:";

    /// <summary>
    /// Strips the GraphQL-over-HTTP trusted-documents prefix <c>sha256:</c> and lower-cases a SHA-256 hex id, so
    /// <c>sha256:ABC…</c>, <c>abc…</c> and Apollo's <c>sha256Hash</c> name one document.
    /// </summary>
    public static string Normalize(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        var id = documentId.StartsWith(Sha256Prefix, StringComparison.OrdinalIgnoreCase) ? documentId[Sha256Prefix.Length..] : documentId;
        return id.Length == 64 && IsHex(id) ? id.ToLowerInvariant() : id;
    }

    /// <summary>Ids are file names: letters, digits, '-' and '_' only, so an id can never leave the store's folder.</summary>
    public static bool IsWellFormed(string documentId)
    {
        if (documentId.Length is 0 or > 128) return false;
        foreach (var c in documentId)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return false;
        return true;
    }

    private static bool IsHex(string text)
    {
        foreach (var c in text)
            if (!char.IsAsciiHexDigit(c)) return false;
        return true;
    }
}

/// <summary>Predicates for the request policies (persisted-only mode, introspection).</summary>
public static class GraphQLRequestPolicies
{
    /// <summary>True for callers the authentication middleware identified.</summary>
    public static bool IsAuthenticated(HttpContext context) => context.User.Identity?.IsAuthenticated == true;
}

/// <summary>HotChocolate's persisted-document errors (codes <c>HC0020</c> and <c>HC0067</c>).</summary>
internal static class PersistedDocumentErrors
{
    public static readonly Execution.ExecutionResult OnlyPersistedAllowed =
        HttpRequestErrors.Create("Only persisted operations are allowed.", Analysis.AnalysisErrorCodes.OnlyPersistedDocumentsAllowed);

    public static Execution.ExecutionResult NotFound(string requestedKey) =>
        Execution.ExecutionResult.FromError(new GraphQLError("The specified persisted operation key is invalid.", extensions: new Dictionary<string, object?>
        {
            ["code"] = Analysis.AnalysisErrorCodes.PersistedDocumentNotFound,
            ["requestedKey"] = requestedKey,
        }));
}
