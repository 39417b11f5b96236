using System.Text;
using System.Text.Json;
using RescueGraph.GraphQL;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Conformance;

/// <summary>
/// Runs conformance cases (JSON lines: id, schema, document, variables, operationName, rootValue)
/// through the engine and prints one JSON line per case: {"id":..,"result":{..}} where result is
/// exactly what <see cref="ExecutionResultWriter"/> writes, so compare.mjs can diff it against graphql-js.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var runner = new CaseRunner();
        using var stdout = Console.OpenStandardOutput();
        if (args.Length == 0)
        {
            await runner.RunLinesAsync(Console.In, stdout);
        }
        else
        {
            foreach (var path in args)
            {
                using var reader = new StreamReader(path, Encoding.UTF8);
                await runner.RunLinesAsync(reader, stdout);
            }
        }
        return 0;
    }
}

internal sealed class CaseRunner
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    // Most cases share a handful of schemas; building each SDL (and its executor) once keeps the run fast.
    private readonly Dictionary<string, ExecutorOrErrors> _executors = new(StringComparer.Ordinal);

    public async Task RunLinesAsync(TextReader reader, Stream output)
    {
        var buffer = new MemoryStream();
        string? line;
        while ((line = await reader.ReadLineAsync()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                await RunCaseAsync(line, writer);
            }
            buffer.Write(NewLine);
            buffer.Position = 0;
            await buffer.CopyToAsync(output);
            await output.FlushAsync();
        }
    }

    private async Task RunCaseAsync(string line, Utf8JsonWriter writer)
    {
        using var caseDocument = JsonDocument.Parse(line);
        var root = caseDocument.RootElement;

        writer.WriteStartObject();
        writer.WritePropertyName("id");
        root.GetProperty("id").WriteTo(writer);
        writer.WritePropertyName("result");

        var executorOrErrors = GetExecutor(root.GetProperty("schema").GetString()!);
        if (executorOrErrors.Errors is { } schemaErrors)
        {
            WriteErrorsOnly(writer, schemaErrors);
        }
        else
        {
            try
            {
                var result = await executorOrErrors.Executor!.ExecuteAsync(new GraphQLRequest
                {
                    Query = root.GetProperty("document").GetString()!,
                    OperationName = OptionalString(root, "operationName"),
                    Variables = (IReadOnlyDictionary<string, object?>?)OptionalJson(root, "variables"),
                    RootValue = OptionalJson(root, "rootValue"),
                }, CancellationToken.None);
                ExecutionResultWriter.Write(writer, result);
            }
            catch (Exception ex)
            {
                // An engine crash must show up as a disagreement, not abort the whole run.
                WriteErrorsOnly(writer, [new GraphQLError("Engine threw " + ex.GetType().Name + ": " + ex.Message)]);
            }
        }

        writer.WriteEndObject();
    }

    private ExecutorOrErrors GetExecutor(string sdl)
    {
        if (_executors.TryGetValue(sdl, out var cached))
        {
            return cached;
        }

        ExecutorOrErrors built;
        try
        {
            built = new ExecutorOrErrors(new RequestExecutor(SdlSchemaBuilder.Build(sdl)), null);
        }
        catch (SchemaValidationException ex)
        {
            built = new ExecutorOrErrors(null, ex.Errors);
        }
        catch (GraphQLError ex)
        {
            // A syntax error in the SDL itself.
            built = new ExecutorOrErrors(null, [ex]);
        }
        _executors[sdl] = built;
        return built;
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static object? OptionalJson(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? JsonValues.FromJson(value) : null;

    /// <summary>Writes a request-error response shaped like the spec's (section 7.1.2) errors entry.</summary>
    private static void WriteErrorsOnly(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations.Count > 0)
            {
                writer.WriteStartArray("locations");
                foreach (var location in error.Locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private readonly record struct ExecutorOrErrors(RequestExecutor? Executor, IReadOnlyList<GraphQLError>? Errors);
}
