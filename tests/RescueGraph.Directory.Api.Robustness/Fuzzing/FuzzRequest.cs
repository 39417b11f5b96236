using System.Text;
using System.Text.Json.Nodes;
using RescueGraph.Directory.Api.Robustness.Infrastructure;

namespace RescueGraph.Directory.Api.Robustness.Fuzzing;

/// <summary>One fuzzed HTTP request, fully decided before sending so a seed reproduces the run.</summary>
public sealed record FuzzRequest(int Index, string Kind, HttpMethod Method, string PathAndQuery, byte[]? Body, string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>Kestrel refuses request headers over 32 KB before the app sees them (431, empty body).</summary>
    public bool HasOversizedHeaders => Headers.Sum(h => h.Key.Length + h.Value.Length) > 30_000;

    public bool AcceptsHtml => Headers.Any(h => h.Key == "Accept" && h.Value.Contains("text/html", StringComparison.Ordinal));

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, PathAndQuery);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.ContentType = null;
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        foreach (var (name, value) in Headers) message.Headers.TryAddWithoutValidation(name, value);
        return message;
    }

    public string Describe()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body);
        return $"#{Index} {Kind}: {Method} {GraphQLCall.Truncate(PathAndQuery, 300)} Content-Type: {ContentType ?? "(none)"} " +
               $"headers: {string.Join("; ", Headers.Select(h => $"{h.Key}: {GraphQLCall.Truncate(h.Value, 80)}"))} body: {GraphQLCall.Truncate(body, 400)}";
    }
}

/// <summary>
/// Turns generated and mutated documents into HTTP requests with random transports (POST/GET, batches, broken
/// bodies), random variables and random headers (content types, accept, forged or broken tokens, cost headers,
/// huge headers). It never sends a valid token, so every write must be refused.
/// </summary>
public sealed class RequestGenerator(SchemaModel schema, Random random)
{
    /// <summary>The fuzzer sends JSON far deeper than System.Text.Json's default limit of 64.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions DeepWriting = new() { MaxDepth = 100_000 };

    private readonly DocumentGenerator _documents = new(schema, random);
    private readonly DocumentMutator _mutator = new(random);
    private int _index;

    public FuzzRequest Next()
    {
        var generated = _documents.Generate();
        var query = generated.Query;
        var kind = generated.IsMutation ? "valid-mutation" : "valid-query";
        if (random.Next(10) < 6) (query, kind) = _mutator.Mutate(query);

        JsonNode? variables = generated.Variables.Count > 0 ? generated.Variables : null;
        if (random.Next(6) == 0)
        {
            variables = RandomJson(0);
            kind += "+random-variables";
        }

        var headers = new List<KeyValuePair<string, string>>();
        AddAccept(headers);
        AddAuthorization(headers, ref kind);
        if (random.Next(8) == 0) headers.Add(new("GraphQL-Cost", Pick("report", "validate", "REPORT", "garbage", "", "report, validate")));
        if (random.Next(10) == 0) headers.Add(new("X-Api-Key", Pick("", "key", new string('k', 5000), "../../etc/passwd")));
        if (random.Next(40) == 0) headers.Add(new("X-Padding", new string('p', random.Next(2) == 0 ? 8_000 : 40_000)));

        var index = _index++;
        var roll = random.Next(100);
        if (roll < 15) return Get(index, kind, query, variables, headers);
        if (roll < 22) return Post(index, kind + "+batch", Batch(query, variables), "application/json", headers);
        if (roll < 32) return BrokenBody(index, kind, query, variables, headers);
        return Post(index, kind, Encode(RequestObject(query, variables)), ContentTypeFor(), headers);
    }

