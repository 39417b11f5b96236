using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Mutations;

[Collection(MutationsFixture.Collection)]
public sealed class AdminAndAuditTests(MutationsFixture fixture) : MutationTestBase(fixture)
{
    private const string GrantSelection = "roleGrant { subject role grantedBy organization { slug } } " + CreateErrors;

    private Task<JsonElement> CreateOrganizationAsync(string slug, string token) =>
        MutateAsync("createOrganization", "CreateOrganizationInput", new
        {
            name = "Test Rescue " + slug, slug, kind = "RESCUE", country = "KR", websiteUrl = "https://rescue.example.org",
            socialLinks = new[] { "https://instagram.com/testrescue" }, foundedYear = 2020,
        }, token, "organization { id slug } " + AdminErrors);

    [Fact]
    public async Task Only_admins_create_organizations_and_their_input_is_validated()
    {
        var refused = new { name = "x", slug = "refused-rescue", kind = "RESCUE", country = "KR" };
        await AssertRefusedAsync("createOrganization", "CreateOrganizationInput", refused, PartnerA);
        await AssertRefusedAsync("createOrganization", "CreateOrganizationInput", refused, Analyst);
        await AssertRefusedAsync("createOrganization", "CreateOrganizationInput", refused, null, "AUTH_NOT_AUTHENTICATED");

        AssertSucceeded(await CreateOrganizationAsync("admin-made-rescue", Admin));
        AssertSingleError(await CreateOrganizationAsync("admin-made-rescue", Admin), "ValidationError", "slug");

        var invalid = await MutateAsync("createOrganization", "CreateOrganizationInput", new
        {
            name = "x", slug = "ok-slug", kind = "RESCUE", country = "KR", websiteUrl = "javascript:alert(1)", socialLinks = new[] { "https://ok.example.org", "nope" },
            publicEmail = "not-an-email", foundedYear = 1066,
        }, Admin, "organization { id } " + AdminErrors);
        Assert.Equal(new HashSet<string?> { "websiteUrl", "socialLinks[1]", "publicEmail", "foundedYear" }, Errors(invalid).Select(e => e.Field).ToHashSet());
    }

    [Fact]
    public async Task A_granted_partner_role_takes_effect_on_the_next_request_and_a_revoked_one_stops()
    {
        var organization = (await CreateOrganizationAsync("granted-rescue", Admin)).GetProperty("organization");
        var organizationId = organization.GetProperty("id").GetString();
        var newcomer = TestTokens.Create("newcomer"); // no roles in the token: everything comes from the grant
        var centerInput = new { organizationId, name = "Granted Center", slug = "granted-center", city = "Busan", country = "KR" };

        await AssertRefusedAsync("createCenter", "CreateCenterInput", centerInput, newcomer);
        await AssertRefusedAsync("grantRole", "GrantRoleInput", new { subject = "newcomer", role = "PARTNER", organizationId }, PartnerA);
        await AssertRefusedAsync("revokeRole", "RevokeRoleInput", new { subject = "newcomer", role = "PARTNER", organizationId }, Analyst);

        var granted = await MutateAsync("grantRole", "GrantRoleInput", new { subject = "newcomer", role = "PARTNER", organizationId, displayName = "New Comer" }, Admin, GrantSelection);
        AssertSucceeded(granted);
        Assert.Equal(("newcomer", "PARTNER", "admin-1", "granted-rescue"), (
            granted.GetProperty("roleGrant").GetProperty("subject").GetString(), granted.GetProperty("roleGrant").GetProperty("role").GetString(),
            granted.GetProperty("roleGrant").GetProperty("grantedBy").GetString(),
            granted.GetProperty("roleGrant").GetProperty("organization").GetProperty("slug").GetString()));
        AssertSucceeded(await MutateAsync("grantRole", "GrantRoleInput", new { subject = "newcomer", role = "PARTNER", organizationId }, Admin, GrantSelection));

        AssertSucceeded(await MutateAsync("createCenter", "CreateCenterInput", centerInput, newcomer, "center { id } " + CreateErrors));

        AssertSucceeded(await MutateAsync("revokeRole", "RevokeRoleInput", new { subject = "newcomer", role = "PARTNER", organizationId }, Admin, GrantSelection));
        await AssertRefusedAsync("createCenter", "CreateCenterInput", centerInput, newcomer);
        AssertSingleError(await MutateAsync("revokeRole", "RevokeRoleInput", new { subject = "newcomer", role = "PARTNER", organizationId }, Admin, GrantSelection), "NotFoundError");

        await using var db = OpenDb();
        Assert.Equal(1, await db.StaffMembers.CountAsync(s => s.Subject == "newcomer"));
    }

