using System.Text;
using System.Text.Json;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Runs documents and renders results as the JSON a client would see, so tests compare whole responses.</summary>
internal static class ExecutionTestHelper
{
    /// <summary>Executes without validation (like graphql-js's execute), rendering the result as JSON.</summary>
    public static async Task<string> ExecuteAsync(
        Schema schema,
        string document,
        object? rootValue = null,
        string? variablesJson = null,
        string? operationName = null,
        CancellationToken cancellationToken = default)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse(document),
            RootValue = rootValue,
            VariableValues = variablesJson is null ? null : (IReadOnlyDictionary<string, object?>?)JsonValues.Parse(variablesJson),
            OperationName = operationName,
            CancellationToken = cancellationToken,
        });
        return ToJson(result);
    }

    /// <summary>Parses, validates and executes like graphql-js's graphql().</summary>
    public static async Task<string> RunAsync(Schema schema, string query, object? rootValue = null, string? variablesJson = null, string? operationName = null)
    {
        var executor = new RequestExecutor(schema);
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            RootValue = rootValue,
            Variables = variablesJson is null ? null : (IReadOnlyDictionary<string, object?>?)JsonValues.Parse(variablesJson),
            OperationName = operationName,
        }, CancellationToken.None);
        return ToJson(result);
    }

    public static string ToJson(ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) ExecutionResultWriter.Write(writer, result);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>JSON written with single quotes for readability in tests, normalised to real JSON.</summary>
    public static string Json(string singleQuoted)
    {
        using var document = JsonDocument.Parse(singleQuoted.Replace('\'', '"'));
        return JsonSerializer.Serialize(document.RootElement);
    }

    public static object? Data(string json) => JsonValues.Parse(json.Replace('\'', '"'));

    public static void SetResolver(Schema schema, string typeName, string fieldName, FieldResolver resolver) =>
        ((FieldsContainerType)schema.GetType(typeName)!).GetField(fieldName)!.Resolver = resolver;

    public static Schema Sdl(string sdl) => SdlSchemaBuilder.Build(sdl);

    public static ValueTask<object?> Value(object? value) => new(value);
}

/// <summary>A response split into its data JSON and its errors' paths (sorted), for results whose error order depends on timing.</summary>
internal sealed record ResponseShape(string? Data, string[] ErrorPaths, string[] ErrorMessages)
{
    public static ResponseShape Of(string responseJson)
    {
        using var document = System.Text.Json.JsonDocument.Parse(responseJson);
        var root = document.RootElement;
        var data = root.TryGetProperty("data", out var dataElement) ? System.Text.Json.JsonSerializer.Serialize(dataElement) : null;
        var paths = new List<string>();
        var messages = new List<string>();
        if (root.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                messages.Add(error.GetProperty("message").GetString()!);
                paths.Add(error.TryGetProperty("path", out var path) ? string.Join(".", path.EnumerateArray().Select(p => p.ToString())) : "");
            }
        }
        paths.Sort(StringComparer.Ordinal);
        messages.Sort(StringComparer.Ordinal);
        return new ResponseShape(data, [.. paths], [.. messages]);
    }
}
