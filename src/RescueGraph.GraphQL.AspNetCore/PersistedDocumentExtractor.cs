using System.Text.Encodings.Web;
using System.Text.Json;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Validation;

namespace RescueGraph.GraphQL.AspNetCore;

/// <summary>One document handled by <see cref="PersistedDocumentExtractor"/>.</summary>
/// <param name="SourcePath">The <c>.graphql</c> file it came from.</param>
/// <param name="Id">Lower-case SHA-256 hex of <paramref name="Body"/>; null when the document is invalid.</param>
/// <param name="Body">The normalised (printed) document; null when it did not parse.</param>
/// <param name="Errors">Syntax or validation errors; empty for a persisted document.</param>
public sealed record ExtractedDocument(string SourcePath, string? Id, string? Body, IReadOnlyList<GraphQLError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Turns the <c>.graphql</c> files of a partner site or app into trusted documents: each is parsed, validated
/// against the schema, normalised by printing, hashed (SHA-256 of the printed text) and written as
/// <c>&lt;hash&gt;.graphql</c>, plus a manifest in Apollo's persisted-query manifest format
/// (<c>persisted-documents.json</c>). Invalid documents are reported and not written.
/// </summary>
public sealed class PersistedDocumentExtractor(Schema schema)
{
    public const string ManifestFileName = "persisted-documents.json";

    private readonly Schema _schema = schema ?? throw new ArgumentNullException(nameof(schema));

    /// <summary>Checks and normalises one document's text without writing anything.</summary>
    public ExtractedDocument Prepare(string sourcePath, string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLError syntaxError)
        {
            return new ExtractedDocument(sourcePath, null, null, [syntaxError]);
        }
        var errors = DocumentValidator.Validate(_schema, document);
        var body = Printer.Print(document);
        return errors.Count > 0
            ? new ExtractedDocument(sourcePath, null, body, errors)
            : new ExtractedDocument(sourcePath, RequestExecutor.ComputeHash(body), body, errors);
    }

    /// <summary>
    /// Extracts every file in <paramref name="sourceFiles"/> (files, or folders searched for <c>*.graphql</c>) into
    /// <paramref name="outputFolder"/> and writes the manifest; returns every document, valid or not.
    /// </summary>
    public async Task<IReadOnlyList<ExtractedDocument>> ExtractAsync(
        IEnumerable<string> sourceFiles, string outputFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceFiles);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        var results = new List<ExtractedDocument>();
        foreach (var path in ExpandSources(sourceFiles))
            results.Add(Prepare(path, await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)));

        Directory.CreateDirectory(outputFolder);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in results)
        {
            if (!document.IsValid || !written.Add(document.Id!)) continue;
            await File.WriteAllTextAsync(Path.Combine(outputFolder, document.Id + ".graphql"), document.Body, cancellationToken).ConfigureAwait(false);
        }
        await WriteManifestAsync(results, Path.Combine(outputFolder, ManifestFileName), cancellationToken).ConfigureAwait(false);
        return results;
    }

    private static IEnumerable<string> ExpandSources(IEnumerable<string> sources)
    {
        foreach (var source in sources)
        {
            if (Directory.Exists(source))
            {
                var files = Directory.GetFiles(source, "*.graphql", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files) yield return file;
            }
            else
            {
                yield return source;
            }
        }
    }

    private static async Task WriteManifestAsync(List<ExtractedDocument> documents, string path, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("format", "apollo-persisted-query-manifest");
        writer.WriteNumber("version", 1);
        writer.WriteStartArray("operations");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!document.IsValid || !seen.Add(document.Id!)) continue;
            var operation = FirstOperation(Parser.Parse(document.Body!));
            writer.WriteStartObject();
            writer.WriteString("id", document.Id);
            writer.WriteString("name", operation?.Name?.Value);
            writer.WriteString("type", operation?.Operation.ToString().ToLowerInvariant());
            writer.WriteString("body", document.Body);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static OperationDefinitionNode? FirstOperation(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
            if (definition is OperationDefinitionNode operation) return operation;
        return null;
    }
}