    [Fact]
    public async Task Grants_check_that_partner_roles_name_an_organization_and_network_roles_do_not()
    {
        var organizationId = await OrganizationIdAsync(MutationsFixture.OrganizationA);
        AssertSingleError(await MutateAsync("grantRole", "GrantRoleInput", new { subject = "x", role = "PARTNER" }, Admin, GrantSelection), "ValidationError", "organizationId");
        AssertSingleError(await MutateAsync("grantRole", "GrantRoleInput", new { subject = "x", role = "ANALYST", organizationId }, Admin, GrantSelection), "ValidationError", "organizationId");
        AssertSingleError(await MutateAsync("grantRole", "GrantRoleInput", new { subject = "x", role = "PARTNER", organizationId = NodeId("Organization", 999_999) }, Admin, GrantSelection),
            "NotFoundError");
    }

    private const string AuditQuery = """
        query($entityId: ID) {
          auditEntries(entityId: $entityId, first: 10) {
            nodes { actor action entityType entity occurredAt changes { field oldValue newValue private } }
          }
        }
        """;

    [Fact]
    public async Task Admins_read_the_audit_trail_of_a_record_newest_first_with_changed_fields()
    {
        var (id, version) = await CreateAnimalAsync("Audited");
        await UpdateAnimalAsync(id, version, new { name = "Audited Again", medicalNotes = "private note" });

        var response = await Api.PostAsync(AuditQuery, new { entityId = id }, Admin);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var nodes = response.GetProperty("data").GetProperty("auditEntries").GetProperty("nodes");
        Assert.Equal(2, nodes.GetArrayLength());
        var update = nodes[0];
        Assert.Equal(("UPDATE", "partner-a", "Animal", id), (update.GetProperty("action").GetString(), update.GetProperty("actor").GetString(),
            update.GetProperty("entityType").GetString(), update.GetProperty("entity").GetString()));
        var changes = update.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        Assert.Equal(("Audited", "Audited Again"), (changes["name"].GetProperty("oldValue").GetString(), changes["name"].GetProperty("newValue").GetString()));
        Assert.True(changes["medicalNotes"].GetProperty("private").GetBoolean());
        Assert.Equal(JsonValueKind.Null, changes["medicalNotes"].GetProperty("newValue").ValueKind);
        Assert.Equal("CREATE", nodes[1].GetProperty("action").GetString());

        var filtered = await Api.PostAsync("{ auditEntries(where: { actor: { eq: \"partner-a\" }, action: { eq: CREATE } }, first: 1) { nodes { actor action } } }", token: Admin);
        Assert.Equal("CREATE", filtered.GetProperty("data").GetProperty("auditEntries").GetProperty("nodes")[0].GetProperty("action").GetString());
    }

    [Theory]
    [InlineData(null, "AUTH_NOT_AUTHENTICATED")]
    [InlineData("analyst", "AUTH_NOT_AUTHORIZED")]
    [InlineData("partner", "AUTH_NOT_AUTHORIZED")]
    public async Task The_audit_trail_is_refused_to_everyone_but_admins(string? caller, string code)
    {
        var token = caller switch { "analyst" => Analyst, "partner" => PartnerA, _ => null };
        var response = await Api.PostAsync(AuditQuery, new { entityId = (string?)null }, token);

        Assert.Equal(code, DirectoryApiFactory.FirstErrorCode(response));
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("auditEntries").ValueKind);
    }
}