    private FuzzRequest Get(int index, string kind, string query, JsonNode? variables, List<KeyValuePair<string, string>> headers)
    {
        var parameters = new List<string>();
        if (random.Next(10) != 0) parameters.Add("query=" + Uri.EscapeDataString(query));
        if (variables is not null && random.Next(2) == 0) parameters.Add("variables=" + Uri.EscapeDataString(variables.ToJsonString(DeepWriting)));
        if (random.Next(5) == 0) parameters.Add("variables=" + Uri.EscapeDataString(Pick("{", "null", "[1]", "\"x\"", "{\"a\":")));
        if (random.Next(6) == 0) parameters.Add("operationName=" + Uri.EscapeDataString(Pick("Op1", "", "nope", "Op1&x")));
        if (random.Next(8) == 0) parameters.Add("query=" + Uri.EscapeDataString("{ __typename }"));
        if (random.Next(10) == 0) parameters.Add("extensions=" + Uri.EscapeDataString("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}"));
        if (random.Next(10) == 0) parameters.Add(Pick("id=deadbeef", "documentId=sha256:00", "id=", "%%%", "query"));
        return new FuzzRequest(index, kind + "+get", HttpMethod.Get, "graphql?" + string.Join('&', parameters), null, null, headers);
    }

    private FuzzRequest Post(int index, string kind, byte[] body, string? contentType, List<KeyValuePair<string, string>> headers) =>
        new(index, kind, HttpMethod.Post, "graphql", body, contentType, headers);

