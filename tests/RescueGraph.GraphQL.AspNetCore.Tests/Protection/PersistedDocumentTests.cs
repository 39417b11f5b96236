using System.Net;
using System.Text.Json;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.AspNetCore.Tests.Protection;

public sealed class PersistedDocumentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("persisted-").FullName;
    private readonly string _hash;

    public PersistedDocumentTests()
    {
        const string document = "query Greeting {\n  hello(name: \"Gimhae\")\n}";
        _hash = RequestExecutor.ComputeHash(document);
        File.WriteAllText(Path.Combine(_folder, _hash + ".graphql"), document);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<ProtectionHost> StartAsync(bool onlyPersisted = false) => ProtectionHost.StartAsync(configureServices: services =>
        services.AddGraphQLPersistedDocuments(options =>
        {
            options.Folder = _folder;
            options.OnlyAllowPersistedDocuments = onlyPersisted;
        }));

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? user = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", MediaTypes.GraphQLResponse);
        if (user is not null) request.Headers.TryAddWithoutValidation(ProtectionHost.TestUserHeader, user);
        return client.SendAsync(request);
    }

    private static async Task AssertGreetingAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Gimhae!", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Documents_run_by_id_document_id_or_apollo_hash()
    {
        await using var host = await StartAsync();
        var client = host.CreateClient();
        await AssertGreetingAsync(await PostAsync(client, new { id = _hash }));
        await AssertGreetingAsync(await PostAsync(client, new { documentId = "sha256:" + _hash.ToUpperInvariant() }));
        await AssertGreetingAsync(await PostAsync(client, new { extensions = new { persistedQuery = new { version = 1, sha256Hash = _hash } } }));
    }

    [Fact]
    public async Task Documents_run_by_id_over_get()
    {
        await using var host = await StartAsync();
        await AssertGreetingAsync(await host.CreateClient().GetAsync("/graphql?id=sha256:" + _hash, MediaTypes.GraphQLResponse));
    }

    [Fact]
    public async Task Unknown_ids_get_HC0020_with_the_requested_key()
    {
        await using var host = await StartAsync();
        var client = host.CreateClient();
        foreach (var id in new[] { new string('a', 64), "../../etc/passwd" })
        {
            var response = await PostAsync(client, new { id });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.ReadJsonAsync();
            Assert.Equal("HC0020", body.FirstErrorCode());
            Assert.Equal("The specified persisted operation key is invalid.", body.FirstErrorMessage());
            Assert.Equal(id, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("requestedKey").GetString());
        }
    }

    [Fact]
    public async Task Only_persisted_mode_refuses_anonymous_ad_hoc_documents()
    {
        await using var host = await StartAsync(onlyPersisted: true);
        var client = host.CreateClient();

        var refused = await PostAsync(client, new { query = "{ hello }" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.ReadJsonAsync();
        Assert.Equal("HC0067", body.FirstErrorCode());
        Assert.Equal("Only persisted operations are allowed.", body.FirstErrorMessage());

        await AssertGreetingAsync(await PostAsync(client, new { id = _hash }));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, new { query = "{ hello }" }, user: "staff-7")).StatusCode);
    }

    [Fact]
    public async Task Ad_hoc_documents_run_when_the_mode_is_off()
    {
        await using var host = await StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host.CreateClient(), new { query = "{ hello }" })).StatusCode);
    }

    [Fact]
    public void Ids_are_normalised_and_file_safe()
    {
        var upper = new string('A', 64);
        Assert.Equal(new string('a', 64), PersistedDocumentIds.Normalize("sha256:" + upper));
        Assert.Equal("custom-id", PersistedDocumentIds.Normalize("custom-id"));
        Assert.True(PersistedDocumentIds.IsWellFormed("abc_DEF-123"));
        Assert.False(PersistedDocumentIds.IsWellFormed("../x"));
        Assert.False(PersistedDocumentIds.IsWellFormed("a/b"));
        Assert.False(PersistedDocumentIds.IsWellFormed(""));
    }

    [Fact]
    public async Task The_extractor_validates_normalises_hashes_and_writes_a_manifest()
    {
        var sources = Directory.CreateTempSubdirectory("partner-site-").FullName;
        var output = Path.Combine(_folder, "out");
        try
        {
            File.WriteAllText(Path.Combine(sources, "greeting.graphql"), "query Greeting{hello(name:\"Seoul\")}");
            File.WriteAllText(Path.Combine(sources, "broken.graphql"), "{ nope }");
            var extractor = new PersistedDocumentExtractor(SdlSchemaBuilder.Build(TestSchema.Sdl));

            var results = await extractor.ExtractAsync([sources], output);

            Assert.Equal(2, results.Count);
            var invalid = Assert.Single(results, r => !r.IsValid);
            Assert.EndsWith("broken.graphql", invalid.SourcePath);
            Assert.Contains("Cannot query field \"nope\"", invalid.Errors[0].Message);

            var valid = Assert.Single(results, r => r.IsValid);
            Assert.Equal("query Greeting {\n  hello(name: \"Seoul\")\n}", valid.Body);
            Assert.Equal(RequestExecutor.ComputeHash(valid.Body!), valid.Id);
            Assert.Equal(valid.Body, File.ReadAllText(Path.Combine(output, valid.Id + ".graphql")));
            Assert.Equal(2, Directory.GetFiles(output).Length); // the document and the manifest

            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, PersistedDocumentExtractor.ManifestFileName)));
            Assert.Equal("apollo-persisted-query-manifest", manifest.RootElement.GetProperty("format").GetString());
            var operation = Assert.Single(manifest.RootElement.GetProperty("operations").EnumerateArray());
            Assert.Equal(valid.Id, operation.GetProperty("id").GetString());
            Assert.Equal("Greeting", operation.GetProperty("name").GetString());
            Assert.Equal("query", operation.GetProperty("type").GetString());
        }
        finally
        {
            Directory.Delete(sources, recursive: true);
        }
    }

    [Fact]
    public async Task Extracted_documents_are_served_by_the_store()
    {
        var output = Path.Combine(_folder, "served");
        var source = Path.Combine(_folder, "page.graphql");
        File.WriteAllText(source, "{ hello(name: \"Busan\") }");
        var extracted = await new PersistedDocumentExtractor(SdlSchemaBuilder.Build(TestSchema.Sdl)).ExtractAsync([source], output);

        var store = new FileSystemPersistedDocumentStore(output);
        Assert.Equal(extracted[0].Body, await store.TryGetAsync(extracted[0].Id!, CancellationToken.None));
        Assert.Null(await store.TryGetAsync(new string('0', 64), CancellationToken.None));
    }
}
