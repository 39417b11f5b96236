using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests.Mutations;

/// <summary>
/// One database for every mutation test class (they run one after another in this collection), with the demo data
/// and an unpublished animal of organization B. Tests create the records they change, so they do not depend on order.
/// </summary>
public sealed class MutationsFixture : DirectoryApiFixture
{
    public const string Collection = "Mutations";
    public const string OrganizationA = "jindo-love-rescue";
    public const string CenterA = "jindo-love-rescue-gimhae";
    public const string OrganizationB = "care-korea";
    public const string CenterB = "care-shelter";

    public long HiddenAnimalB { get; private set; }

    protected override async Task AddRowsAsync(string connectionString)
    {
        await using var db = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(connectionString));
        var centerB = await db.RescueCenters.SingleAsync(c => c.Slug == CenterB);
        var hidden = new Animal
        {
            CenterId = centerB.Id, OrganizationId = centerB.OrganizationId, Name = "Hidden Bravo", Species = Species.Dog,
            Status = AnimalStatus.InCare, StatusChangedAt = DateTimeOffset.UtcNow, IntakeDate = new DateOnly(2024, 1, 1),
            IntakeType = IntakeType.StrayAtLarge,
        };
        db.Animals.Add(hidden);
        await db.SaveChangesAsync();
        HiddenAnimalB = hidden.Id;
    }
}

[CollectionDefinition(MutationsFixture.Collection)]
public sealed class MutationsCollection : ICollectionFixture<MutationsFixture>;

/// <summary>Tokens, ids and requests the mutation tests share.</summary>
public abstract class MutationTestBase(MutationsFixture fixture)
{
    protected MutationsFixture Fixture { get; } = fixture;
    protected DirectoryApiFactory Api => Fixture.Factory;

    protected static readonly string PartnerA = TestTokens.Partner(MutationsFixture.OrganizationA, "partner-a");
    protected static readonly string PartnerB = TestTokens.Partner(MutationsFixture.OrganizationB, "partner-b");
    protected static readonly string Analyst = TestTokens.Analyst();
    protected static readonly string Admin = TestTokens.Admin("admin-1");

    /// <summary>A global id as the API writes it: base64 of <c>Type:key</c>.</summary>
    protected static string NodeId(string typeName, long key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    protected static long KeyOf(string nodeId) => long.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(nodeId)).Split(':')[1]);

    protected DirectoryDbContext OpenDb() => new(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(Api.ConnectionString));

    protected async Task<string> CenterIdAsync(string slug)
    {
        var data = await Api.QueryAsync("query($slug: String!) { center(slug: $slug) { id } }", new { slug });
        return data.GetProperty("center").GetProperty("id").GetString()!;
    }

    protected async Task<string> OrganizationIdAsync(string slug)
    {
        var data = await Api.QueryAsync("query($slug: String!) { organization(slug: $slug) { id } }", new { slug });
        return data.GetProperty("organization").GetProperty("id").GetString()!;
    }

    /// <summary>Runs a mutation and returns its payload (the field's value); fails on any top-level error.</summary>
    protected async Task<JsonElement> MutateAsync(string field, string inputType, object input, string token, string selection)
    {
        var response = await Api.PostAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} }} }}", new { input }, token);
        Assert.False(response.TryGetProperty("errors", out var errors), $"Top-level errors: {errors}");
        return response.GetProperty("data").GetProperty(field);
    }

    /// <summary>
    /// Runs a mutation the field's <c>@authorize</c> refuses: a top-level error with <paramref name="code"/> and
    /// <c>data: null</c> (the non-null payload's null propagates), and nothing written to the audit trail.
    /// </summary>
    protected async Task AssertRefusedAsync(string field, string inputType, object input, string? token, string code = "AUTH_NOT_AUTHORIZED")
    {
        await using var db = OpenDb();
        var auditBefore = await db.AuditEntries.CountAsync();
        var response = await Api.PostAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ __typename }} }}", new { input }, token);
        Assert.Equal(code, DirectoryApiFactory.FirstErrorCode(response));
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        Assert.Equal(auditBefore, await db.AuditEntries.CountAsync());
    }

    /// <summary>The errors of mutations that change an existing record (every error type).</summary>
    protected const string ErrorSelection =
        "errors { __typename ... on Error { message } ... on ValidationError { field } ... on NotFoundError { id } ... on ConcurrencyError { currentVersion } }";

    /// <summary>The errors of mutations that create under an existing record (no concurrency error).</summary>
    protected const string CreateErrors = "errors { __typename ... on Error { message } ... on ValidationError { field } ... on NotFoundError { id } }";

    /// <summary>The errors of admin creates (not authorized, validation).</summary>
    protected const string AdminErrors = "errors { __typename ... on Error { message } ... on ValidationError { field } }";

    /// <summary>The payload's errors as (typename, field) pairs; empty on success.</summary>
    protected static List<(string Type, string? Field)> Errors(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null
            ? []
            : [.. payload.GetProperty("errors").EnumerateArray().Select(e => (
                e.GetProperty("__typename").GetString()!,
                e.TryGetProperty("field", out var f) ? f.GetString() : null))];

    protected static void AssertSucceeded(JsonElement payload) =>
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"Errors: {payload.GetProperty("errors")}");

    protected static void AssertSingleError(JsonElement payload, string typeName, string? field = null)
    {
        var (type, errorField) = Assert.Single(Errors(payload));
        Assert.Equal(typeName, type);
        if (field is not null) Assert.Equal(field, errorField);
    }

    /// <summary>Creates an animal at organization A's center as partner A; returns its id and version.</summary>
    protected async Task<(string Id, string Version)> CreateAnimalAsync(string name = "Test Dog", string? token = null, string? centerSlug = null)
    {
        var payload = await MutateAsync("createAnimal", "CreateAnimalInput", new
        {
            centerId = await CenterIdAsync(centerSlug ?? MutationsFixture.CenterA),
            name, species = "DOG", ageGroup = "ADULT", intakeDate = "2025-01-15", intakeType = "SEIZED_CONFISCATED", intakeSource = "DOG_MEAT_FARM",
        }, token ?? PartnerA, "animal { id version } " + CreateErrors);
        AssertSucceeded(payload);
        var animal = payload.GetProperty("animal");
        return (animal.GetProperty("id").GetString()!, animal.GetProperty("version").GetString()!);
    }

    protected async Task<(string Id, string Version)> UpdateAnimalAsync(string id, string version, object changes, string? token = null)
    {
        var input = new Dictionary<string, object?> { ["id"] = id, ["version"] = version };
        foreach (var property in changes.GetType().GetProperties()) input[property.Name] = property.GetValue(changes);
        var payload = await MutateAsync("updateAnimal", "UpdateAnimalInput", input, token ?? PartnerA, "animal { id version } " + ErrorSelection);
        AssertSucceeded(payload);
        return (id, payload.GetProperty("animal").GetProperty("version").GetString()!);
    }

    /// <summary>Audit entries stored for one record, oldest first.</summary>
    protected async Task<List<AuditEntry>> AuditOfAsync(string entityType, long id)
    {
        await using var db = OpenDb();
        return await db.AuditEntries.Where(a => a.EntityType == entityType && a.EntityId == id).OrderBy(a => a.Id).ToListAsync();
    }
}
