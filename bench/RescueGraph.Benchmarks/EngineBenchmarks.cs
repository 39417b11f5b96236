using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation;

namespace RescueGraph.Benchmarks;

/// <summary>
/// The engine's three reference cases, each doing what bench/engine/graphql-js-bench.mjs does with
/// graphql-js: parse + validate a 2 KB query with fragments (no document cache), and execute a parsed
/// document over in-memory data, serializing the result to JSON.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Schema _schema = null!;
    private string _query2Kb = null!;
    private DocumentNode _listDocument = null!;
    private DocumentNode _introspectionDocument = null!;
    private Dictionary<string, object?> _rootValue = null!;
    private readonly ArrayBufferWriter<byte> _output = new(256 * 1024);
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = SdlSchemaBuilder.Build(EngineBenchmarkData.ReadCase("schema.graphql"));
        _query2Kb = EngineBenchmarkData.ReadCase("query-2kb.graphql");
        _listDocument = Parser.Parse(EngineBenchmarkData.ReadCase("list-100x10.graphql"));
        _introspectionDocument = Parser.Parse(IntrospectionQuery.Text);
        _rootValue = new Dictionary<string, object?> { ["animals"] = EngineBenchmarkData.Animals(100) };
        _writer = new Utf8JsonWriter(_output);

        if (DocumentValidator.Validate(_schema, Parser.Parse(_query2Kb)).Count != 0)
            throw new InvalidOperationException("The 2 KB query must be valid.");
    }

    [Benchmark]
    public int ParseAndValidate2KB() => DocumentValidator.Validate(_schema, Parser.Parse(_query2Kb)).Count;

    [Benchmark]
    public async Task<int> Execute100x10() => await ExecuteAndWriteAsync(_listDocument, _rootValue);

    [Benchmark]
    public async Task<int> Introspection() => await ExecuteAndWriteAsync(_introspectionDocument, null);

    private async ValueTask<int> ExecuteAndWriteAsync(DocumentNode document, object? rootValue)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = _schema, Document = document, RootValue = rootValue });
        _output.ResetWrittenCount();
        _writer.Reset(_output);
        ExecutionResultWriter.Write(_writer, result);
        _writer.Flush();
        return _output.WrittenCount;
    }
}
