using System.Net;
using System.Text.Json;
using RescueGraph.Directory.Api.Commands;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Protection;

/// <summary><c>persisted extract</c> and the host serving its output by id, with and without the persisted-only mode.</summary>
[Collection(ProtectionCollection.Name)]
public sealed class PersistedDocumentTests(DirectoryApiFixture fixture) : IDisposable
{
    private const string ListingDocument = """
        query Listing($organization: String!) {
          animals(first: 3, where: { organization: { slug: { eq: $organization } } }) { nodes { name } }
        }
        """;

    private static readonly Func<ServeArguments, CancellationToken, Task<int>> ServeNotExpected =
        (_, _) => throw new InvalidOperationException("The command line must not start the server here.");

    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("rescuegraph-persisted-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Extract_writes_hashed_documents_and_a_manifest_and_refuses_invalid_ones()
    {
        var valid = await WriteSourceAsync("listing.graphql", ListingDocument);
        var invalid = await WriteSourceAsync("broken.graphql", "{ animals { noSuchField } }");
        var output = Path.Combine(_folder, "out");

        var exitCode = await DirectoryCommandLine.RunAsync(["persisted", "extract", valid, invalid, "--output", output], ServeNotExpected);

        Assert.Equal(1, exitCode);
        var stored = System.IO.Directory.GetFiles(output, "*.graphql");
        var id = Path.GetFileNameWithoutExtension(Assert.Single(stored));
        Assert.Matches("^[0-9a-f]{64}$", id);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "persisted-documents.json")));
        var operation = Assert.Single(manifest.RootElement.GetProperty("operations").EnumerateArray());
        Assert.Equal(id, operation.GetProperty("id").GetString());
        Assert.Equal("Listing", operation.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_document_extracted_by_the_command_is_served_by_id_over_POST_and_GET()
    {
        var id = await ExtractAsync();
        await using var host = fixture.Factory.WithSettings(("GraphQL:PersistedDocuments:Folder", _folder));

        var byDocumentId = await host.PostJsonAsync(new { documentId = id, variables = new { organization = "jindo-love-rescue" } });
        var byPrefixedId = await host.PostJsonAsync(new { id = "sha256:" + id, variables = new { organization = "jindo-love-rescue" } });
        var byGet = await host.GetAsync($"documentId={id}&variables={Uri.EscapeDataString("{\"organization\":\"jindo-love-rescue\"}")}");

        foreach (var response in new[] { byDocumentId, byPrefixedId, byGet })
        {
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.False(response.HasErrors, response.Body.ToString());
            Assert.True(response.Body.GetProperty("data").GetProperty("animals").GetProperty("nodes").GetArrayLength() > 0);
        }
    }

    [Fact]
    public async Task An_unknown_id_gets_HotChocolates_error()
    {
        await using var host = fixture.Factory.WithSettings(("GraphQL:PersistedDocuments:Folder", _folder));
        var unknown = new string('0', 64);

        var response = await host.PostJsonAsync(new { documentId = unknown });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HC0020", response.FirstErrorCode);
        Assert.Equal("The specified persisted operation key is invalid.", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(unknown, response.FirstErrorExtensions.GetProperty("requestedKey").GetString());
    }

    [Fact]
    public async Task Persisted_only_mode_refuses_anonymous_ad_hoc_documents_and_allows_ids_and_authenticated_callers()
    {
        var id = await ExtractAsync();
        await using var host = fixture.Factory.WithSettings(
            ("GraphQL:PersistedDocuments:Folder", _folder), ("GraphQL:PersistedDocuments:OnlyPersistedForAnonymous", "true"));

        var anonymousAdHoc = await host.PostQueryAsync("{ organizations(first: 1) { nodes { name } } }");
        var anonymousById = await host.PostJsonAsync(new { documentId = id, variables = new { organization = "jindo-love-rescue" } });
        var authenticatedAdHoc = await host.PostQueryAsync("{ organizations(first: 1) { nodes { name } } }", TestTokens.Analyst());

        Assert.Equal(HttpStatusCode.BadRequest, anonymousAdHoc.Status);
        Assert.Equal("HC0067", anonymousAdHoc.FirstErrorCode);
        Assert.Equal("Only persisted operations are allowed.", anonymousAdHoc.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(anonymousById.HasErrors, anonymousById.Body.ToString());
        Assert.False(authenticatedAdHoc.HasErrors, authenticatedAdHoc.Body.ToString());
        Assert.Equal(1, authenticatedAdHoc.Body.GetProperty("data").GetProperty("organizations").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_stored_document_runs_with_the_privileged_budget_that_the_same_ad_hoc_document_exceeds()
    {
        var root = CostBudgetTests.RepositoryRoot();
        var listing = await File.ReadAllTextAsync(Path.Combine(root, "schema", "persisted", "sources", "partner-listing.graphql"));
        var source = await WriteSourceAsync("partner-listing.graphql", listing);
        Assert.Equal(0, await DirectoryCommandLine.RunAsync(["persisted", "extract", source, "--output", _folder], ServeNotExpected));
        var id = Path.GetFileNameWithoutExtension(Assert.Single(System.IO.Directory.GetFiles(_folder, "*.graphql")));
        await using var host = fixture.Factory.WithSettings(("GraphQL:PersistedDocuments:Folder", _folder),
            ("GraphQL:Cost:MaxFieldCost", "1000"), ("GraphQL:Cost:MaxTypeCost", "1000"));
        var variables = new { organization = "jindo-love-rescue" };

        var adHoc = await host.PostJsonAsync(new { query = listing, variables });
        var stored = await host.PostJsonAsync(new { documentId = id, variables });

        Assert.Equal("HC0047", adHoc.FirstErrorCode); // HotChocolate prices the 50-animal listing at about 2,000
        Assert.False(stored.HasErrors, stored.Body.ToString());
        Assert.True(stored.Body.GetProperty("data").GetProperty("animals").GetProperty("nodes").GetArrayLength() > 0);
    }

    [Fact]
    public async Task The_shipped_sample_documents_are_current_with_the_schema()
    {
        var root = CostBudgetTests.RepositoryRoot();
        var output = Path.Combine(_folder, "samples");
        var exitCode = await DirectoryCommandLine.RunAsync(
            ["persisted", "extract", Path.Combine(root, "schema", "persisted", "sources"), "--output", output], ServeNotExpected);

        Assert.Equal(0, exitCode);
        foreach (var extracted in System.IO.Directory.GetFiles(output, "*.graphql"))
            Assert.True(File.Exists(Path.Combine(root, "schema", "persisted", Path.GetFileName(extracted))),
                $"{Path.GetFileName(extracted)} is missing from schema/persisted: run `persisted extract schema/persisted/sources`.");
    }

    private async Task<string> ExtractAsync()
    {
        var source = await WriteSourceAsync("listing.graphql", ListingDocument);
        Assert.Equal(0, await DirectoryCommandLine.RunAsync(["persisted", "extract", source, "--output", _folder], ServeNotExpected));
        return Path.GetFileNameWithoutExtension(Assert.Single(System.IO.Directory.GetFiles(_folder, "*.graphql")));
    }

    private async Task<string> WriteSourceAsync(string name, string text)
    {
        // Below the store's folder, which is searched for <id>.graphql only at its top level.
        var sources = System.IO.Directory.CreateDirectory(Path.Combine(_folder, "sources")).FullName;
        var path = Path.Combine(sources, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }
}
