using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RescueGraph.Directory.Api.Robustness.Fuzzing;

/// <summary>
/// Breaks documents the way careless and hostile clients do: truncation, token deletion/duplication/swaps, deep
/// nesting, huge lists, literals of the wrong type, unicode and escape oddities, alias floods, fragment cycles,
/// directives in wrong places, several or missing operations. Returns the text and a name for the mutation.
/// </summary>
public sealed partial class DocumentMutator(Random random)
{
    [GeneratedRegex("""[A-Za-z_][A-Za-z0-9_]*|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\]|\\.)*"|\.\.\.|[{}()\[\]:$!@=,|&]""")]
    private static partial Regex TokenPattern();

    private static readonly string[] WrongLiterals =
    [
        "\"text\"", "123", "-0", "1.5", "1e400", "99999999999999999999999999", "-2147483649", "2147483648", "true", "null",
        "ENUM_VALUE", "{}", "{a: 1}", "[]", "[[[]]]", "$undefined", "\"\\u0000\"", "\"\\uD800\"", "\"\\u{110000}\"", "\"\\u{1F415}\"",
        "\"\"\"block \\\"\"\" string\"\"\"", "0x10", "1_000", ".5", "NaN", "Infinity",
    ];

    private static readonly string[] UnicodeOddities =
    [
        "\u0000", "\uFEFF", "\u200B", "\u202E", "\uD800", "\uDFFF", "\uFFFF", "🐕", "진돗개", "\u0301", "\r", "\r\n", "\u2028", "\t", "\v", "\f",
        "\\", "\\u", "\\u{", "\\uZZZZ", "\"", "\"\"\"", "#", "\u00A0",
    ];

    private delegate string Mutation(string document);

    public (string Document, string Kind) Mutate(string document)
    {
        var mutations = new (string Kind, Mutation Apply)[]
        {
            ("truncate", Truncate), ("delete-token", DeleteToken), ("duplicate-token", DuplicateToken), ("swap-tokens", SwapTokens),
            ("deep-selection", _ => DeepSelection()), ("deep-list-value", _ => DeepValue('[', ']')),
            ("deep-object-value", _ => DeepObjectValue()), ("huge-list", _ => HugeList()), ("wrong-literal", WrongLiteral),
            ("unicode", InsertUnicode), ("alias-flood", _ => AliasFlood()), ("fragment-cycle", _ => FragmentCycle()),
            ("misplaced-directive", MisplacedDirective), ("operations", Operations), ("introspection-depth", _ => IntrospectionDepth()),
            ("variables", VariableMisuse), ("repeat", d => string.Concat(Enumerable.Repeat(d, 2 + random.Next(50)))),
        };
        var (kind, apply) = mutations[random.Next(mutations.Length)];
        return (apply(document), kind);
    }

    private string Truncate(string document) => document.Length <= 1 ? "" : document[..random.Next(document.Length)];

    private static List<Match> Tokens(string document) => TokenPattern().Matches(document).ToList();

    private string DeleteToken(string document)
    {
        var tokens = Tokens(document);
        if (tokens.Count == 0) return document;
        var token = tokens[random.Next(tokens.Count)];
        return document.Remove(token.Index, token.Length);
    }

    private string DuplicateToken(string document)
    {
        var tokens = Tokens(document);
        if (tokens.Count == 0) return document;
        var token = tokens[random.Next(tokens.Count)];
        var copies = random.Next(3) == 0 ? 1 + random.Next(2000) : 1;
        return document.Insert(token.Index, string.Concat(Enumerable.Repeat(token.Value + " ", copies)));
    }

    private string SwapTokens(string document)
    {
        var tokens = Tokens(document);
        if (tokens.Count < 2) return document;
        var a = tokens[random.Next(tokens.Count)];
        var b = tokens[random.Next(tokens.Count)];
        if (a.Index > b.Index) (a, b) = (b, a);
        if (a.Index == b.Index) return document;
        return document[..a.Index] + b.Value + document[(a.Index + a.Length)..b.Index] + a.Value + document[(b.Index + b.Length)..];
    }

    private int NestingDepth() => random.Next(4) switch
    {
        0 => 20 + random.Next(30),
        1 => 100 + random.Next(400),
        2 => 2000 + random.Next(3000),
        _ => 20000 + random.Next(30000),
    };

    private string DeepSelection()
    {
        var depth = NestingDepth();
        var field = random.Next(3) switch { 0 => "organizations", 1 => "__typename", _ => "nodes" };
        var text = new StringBuilder("{");
        for (var i = 0; i < depth; i++) text.Append(' ').Append(field).Append(" {");
        text.Append(" __typename");
        for (var i = 0; i < depth; i++) text.Append(" }");
        return text.Append(" }").ToString();
    }

    private string DeepValue(char open, char close)
    {
        var depth = NestingDepth();
        return $"{{ animals(first: 1, where: {{ name: {{ in: {new string(open, depth)}\"a\"{new string(close, depth)} }} }}) {{ nodes {{ id }} }} }}";
    }

