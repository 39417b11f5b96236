using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests.Access;

/// <summary>
/// How the caller is resolved: token claims merged with stored role grants (read on every request, so grants and
/// revocations apply at once), <c>me</c>, and pooled contexts never carrying one caller's rights into the next request.
/// </summary>
public sealed class CallerTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private DirectoryApiFactory Api => fixture.Factory;

    private const string HiddenAnimalsQuery = """{ animals(first: 100, where: { name: { startsWith: "Hidden" } }, order: { name: ASC }) { nodes { name } } }""";

    [Fact]
    public async Task Me_is_null_for_anonymous_callers()
    {
        var data = await Api.QueryAsync("{ me { subject } }");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task Me_reports_the_token_s_subject_roles_and_organizations()
    {
        var data = await Api.QueryAsync("{ me { subject roles organizations { slug } } }", token: TestTokens.Partner(AccessFixture.OrganizationA, "me-partner"));
        var me = data.GetProperty("me");
        Assert.Equal("me-partner", me.GetProperty("subject").GetString());
        Assert.Equal("[\"partner\"]", me.GetProperty("roles").ToString().Replace(" ", ""));
        Assert.Equal(AccessFixture.OrganizationA, Assert.Single(me.GetProperty("organizations").EnumerateArray()).GetProperty("slug").GetString());
    }

    [Fact]
    public async Task A_stored_grant_makes_a_token_without_roles_a_partner()
    {
        var token = TestTokens.Create(AccessFixture.GrantedSubject);
        var data = await Api.QueryAsync("{ me { roles organizations { slug } } " + HiddenAnimalsQuery[1..], token: token);
        Assert.Equal("[\"partner\"]", data.GetProperty("me").GetProperty("roles").ToString().Replace(" ", ""));
        Assert.Equal(AccessFixture.OrganizationB, data.GetProperty("me").GetProperty("organizations")[0].GetProperty("slug").GetString());
        Assert.Equal(["Hidden Bravo"], RowVisibilityTests.Names(data.GetProperty("animals").GetProperty("nodes")));
    }

    [Fact]
    public async Task Token_organizations_and_stored_grants_add_up()
    {
        var token = TestTokens.Partner(AccessFixture.OrganizationA, AccessFixture.GrantedSubject);
        var data = await Api.QueryAsync(HiddenAnimalsQuery, token: token);
        Assert.Equal(["Hidden Alpha", "Hidden Bravo"], RowVisibilityTests.Names(data.GetProperty("animals").GetProperty("nodes")));
    }

    [Fact]
    public async Task A_grant_and_its_revocation_take_effect_on_the_next_request()
    {
        const string subject = "grant-then-revoke";
        var token = TestTokens.Create(subject);
        Assert.Empty(RowVisibilityTests.Names((await Api.QueryAsync(HiddenAnimalsQuery, token: token)).GetProperty("animals").GetProperty("nodes")));

        await using (var db = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(Api.ConnectionString)))
        {
            var staff = new StaffMember { Subject = subject, DisplayName = "Temporary", CreatedAt = DateTimeOffset.UtcNow };
            db.StaffMembers.Add(staff);
            await db.SaveChangesAsync();
            db.RoleGrants.Add(new RoleGrant { StaffMemberId = staff.Id, Role = StaffRole.Admin, GrantedAt = DateTimeOffset.UtcNow, GrantedBy = "test" });
            await db.SaveChangesAsync();
        }
        Assert.Equal(["Hidden Alpha", "Hidden Bravo"],
            RowVisibilityTests.Names((await Api.QueryAsync(HiddenAnimalsQuery, token: token)).GetProperty("animals").GetProperty("nodes")));
        // A granted role also satisfies @authorize(roles: ...), which asks the principal rather than the caller.
        Assert.Equal(JsonValueKind.Object, (await Api.QueryAsync("{ auditEntries(first: 1) { totalCount } }", token: token)).GetProperty("auditEntries").ValueKind);

        await using (var db = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(Api.ConnectionString)))
            await db.RoleGrants.Where(g => g.StaffMember.Subject == subject).ExecuteDeleteAsync();
        Assert.Empty(RowVisibilityTests.Names((await Api.QueryAsync(HiddenAnimalsQuery, token: token)).GetProperty("animals").GetProperty("nodes")));
        Assert.Equal("AUTH_NOT_AUTHORIZED", DirectoryApiFactory.FirstErrorCode(await Api.PostAsync("{ auditEntries(first: 1) { totalCount } }", token: token)));
    }

    [Fact]
    public async Task A_partner_role_without_an_organization_sees_what_anonymous_callers_see()
    {
        var noOrganization = TestTokens.Create("partner-without-org", ["partner"]);
        var unknownOrganization = TestTokens.Partner("no-such-organization");
        var analystWithOrganization = TestTokens.Create("analyst-with-org", ["analyst"], AccessFixture.OrganizationA);
        foreach (var token in new[] { noOrganization, unknownOrganization, analystWithOrganization })
        {
            var response = await Api.PostAsync("""
                query($id: ID!) { animal(id: $id) { name medicalNotes } hidden: animals(where: { name: { startsWith: "Hidden" } }) { totalCount } }
                """, new { id = AccessFixture.NodeId("Animal", fixture.OpenAnimalA) }, token);
            var data = response.GetProperty("data");
            Assert.Equal(0, data.GetProperty("hidden").GetProperty("totalCount").GetInt32());
            Assert.Equal(JsonValueKind.Null, data.GetProperty("animal").GetProperty("medicalNotes").ValueKind);
            Assert.Equal("AUTH_NOT_AUTHORIZED", DirectoryApiFactory.FirstErrorCode(response));
        }
    }

    [Fact]
    public async Task A_pooled_context_returned_by_a_partner_request_sees_published_rows_only_when_reused_for_an_anonymous_one()
    {
        // A pool of one, so the second request is certain to get the instance the first returned.
        var pool = new PooledDbContextFactory<DirectoryDbContext>(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(Api.ConnectionString), poolSize: 1);
        DirectoryDbContext partnerContext;
        await using (partnerContext = await new CallerDbContextFactory(pool, RowVisibility.ForOrganizations([fixture.OrganizationAId])).CreateDbContextAsync())
            Assert.Equal(1, await partnerContext.VisibleAnimals.CountAsync(a => a.Name == "Hidden Alpha"));

        await using var anonymousContext = await new CallerDbContextFactory(pool, RowVisibility.PublishedOnly).CreateDbContextAsync();
        Assert.Same(partnerContext, anonymousContext); // the same pooled instance, handed to the next request
        Assert.Same(RowVisibility.PublishedOnly, anonymousContext.Visibility);
        Assert.Equal(0, await anonymousContext.VisibleAnimals.CountAsync(a => a.Name.StartsWith("Hidden")));
    }

    [Fact]
    public async Task A_context_opened_outside_any_request_sees_published_rows_only()
    {
        var pool = Api.Services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>();
        await using (var admin = await new CallerDbContextFactory(pool, RowVisibility.Everything).CreateDbContextAsync())
            Assert.Equal(2, await admin.VisibleAnimals.CountAsync(a => a.Name.StartsWith("Hidden")));
        await using var plain = await pool.CreateDbContextAsync();
        Assert.Equal(0, await plain.VisibleAnimals.CountAsync(a => a.Name.StartsWith("Hidden")));
    }
}
