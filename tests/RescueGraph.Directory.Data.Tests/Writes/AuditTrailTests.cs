using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Writes;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Writes;

/// <summary>Audited saves against the migrated schema: the change and its record are written together or not at all.</summary>
[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class AuditTrailTests(DirectoryDatabaseFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_create_and_an_update_are_audited_with_keys_changed_fields_and_no_private_values()
    {
        var options = DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(await fixture.CreateMigratedDatabaseAsync());
        long id;
        await using (var db = new DirectoryDbContext(options))
        {
            var organization = new Organization { Name = "Audit Rescue", Slug = "audit-rescue", Kind = OrganizationKind.Rescue, Country = "KR", StaffContactEmail = "a@example.org" };
            db.Organizations.Add(organization);
            await db.SaveChangesAuditedAsync("tester", Now, CancellationToken.None);
            id = organization.Id;

            organization.Name = "Audit Rescue Korea";
            organization.StaffContactEmail = "b@example.org";
            organization.Country = "KR"; // assigned its own value: not a change
            await db.SaveChangesAuditedAsync("tester", Now.AddMinutes(1), CancellationToken.None);
        }

        await using var read = new DirectoryDbContext(options);
        var entries = await read.AuditEntries.Where(a => a.EntityType == "Organization" && a.EntityId == id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditAction.Create, AuditAction.Update], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("tester", e.Actor));

        using var created = JsonDocument.Parse(entries[0].Changes);
        Assert.Equal("rescue", created.RootElement.GetProperty("kind").GetProperty("new").GetString());
        Assert.False(created.RootElement.GetProperty("name").TryGetProperty("old", out _));

        using var updated = JsonDocument.Parse(entries[1].Changes);
        Assert.Equal(["name", "staffContactEmail"], updated.RootElement.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Audit Rescue", updated.RootElement.GetProperty("name").GetProperty("old").GetString());
        Assert.True(updated.RootElement.GetProperty("staffContactEmail").GetProperty("private").GetBoolean());
        Assert.DoesNotContain("example.org", entries[1].Changes);
    }

    [Fact]
    public async Task A_stale_version_writes_neither_the_change_nor_an_audit_entry()
    {
        var options = DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(await fixture.CreateMigratedDatabaseAsync());
        await using (var seed = new DirectoryDbContext(options))
        {
            seed.Organizations.Add(new Organization { Name = "Raced", Slug = "raced", Kind = OrganizationKind.Rescue, Country = "KR" });
            await seed.SaveChangesAsync();
        }

        await using var first = new DirectoryDbContext(options);
        await using var second = new DirectoryDbContext(options);
        var mine = await first.Organizations.SingleAsync(o => o.Slug == "raced");
        var theirs = await second.Organizations.SingleAsync(o => o.Slug == "raced");
        theirs.Name = "Theirs";
        await second.SaveChangesAuditedAsync("them", Now, CancellationToken.None);

        mine.Name = "Mine";
        first.Campaigns.Add(new Campaign { Slug = "side-effect", Title = "Must not survive", Kind = CampaignKind.Petition, OrganizationId = mine.Id });
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAuditedAsync("me", Now, CancellationToken.None));

        await using var read = new DirectoryDbContext(options);
        Assert.Equal("Theirs", (await read.Organizations.SingleAsync(o => o.Slug == "raced")).Name);
        Assert.False(await read.Campaigns.AnyAsync(c => c.Slug == "side-effect"));
        Assert.Equal(["them"], await read.AuditEntries.Select(a => a.Actor).ToListAsync());
    }
}