    private FuzzRequest BrokenBody(int index, string kind, string query, JsonNode? variables, List<KeyValuePair<string, string>> headers)
    {
        var request = RequestObject(query, variables);
        var json = request.ToJsonString(DeepWriting);
        var (body, what) = random.Next(12) switch
        {
            0 => (Encoding.UTF8.GetBytes(json[..random.Next(json.Length)]), "truncated-json"),
            1 => (Encoding.UTF8.GetBytes(Pick("null", "42", "\"query\"", "[]", "{}", "true", "", " ", "[[]]", "[null]")), "non-request-json"),
            2 => ([0xFF, 0xFE, 0x7B, 0x00, 0xC3, 0x28, 0x22], "invalid-utf8"),
            3 => (Encoding.UTF8.GetBytes($"{{\"query\": {Pick("1", "null", "{}", "[\"{ a }\"]", "true")}}}"), "query-of-wrong-type"),
            4 => (Encoding.UTF8.GetBytes($"{{\"query\": {DocumentGenerator.Quote(query)}, \"variables\": {DocumentGenerator.Quote(variables?.ToJsonString(DeepWriting) ?? "{")}}}"), "variables-as-string"),
            5 => (Encoding.UTF8.GetBytes($"{{\"query\": {DocumentGenerator.Quote(query)}, \"operationName\": {Pick("1", "{}", "[]", "\"\"", "\"nope\"")}}}"), "operation-name-of-wrong-type"),
            6 => (Encoding.UTF8.GetBytes($"{{\"query\": {DocumentGenerator.Quote(query)}, \"extensions\": {Pick("1", "\"x\"", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"zz\"}}", "{\"persistedQuery\":7}")}}}"), "extensions-garbage"),
            7 => (Encoding.UTF8.GetBytes(Pick("{\"id\":\"nope\"}", "{\"documentId\":\"sha256:abc\"}", "{\"id\":5}", "{\"documentId\":null,\"query\":null}")), "persisted-garbage"),
            8 => (Encoding.UTF8.GetBytes($"{{\"query\": {DocumentGenerator.Quote(query)}, \"query\": \"{{ __typename }}\"}}"), "duplicate-keys"),
            9 => (Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)), "deep-json"),
            10 => (Encoding.Unicode.GetBytes(json), "utf16-body"),
            _ => (Encoding.UTF8.GetBytes("query=" + Uri.EscapeDataString(query)), "form-body"),
        };
        return Post(index, kind + "+" + what, body, ContentTypeFor(), headers);
    }

    private byte[] Batch(string query, JsonNode? variables)
    {
        var batch = new JsonArray();
        var count = random.Next(2) == 0 ? 1 + random.Next(5) : 50 + random.Next(200);
        for (var i = 0; i < count; i++) batch.Add(random.Next(4) == 0 ? JsonValue.Create(i) : RequestObject(query, variables?.DeepClone()));
        return Encode(batch);
    }

    private JsonObject RequestObject(string query, JsonNode? variables)
    {
        var request = new JsonObject { ["query"] = query };
        if (variables is not null) request["variables"] = variables.DeepClone();
        if (random.Next(8) == 0) request["operationName"] = Pick("Op1", "Op2", "", "Nope");
        return request;
    }

    private static byte[] Encode(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(DeepWriting));

    private string? ContentTypeFor() => random.Next(10) < 8
        ? "application/json"
        : Pick(null, "application/json; charset=utf-8", "application/json; charset=utf-16", "application/json; charset=latin1",
            "text/plain", "application/graphql", "application/graphql-response+json", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=fuzz", "application/json;;;", "*/*", "garbage", "application/json; charset=\"");

    private void AddAccept(List<KeyValuePair<string, string>> headers)
    {
        if (random.Next(2) == 0) return;
        headers.Add(new("Accept", random.Next(2) == 0 ? "application/graphql-response+json" : Pick("application/graphql-response+json", "application/json", "*/*",
            "application/graphql-response+json;q=0.9, application/json;q=0.8", "text/html", "application/xml", "", "garbage/;;",
            "application/json; charset=utf-16", "text/event-stream", "multipart/mixed")));
    }

    private void AddAuthorization(List<KeyValuePair<string, string>> headers, ref string kind)
    {
        if (random.Next(10) < 7) return;
        var now = DateTimeOffset.UtcNow;
        var (value, what) = random.Next(11) switch
        {
            0 => ("Bearer", "bearer-without-token"),
            1 => ("Bearer garbage", "garbage-token"),
            2 => ("Basic dXNlcjpwYXNz", "basic"),
            3 => ("Bearer " + TestTokens.Create("forger", ["admin"], signingKey: "not-the-key-not-the-key-not-the-key-0000"), "wrong-key-jwt"),
            4 => ("Bearer " + TestTokens.Create("forger", ["admin"], algorithm: "none"), "none-alg-jwt"),
            5 => ("Bearer " + TestTokens.Create("late", ["admin"], expires: now.AddHours(-2)), "expired-jwt"),
            6 => ("Bearer " + TestTokens.Create("stranger", ["admin"], audience: "someone-else"), "wrong-audience-jwt"),
            7 => ("Bearer " + TestTokens.Create("stranger", ["partner"], "jindo-love-rescue", issuer: "https://evil.example"), "wrong-issuer-jwt"),
            8 => ("Bearer a.b.c", "malformed-jwt"),
            9 => ("Bearer " + new string('A', 20_000), "huge-token"),
            _ => ("Bearer " + TamperedToken(), "tampered-payload-jwt"),
        };
        headers.Add(new("Authorization", value));
        kind += "+" + what;
    }

    /// <summary>A correctly signed partner token whose payload was then swapped for an admin one (the signature no longer matches).</summary>
    private static string TamperedToken()
    {
        var genuine = TestTokens.Create("partner", ["partner"], "jindo-love-rescue").Split('.');
        var forged = TestTokens.Create("partner", ["admin"]).Split('.');
        return $"{genuine[0]}.{forged[1]}.{genuine[2]}";
    }

    private JsonNode? RandomJson(int depth)
    {
        var roll = random.Next(depth > 3 ? 7 : 10);
        return roll switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
            2 => JsonNode.Parse(Pick("1e308", "-1e308", "123456789012345678901234567890", "1.7976931348623157E+309", "-0", "0.0000001")),
            3 => JsonValue.Create(DocumentGenerator.Strings[random.Next(DocumentGenerator.Strings.Length)]),
            4 => JsonValue.Create(random.Next(2) == 0),
            5 => JsonValue.Create(random.NextDouble()),
            6 => DeepJson(random.Next(2) == 0 ? 30 : 200 + random.Next(3000)),
            7 => new JsonArray([.. Enumerable.Range(0, random.Next(5)).Select(_ => RandomJson(depth + 1))]),
            _ => RandomObject(depth),
        };
    }

    private JsonObject RandomObject(int depth)
    {
        var obj = new JsonObject();
        string[] names = ["first", "where", "input", "v0", "v1", "id", "ids", "name", "after", "order", "", "__proto__"];
        var count = random.Next(5);
        for (var i = 0; i < count; i++) obj[names[random.Next(names.Length)]] = RandomJson(depth + 1);
        return obj;
    }

    private static JsonNode DeepJson(int depth)
    {
        JsonNode node = new JsonObject();
        for (var i = 0; i < depth; i++) node = new JsonObject { ["a"] = node };
        return node;
    }

    private T Pick<T>(params T[] values) => values[random.Next(values.Length)];
}
