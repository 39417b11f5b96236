using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Tests.Introspection;

/// <summary>
/// Port of graphql-js 16 <c>introspection-test.ts</c>. The expected files under <c>Expected/</c> were produced
/// by graphql-js 16.15.0 (<c>getIntrospectionQuery</c> with every option, <c>graphqlSync</c> over
/// <c>buildSchema(introspection-schema.graphql)</c>).
/// </summary>
public class IntrospectionTests
{
    private static string ExpectedFile(string name, [CallerFilePath] string thisFile = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile)!, "Expected", name));

    private static readonly Schema RescueSchema = SdlSchemaBuilder.Build(ExpectedFile("introspection-schema.graphql"));

    private static async Task<string> ExecuteToJson(Schema schema, string query, FieldResolver? defaultResolver = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse(query),
            DefaultFieldResolver = defaultResolver,
        });
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) ExecutionResultWriter.Write(writer, result);
        return Normalize(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Re-serializes JSON with one set of options, keeping property order, so only content differences remain.</summary>
    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    [Fact]
    public void QueryTextMatchesGraphQLJsWithEveryOptionOn() =>
        Assert.Equal(ExpectedFile("introspection-query.txt"), IntrospectionQuery.Text);

    [Fact]
    public void QueryTextMatchesGraphQLJsWithDefaultOptions() =>
        Assert.Equal(ExpectedFile("introspection-query-default.txt"), IntrospectionQuery.Build(new IntrospectionQueryOptions()));

    [Fact]
    public void QueryTextRejectsAnUnreasonableTypeDepth() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IntrospectionQuery.Build(new IntrospectionQueryOptions { TypeDepth = 101 }));

    [Fact]
    public async Task FullIntrospectionIsIdenticalToGraphQLJs()
    {
        var actual = await ExecuteToJson(RescueSchema, IntrospectionQuery.Text);
        Assert.Equal(Normalize(ExpectedFile("full-introspection.json")), actual);
    }

    [Fact]
    public async Task ExecutesWithoutCallingTheDefaultFieldResolver()
    {
        // Introspection fields carry their own resolvers; the schema's default must never be needed.
        FieldResolver failing = _ => throw new InvalidOperationException("default resolver called");
        var actual = await ExecuteToJson(RescueSchema, IntrospectionQuery.Text, failing);
        Assert.Equal(Normalize(ExpectedFile("full-introspection.json")), actual);
    }

    [Fact]
    public async Task RespectsIncludeDeprecatedForEnumValues()
    {
        var json = await ExecuteToJson(RescueSchema, """
            {
              __type(name: "Species") {
                current: enumValues { name }
                all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason }
                explicitFalse: enumValues(includeDeprecated: false) { name }
              }
            }
            """);
        Assert.Equal(Normalize("""
            {"data":{"__type":{
              "current":[{"name":"DOG"},{"name":"CAT"}],
              "all":[
                {"name":"DOG","isDeprecated":false,"deprecationReason":null},
                {"name":"CAT","isDeprecated":false,"deprecationReason":null},
                {"name":"HORSE","isDeprecated":true,"deprecationReason":"Horses are listed elsewhere."},
                {"name":"RABBIT","isDeprecated":true,"deprecationReason":"No longer supported"}],
              "explicitFalse":[{"name":"DOG"},{"name":"CAT"}]}}}
            """), json);
    }

    [Fact]
    public async Task RespectsIncludeDeprecatedForFieldsArgumentsAndInputFields()
    {
        var json = await ExecuteToJson(RescueSchema, """
            {
              animal: __type(name: "Animal") { fields { name } }
              center: __type(name: "Center") {
                fields { name args { name } allArgs: args(includeDeprecated: true) { name } }
              }
              filter: __type(name: "AnimalFilter") {
                inputFields { name }
                allInputFields: inputFields(includeDeprecated: true) { name isDeprecated }
              }
            }
            """);
        Assert.Equal(Normalize("""
            {"data":{
              "animal":{"fields":[{"name":"id"},{"name":"bornAt"},{"name":"name"},{"name":"species"},{"name":"nicknames"},{"name":"photos"}]},
              "center":{"fields":[
                {"name":"id","args":[],"allArgs":[]},
                {"name":"name","args":[],"allArgs":[]},
                {"name":"animals","args":[{"name":"filter"},{"name":"first"}],"allArgs":[{"name":"filter"},{"name":"first"},{"name":"legacy"}]}]},
              "filter":{
                "inputFields":[{"name":"species"},{"name":"minAge"},{"name":"maxAge"},{"name":"name"}],
                "allInputFields":[
                  {"name":"species","isDeprecated":false},{"name":"minAge","isDeprecated":false},{"name":"maxAge","isDeprecated":false},
                  {"name":"name","isDeprecated":false},{"name":"old","isDeprecated":true}]}}}
            """), json);
    }

    [Fact]
    public async Task RespectsIncludeDeprecatedForDirectives()
    {
        var old = new DirectiveDefinition("old", [DirectiveLocation.Field]) { DeprecationReason = "Use @new." };
        var current = new DirectiveDefinition("new", [DirectiveLocation.Field]);
        var query = new ObjectType("Query", () => [new FieldDefinition("ok", Scalars.Boolean)]);
        var schema = new Schema(query, directives: [old, current]);

        var json = await ExecuteToJson(schema, """
            {
              __schema {
                current: directives { name }
                all: directives(includeDeprecated: true) { name isDeprecated deprecationReason locations }
              }
            }
            """);
        Assert.Equal(Normalize("""
            {"data":{"__schema":{
              "current":[{"name":"new"}],
              "all":[
                {"name":"old","isDeprecated":true,"deprecationReason":"Use @new.","locations":["FIELD"]},
                {"name":"new","isDeprecated":false,"deprecationReason":null,"locations":["FIELD"]}]}}}
            """), json);
    }

    [Fact]
    public async Task IdentifiesWrapperTypesAndUnknownTypes()
    {
        var json = await ExecuteToJson(RescueSchema, """
            {
              animal: __type(name: "Animal") {
                fields(includeDeprecated: true) { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
              }
              missing: __type(name: "Missing") { name }
              __typename
            }
            """);
        using var document = JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
        Assert.Equal("Query", data.GetProperty("__typename").GetString());
        var nicknames = data.GetProperty("animal").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "nicknames");
        Assert.Equal(
            """{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"String"}}}}""",
            JsonSerializer.Serialize(nicknames.GetProperty("type")));
    }

    [Fact]
    public async Task ExposesIntrospectionTypesThemselves()
    {
        var json = await ExecuteToJson(RescueSchema, """
            {
              __type(name: "__Schema") {
                name
                fields { name args { name type { kind ofType { name } } defaultValue } }
              }
            }
            """);
        Assert.Contains("\"name\": \"directives\"", json);
        Assert.Contains("\"name\": \"includeDeprecated\"", json);
        Assert.Contains("\"defaultValue\": \"false\"", json);
    }
}
