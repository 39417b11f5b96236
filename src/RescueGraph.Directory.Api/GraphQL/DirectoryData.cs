using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data;

namespace RescueGraph.Directory.Api.GraphQL;

/// <summary>
/// The data-integration library over the directory's EF model: which members anonymous callers may filter and sort
/// on, and each entity's default order. Private columns are ignored so that no filter can probe them; so are
/// navigations that lead to unpublished rows (an organization's or center's animals, a story's animals, a campaign's
/// updates), because filtering through them would reveal that unpublished animals or draft updates exist; and so are
/// database keys, because `id` is the global node id: relations are filtered through their navigations (`center: { slug: … }`).
/// </summary>
internal static class DirectoryData
{
    public static DataSchema<DirectoryDbContext> Create(SchemaBuilder schema)
    {
        // Only the model is needed (to check filters and sorts against it); no connection is ever opened here.
        using var modelContext = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions("Host=localhost"));
        var data = new DataSchema<DirectoryDbContext>(schema, modelContext.Model);

        data.Entity<Organization>(e => e
            .Ignore(o => o.StaffContactEmail).Ignore(o => o.StaffContactPhone)
            .Ignore(o => o.Id).Ignore(o => o.Animals).Ignore(o => o.Version)
            .OrderByDefault(o => o.Name));
        data.Entity<RescueCenter>(e => e
            .Ignore(c => c.Id).Ignore(c => c.OrganizationId).Ignore(c => c.Animals).Ignore(c => c.Version)
            .OrderByDefault(c => c.Name));
        data.Entity<Animal>(e => e
            .Ignore(a => a.MedicalNotes).Ignore(a => a.BehaviourNotes)
            .Ignore(a => a.AdopterName).Ignore(a => a.AdopterContact)
            .Ignore(a => a.FosterName).Ignore(a => a.FosterContact).Ignore(a => a.FosterAddress)
            .Ignore(a => a.Id).Ignore(a => a.CenterId).Ignore(a => a.OrganizationId).Ignore(a => a.IsPublished).Ignore(a => a.Version).Ignore(a => a.StoryLinks)
            .OrderByDefault(a => a.PublishedAt, descending: true));
        data.Entity<AnimalPhoto>(e => e.Ignore(p => p.Id).Ignore(p => p.AnimalId).Ignore(p => p.Animal).Ignore(p => p.Version).OrderByDefault(p => p.Position));
        data.Entity<AnimalEvent>(e => e.Ignore(v => v.Id).Ignore(v => v.AnimalId).Ignore(v => v.Species).Ignore(v => v.CenterId).Ignore(v => v.FromCenterId).Ignore(v => v.ToCenterId)
            .Ignore(v => v.PrivateDetails).Ignore(v => v.Animal).Ignore(v => v.Version).OrderByDefault(v => v.OccurredAt));
        data.Entity<Campaign>(e => e.Ignore(c => c.Id).Ignore(c => c.KoreanLocalityId).Ignore(c => c.PartnerLocalityId).Ignore(c => c.ReplacedByCampaignId)
            .Ignore(c => c.OrganizationId).Ignore(c => c.Updates).Ignore(c => c.Version).OrderByDefault(c => c.Slug));
        data.Entity<CampaignTarget>(e => e.Ignore(t => t.Id).Ignore(t => t.CampaignId).Ignore(t => t.OfficialId).Ignore(t => t.Campaign).Ignore(t => t.Version));
        data.Entity<CampaignUpdate>(e => e.Ignore(u => u.Id).Ignore(u => u.CampaignId).Ignore(u => u.IsDraft).Ignore(u => u.Campaign).Ignore(u => u.Version)
            .OrderByDefault(u => u.PostedAt));
        data.Entity<OfficialResponse>(e => e.Ignore(r => r.Id).Ignore(r => r.CampaignId).Ignore(r => r.OfficialId).Ignore(r => r.Campaign).Ignore(r => r.Version)
            .OrderByDefault(r => r.ReceivedOn));
        data.Entity<SuggestedMessage>(e => e.Ignore(m => m.Id).Ignore(m => m.CampaignId).Ignore(m => m.Campaign).Ignore(m => m.Version));
        data.Entity<Story>(e => e.Ignore(s => s.Id).Ignore(s => s.OrganizationId).Ignore(s => s.Animals).Ignore(s => s.Version).OrderByDefault(s => s.PublishedOn, descending: true));
        data.Entity<Locality>(e => e.Ignore(l => l.Id).Ignore(l => l.ParentId).Ignore(l => l.Version).OrderByDefault(l => l.Name));
        data.Entity<Partnership>(e => e.Ignore(p => p.Id).Ignore(p => p.OrganizationId).Ignore(p => p.PartnerId)
            .Ignore(p => p.Organization).Ignore(p => p.Partner).Ignore(p => p.Version).OrderByDefault(p => p.Since));
        data.Entity<LocalityOfficial>(e => e.Ignore(o => o.Id).Ignore(o => o.LocalityId).Ignore(o => o.Version).OrderByDefault(o => o.TermStart, descending: true));
        return data;
    }

    /// <summary>The animals the caller may see, wherever a list of animals starts (see <see cref="DirectoryDbContext.VisibleAnimals"/>).</summary>
    public static IQueryable<Animal> VisibleAnimals(DirectoryDbContext db) => db.VisibleAnimals;
}
