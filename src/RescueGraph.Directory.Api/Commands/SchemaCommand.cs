using System.CommandLine;
using RescueGraph.Directory.Api.GraphQL;
using RescueGraph.Directory.Api.Hosting;

namespace RescueGraph.Directory.Api.Commands;

/// <summary><c>schema export [--output path]</c>: writes the directory schema's SDL (the committed <c>schema/schema.graphql</c>).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "File to write; a relative path is taken from the repository root (dotnet run starts in the project " +
                          "folder, so the shell's folder is unknown). Default: <repo>/schema/schema.graphql.",
            DefaultValueFactory = _ => RepositoryLayout.DefaultSchemaPath(),
        };
        var export = new Command("export", "Write the schema as SDL (with applied directives).") { output };
        export.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = CommandConfiguration.FromRepositoryRoot(parseResult.GetValue(output)!);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, DirectorySchema.PrintSdl(DirectorySchema.Build()), cancellationToken);
            Console.WriteLine($"Wrote {path}");
            return 0;
        });
        return new Command("schema", "Work with the GraphQL schema.") { export };
    }
}
