using System.CommandLine;
using RescueGraph.Directory.Api.GraphQL;
using RescueGraph.GraphQL.AspNetCore;

namespace RescueGraph.Directory.Api.Commands;

/// <summary>
/// <c>persisted extract &lt;files or folders&gt; [--output schema/persisted]</c>: validates a partner site's or app's
/// documents against the directory schema and stores them as trusted documents (<c>&lt;sha256&gt;.graphql</c> plus
/// the manifest <c>persisted-documents.json</c>), for requests by <c>id</c>/<c>documentId</c>.
/// </summary>
internal static class PersistedCommand
{
    public const string DefaultOutput = "schema/persisted";

    public static Command Create()
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = ".graphql files, or folders searched for them (relative paths from the repository root).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder to write the documents and the manifest to; a relative path is taken from the repository root. " +
                          $"Default: {DefaultOutput} (the server's GraphQL:PersistedDocuments:Folder).",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var extract = new Command("extract", "Validate, hash (SHA-256) and store documents as trusted (persisted) documents.") { sources, output };
        extract.SetAction(async (parseResult, cancellationToken) =>
        {
            var files = parseResult.GetValue(sources)!;
            var paths = new string[files.Length];
            for (var i = 0; i < files.Length; i++)
            {
                paths[i] = CommandConfiguration.FromRepositoryRoot(files[i]);
                if (!File.Exists(paths[i]) && !System.IO.Directory.Exists(paths[i]))
                {
                    Console.Error.WriteLine($"Not found: {paths[i]}");
                    return 1;
                }
            }
            var outputFolder = CommandConfiguration.FromRepositoryRoot(parseResult.GetValue(output)!);
            var extracted = await new PersistedDocumentExtractor(DirectorySchema.Build()).ExtractAsync(paths, outputFolder, cancellationToken);
            return Report(extracted, outputFolder);
        });
        return new Command("persisted", "Work with trusted (persisted) documents.") { extract };
    }

    private static int Report(IReadOnlyList<ExtractedDocument> documents, string outputFolder)
    {
        var invalid = 0;
        foreach (var document in documents)
        {
            if (document.IsValid)
            {
                Console.WriteLine($"{document.Id}  {document.SourcePath}");
                continue;
            }
            invalid++;
            Console.Error.WriteLine($"Invalid, not stored: {document.SourcePath}");
            foreach (var error in document.Errors) Console.Error.WriteLine($"  {error.Message}");
        }
        Console.WriteLine($"Stored {documents.Count - invalid} document(s) in {outputFolder}" + (invalid > 0 ? $"; {invalid} invalid." : "."));
        if (documents.Count == 0) Console.Error.WriteLine("No .graphql files found.");
        return invalid > 0 || documents.Count == 0 ? 1 : 0;
    }
}
