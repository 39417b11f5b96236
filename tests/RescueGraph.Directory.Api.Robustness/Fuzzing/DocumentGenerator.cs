using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace RescueGraph.Directory.Api.Robustness.Fuzzing;

/// <summary>A generated operation: its text and the variables it declares.</summary>
public sealed record GeneratedDocument(string Query, JsonObject Variables, bool IsMutation);

/// <summary>
/// Random operations that are valid against the schema (or close to it): random root fields and selections up to
/// a small depth, random arguments of the right types, some passed as variables. All randomness comes from the
/// <see cref="Random"/> it is given, so a seed reproduces the documents.
/// </summary>
public sealed class DocumentGenerator(SchemaModel schema, Random random)
{
    private const int MaxDepth = 4;

    /// <summary>Strings with no trace of internals in them (the response check looks for those, and errors echo input).</summary>
    public static readonly string[] Strings =
    [
        "", "a", "Jindo", "Gimhae", "jindo-love-rescue", "진돗개", "Firenze", "🐕", "O'Brien", "line\nbreak", "tab\tin",
        "quote\"inside", "back\\slash", "%", "_", "%%__", "x".PadRight(300, 'x'), "null", "true", "0", "-1", "1e9",
        "QW5pbWFsOjE=", "Q2VudGVyOjE=", "T3JnYW5pemF0aW9uOjE=", "bm9wZQ==", "not-base64!", "2018-03-28", "2018-03-28T00:00:00Z",
        "https://example.org/dog.jpg", "javascript:alert(1)", "\u0000", "\uFEFF", "\u202Eabc", "Z\u0308", "\uD83D\uDE00",
    ];

    private readonly StringBuilder _text = new();
    private JsonObject _variables = new();
    private List<string> _variableDefinitions = [];

    public GeneratedDocument Generate()
    {
        _text.Clear();
        _variables = new JsonObject();
        _variableDefinitions = [];
        var mutation = schema.MutationType is not null && random.Next(5) == 0;
        var root = schema[mutation ? schema.MutationType! : schema.QueryType];

        var body = new StringBuilder();
        var fieldCount = 1 + random.Next(3);
        for (var i = 0; i < fieldCount; i++) body.Append(Field(root, 0, useVariables: random.Next(3) == 0));

        var header = new StringBuilder(mutation ? "mutation" : random.Next(2) == 0 ? "query" : "");
        if (header.Length > 0 && random.Next(2) == 0) header.Append(" Op").Append(random.Next(100).ToString(CultureInfo.InvariantCulture));
        if (_variableDefinitions.Count > 0)
        {
            if (header.Length == 0) header.Append("query");
            header.Append('(').Append(string.Join(", ", _variableDefinitions)).Append(')');
        }
        return new GeneratedDocument($"{header} {{{body} }}".TrimStart(), _variables, mutation);
    }

    private string Field(TypeInfo parent, int depth, bool useVariables)
    {
        var candidates = parent.Fields;
        if (candidates.Length == 0) return " __typename";
        var field = candidates[random.Next(candidates.Length)];
        var text = new StringBuilder(" ");
        if (random.Next(6) == 0) text.Append('a').Append(random.Next(1000).ToString(CultureInfo.InvariantCulture)).Append(": ");
        text.Append(field.Name);

        var arguments = new List<string>();
        foreach (var argument in field.Args)
        {
            var required = argument.Type.Kind == "NON_NULL";
            if (!required && random.Next(3) != 0) continue;
            if (useVariables && random.Next(2) == 0)
            {
                var variable = "v" + _variableDefinitions.Count.ToString(CultureInfo.InvariantCulture);
                _variableDefinitions.Add($"${variable}: {argument.Type}");
                _variables[variable] = JsonValue(argument.Type, 0);
                arguments.Add($"{argument.Name}: ${variable}");
            }
            else
            {
                arguments.Add($"{argument.Name}: {Literal(argument.Type, 0)}");
            }
        }
        if (arguments.Count > 0) text.Append('(').Append(string.Join(", ", arguments)).Append(')');
        text.Append(Selection(field.Type.Named.Name!, depth + 1, useVariables));
        return text.ToString();
    }

    private string Selection(string typeName, int depth, bool useVariables)
    {
        var type = schema[typeName];
        switch (type.Kind)
        {
            case "OBJECT":
                if (depth >= MaxDepth) return LeafSelection(type);
                var fields = new StringBuilder(" {");
                var count = 1 + random.Next(3);
                for (var i = 0; i < count; i++) fields.Append(Field(type, depth, useVariables));
                return fields.Append(" }").ToString();
            case "INTERFACE" or "UNION":
                var possible = type.PossibleTypes;
                var chosen = possible.Length == 0 ? null : possible[random.Next(possible.Length)];
                if (chosen is null || depth >= MaxDepth) return " { __typename }";
                return $" {{ __typename ... on {chosen}{Selection(chosen, depth, useVariables)} }}";
            default:
                return "";
        }
    }