    private string DeepObjectValue()
    {
        var depth = NestingDepth();
        var text = new StringBuilder("{ animals(first: 1, where: ");
        for (var i = 0; i < depth; i++) text.Append("{ and: [");
        text.Append("{}");
        for (var i = 0; i < depth; i++) text.Append("] }");
        return text.Append(") { nodes { id } } }").ToString();
    }

    private string HugeList()
    {
        var count = random.Next(2) == 0 ? 1000 + random.Next(5000) : 20000 + random.Next(60000);
        var item = random.Next(3) switch { 0 => "\"QW5pbWFsOjE=\"", 1 => "1", _ => "\"Jindo\"" };
        var list = string.Join(",", Enumerable.Repeat(item, count));
        return random.Next(2) == 0
            ? $"{{ nodes(ids: [{list}]) {{ id }} }}"
            : $"{{ animals(first: 100, where: {{ name: {{ in: [{list}] }} }}) {{ nodes {{ id name }} }} }}";
    }

    private string WrongLiteral(string document)
    {
        var tokens = Tokens(document).Where(t => t.Value[0] is '"' or '-' || char.IsDigit(t.Value[0]) || t.Value is "true" or "false" or "null"
                                                 || t.Value.All(c => char.IsUpper(c) || c == '_')).ToList();
        var replacement = WrongLiterals[random.Next(WrongLiterals.Length)];
        if (tokens.Count == 0) return $"{{ animals(first: {replacement}) {{ nodes {{ id }} }} }}";
        var token = tokens[random.Next(tokens.Count)];
        return document.Remove(token.Index, token.Length).Insert(token.Index, replacement);
    }

    private string InsertUnicode(string document)
    {
        var text = new StringBuilder(document);
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
            text.Insert(random.Next(text.Length + 1), UnicodeOddities[random.Next(UnicodeOddities.Length)]);
        return text.ToString();
    }

    private string AliasFlood()
    {
        var count = random.Next(2) == 0 ? 1000 : 100 + random.Next(3000);
        var field = random.Next(3) switch
        {
            0 => "__typename",
            1 => "animals(first: 100) { nodes { name } }",
            _ => "organizations { nodes { centers { nodes { name } } } }",
        };
        var text = new StringBuilder("{");
        for (var i = 0; i < count; i++) text.Append(" a").Append(i.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(field);
        return text.Append(" }").ToString();
    }

    private string FragmentCycle() => random.Next(4) switch
    {
        0 => "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
        1 => "{ ...A } fragment A on Query { __typename ...A }",
        2 => "{ organizations { nodes { ...O } } } fragment O on Organization { name centers { nodes { organization { ...O } } } }",
        _ => "{ ...A ...A ...A } fragment A on Query { ...B ...B } fragment B on Query { ...C ...C } fragment C on Query { __typename ...A }",
    };

    private string MisplacedDirective(string document)
    {
        string[] directives = ["@skip(if: true)", "@include(if: false)", "@deprecated", "@deprecated(reason: \"x\")", "@specifiedBy(url: \"x\")",
            "@oneOf", "@authorize", "@cost(weight: \"1\")", "@unknown", "@skip", "@include(if: 1)", "@skip(if: true) @skip(if: false)",
            "@include(if: $missing)"];
        var directive = directives[random.Next(directives.Length)];
        return random.Next(3) switch
        {
            0 => document.StartsWith('{') ? $"query {directive} {document}" : Regex.Replace(document, @"^(\w+)", $"$1 {directive}"),
            1 => $"{{ ...F {directive} }} fragment F on Query {directive} {{ __typename {directive} }}",
            _ => document.Replace("{", "{ __typename " + directive + " ", StringComparison.Ordinal),
        };
    }

    private string Operations(string document) => random.Next(5) switch
    {
        0 => document + " " + document,
        1 => "query A { __typename } query A { __typename }",
        2 => "subscription { __typename }",
        3 => "",
        _ => "query A { __typename } mutation B { __typename }",
    };

    private string IntrospectionDepth()
    {
        var depth = 2 + random.Next(8);
        var text = new StringBuilder("{ __schema { types { ");
        for (var i = 0; i < depth; i++) text.Append("fields { type { ofType { ");
        text.Append("name");
        for (var i = 0; i < depth; i++) text.Append(" } } }");
        return text.Append(" } } }").ToString();
    }

    private string VariableMisuse(string document) => random.Next(4) switch
    {
        0 => "query($first: Int) { animals(first: $undefined) { nodes { id } } }",
        1 => "query($first: String) { animals(first: $first) { nodes { id } } }",
        2 => "query($first: Int = \"ten\") { animals(first: $first) { nodes { id } } }",
        _ => "query($a: Int, $a: Int) { animals(first: $a) { nodes { id } } }" + document,
    };
}
