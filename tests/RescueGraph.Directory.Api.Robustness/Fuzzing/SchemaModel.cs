using System.Text.Json.Nodes;

namespace RescueGraph.Directory.Api.Robustness.Fuzzing;

/// <summary>A type reference as introspection gives it: NON_NULL and LIST wrap a named type.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public TypeRef Named => OfType is null ? this : OfType.Named;

    public override string ToString() => Kind switch
    {
        "NON_NULL" => OfType + "!",
        "LIST" => "[" + OfType + "]",
        _ => Name!,
    };

    public static TypeRef From(JsonNode node) =>
        new(node["kind"]!.GetValue<string>(), node["name"]?.GetValue<string>(), node["ofType"] is { } inner ? From(inner) : null);
}

public sealed record InputValue(string Name, TypeRef Type);

public sealed record FieldInfo(string Name, InputValue[] Args, TypeRef Type);

public sealed record TypeInfo(string Name, string Kind, FieldInfo[] Fields, InputValue[] InputFields, string[] EnumValues,
    string[] PossibleTypes, bool IsOneOf);

/// <summary>The served schema as the fuzzer sees it, read through introspection like any client would.</summary>
public sealed class SchemaModel
{
    public const string IntrospectionQuery = """
        query Fuzz {
          __schema {
            queryType { name } mutationType { name }
            types {
              name kind isOneOf
              fields(includeDeprecated: true) { name args(includeDeprecated: true) { name type { ...T } } type { ...T } }
              inputFields(includeDeprecated: true) { name type { ...T } }
              enumValues(includeDeprecated: true) { name }
              possibleTypes { name }
            }
          }
        }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private SchemaModel(Dictionary<string, TypeInfo> types, string queryType, string? mutationType)
    {
        Types = types;
        QueryType = queryType;
        MutationType = mutationType;
    }

    public IReadOnlyDictionary<string, TypeInfo> Types { get; }
    public string QueryType { get; }
    public string? MutationType { get; }

    public TypeInfo this[string name] => Types[name];

    public static SchemaModel FromIntrospection(JsonNode response)
    {
        var schema = response["data"]!["__schema"]!;
        var types = new Dictionary<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in schema["types"]!.AsArray())
        {
            var name = type!["name"]!.GetValue<string>();
            types[name] = new TypeInfo(
                name,
                type["kind"]!.GetValue<string>(),
                type["fields"] is JsonArray fields
                    ? [.. fields.Select(f => new FieldInfo(f!["name"]!.GetValue<string>(), InputValues(f["args"]), TypeRef.From(f["type"]!)))]
                    : [],
                InputValues(type["inputFields"]),
                type["enumValues"] is JsonArray values ? [.. values.Select(v => v!["name"]!.GetValue<string>())] : [],
                type["possibleTypes"] is JsonArray possible ? [.. possible.Select(p => p!["name"]!.GetValue<string>())] : [],
                type["isOneOf"]?.GetValue<bool>() ?? false);
        }
        return new SchemaModel(types, schema["queryType"]!["name"]!.GetValue<string>(), schema["mutationType"]?["name"]?.GetValue<string>());
    }

    private static InputValue[] InputValues(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(a => new InputValue(a!["name"]!.GetValue<string>(), TypeRef.From(a["type"]!)))] : [];
}