    /// <summary>At the depth limit: only leaf fields without required arguments, so the document stays valid.</summary>
    private static string LeafSelection(TypeInfo type)
    {
        foreach (var field in type.Fields)
            if (field.Type.Named.Name is { } name && name.StartsWith("__", StringComparison.Ordinal) == false
                && field.Args.All(a => a.Type.Kind != "NON_NULL") && IsLeafKind(field.Type))
                return $" {{ {field.Name} }}";
        return " { __typename }";
    }

    private static bool IsLeafKind(TypeRef type) => type.Named.Kind is "SCALAR" or "ENUM";

    /// <summary>A GraphQL literal of <paramref name="type"/>.</summary>
    public string Literal(TypeRef type, int depth)
    {
        switch (type.Kind)
        {
            case "NON_NULL":
                return Literal(type.OfType!, depth);
            case "LIST":
                var items = random.Next(4);
                return "[" + string.Join(", ", Enumerable.Range(0, items).Select(_ => Literal(type.OfType!, depth + 1))) + "]";
        }
        var named = schema[type.Name!];
        switch (named.Kind)
        {
            case "ENUM":
                return named.EnumValues[random.Next(named.EnumValues.Length)];
            case "INPUT_OBJECT":
                if (depth > 3) return "{}";
                var fields = ChooseInputFields(named);
                return "{" + string.Join(", ", fields.Select(f => $"{f.Name}: {Literal(f.Type, depth + 1)}")) + "}";
            default:
                return ScalarLiteral(named.Name);
        }
    }

    /// <summary>A JSON variable value of <paramref name="type"/>.</summary>
    public JsonNode? JsonValue(TypeRef type, int depth)
    {
        switch (type.Kind)
        {
            case "NON_NULL":
                return JsonValue(type.OfType!, depth);
            case "LIST":
                var array = new JsonArray();
                var items = random.Next(4);
                for (var i = 0; i < items; i++) array.Add(JsonValue(type.OfType!, depth + 1));
                return array;
        }
        var named = schema[type.Name!];
        switch (named.Kind)
        {
            case "ENUM":
                return named.EnumValues[random.Next(named.EnumValues.Length)];
            case "INPUT_OBJECT":
                var obj = new JsonObject();
                if (depth > 3) return obj;
                foreach (var field in ChooseInputFields(named)) obj[field.Name] = JsonValue(field.Type, depth + 1);
                return obj;
            default:
                return JsonNode.Parse(ScalarJson(named.Name));
        }
    }

    private IEnumerable<InputValue> ChooseInputFields(TypeInfo inputType)
    {
        if (inputType.IsOneOf) return inputType.InputFields.Length == 0 ? [] : [inputType.InputFields[random.Next(inputType.InputFields.Length)]];
        return inputType.InputFields.Where(f => f.Type.Kind == "NON_NULL" || random.Next(4) == 0);
    }

    private string ScalarLiteral(string scalar) => scalar switch
    {
        "Int" => SmallInt(),
        "Float" => (random.NextDouble() * 200 - 100).ToString("0.###", CultureInfo.InvariantCulture),
        "Boolean" => random.Next(2) == 0 ? "true" : "false",
        _ => Quote(ScalarText(scalar)),
    };

    private string ScalarJson(string scalar) => scalar switch
    {
        "Int" => SmallInt(),
        "Float" => (random.NextDouble() * 200 - 100).ToString("0.###", CultureInfo.InvariantCulture),
        "Boolean" => random.Next(2) == 0 ? "true" : "false",
        _ => System.Text.Json.JsonSerializer.Serialize(ScalarText(scalar)),
    };

    private string SmallInt() => (random.Next(10) == 0 ? random.Next(-5, 200) : random.Next(1, 11)).ToString(CultureInfo.InvariantCulture);

    private string ScalarText(string scalar) => scalar switch
    {
        "Date" => random.Next(4) == 0 ? "2031-02-30" : "2018-03-28",
        "DateTime" => random.Next(4) == 0 ? "yesterday" : "2021-10-12T08:30:00Z",
        "UUID" => random.Next(4) == 0 ? "not-a-uuid" : "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "URL" => random.Next(4) == 0 ? "::nope" : "https://example.org/a",
        "Long" => random.Next(4) == 0 ? "99999999999999999999999" : "123456789012",
        "Decimal" => "12.50",
        _ => Strings[random.Next(Strings.Length)],
    };

    /// <summary>A GraphQL string literal (JSON escaping is valid GraphQL string escaping).</summary>
    public static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
