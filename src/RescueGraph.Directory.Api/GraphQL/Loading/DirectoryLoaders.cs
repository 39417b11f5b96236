using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Modeling;

namespace RescueGraph.Directory.Api.GraphQL.Loading;

/// <summary>How many items a nested list returns: the caller's <c>first</c>, by default and at most <see cref="PerParent"/>.</summary>
public static class ListLimits
{
    public const int PerParent = 100;
}

/// <summary>Which of a parent's rows a nested list returns: the first <see cref="First"/> in the list's order.</summary>
public readonly record struct ListWindow(int First);

/// <summary>Which of a parent's published animals a nested list returns: the first <see cref="First"/>, of one status if given.</summary>
public readonly record struct AnimalWindow(int First, AnimalStatus? Status);

/// <summary>
/// The batched loads behind every relationship of the directory schema. Each is one SQL statement per execution
/// level, whatever the number of parents; only published data is ever selected (published animals, non-draft updates).
/// Lists that can grow large are capped per parent (<see cref="FirstRowsPerParent"/>).
/// </summary>
public static class DirectoryLoaders
{
    // Entities by id or natural key.

    public static readonly EntityLoader<long, Organization> OrganizationById = new(nameof(OrganizationById),
        (db, ids) => db.Organizations.Where(o => ids.Contains(o.Id)), o => o.Id);

    public static readonly EntityLoader<string, Organization> OrganizationBySlug = new(nameof(OrganizationBySlug),
        (db, slugs) => db.Organizations.Where(o => slugs.Contains(o.Slug)), o => o.Slug);

    public static readonly EntityLoader<long, RescueCenter> CenterById = new(nameof(CenterById),
        (db, ids) => db.RescueCenters.Where(c => ids.Contains(c.Id)), c => c.Id);

    public static readonly EntityLoader<string, RescueCenter> CenterBySlug = new(nameof(CenterBySlug),
        (db, slugs) => db.RescueCenters.Where(c => slugs.Contains(c.Slug)), c => c.Slug);

    public static readonly EntityLoader<long, Animal> PublishedAnimalById = new(nameof(PublishedAnimalById),
        (db, ids) => db.Animals.Where(a => a.IsPublished && ids.Contains(a.Id)), a => a.Id);

    public static readonly EntityLoader<long, Campaign> CampaignById = new(nameof(CampaignById),
        (db, ids) => db.Campaigns.Where(c => ids.Contains(c.Id)), c => c.Id);

    public static readonly EntityLoader<string, Campaign> CampaignBySlug = new(nameof(CampaignBySlug),
        (db, slugs) => db.Campaigns.Where(c => slugs.Contains(c.Slug)), c => c.Slug);

    public static readonly EntityLoader<string, Story> StoryBySlug = new(nameof(StoryBySlug),
        (db, slugs) => db.Stories.Where(s => slugs.Contains(s.Slug)), s => s.Slug);

    public static readonly EntityLoader<long, Locality> LocalityById = new(nameof(LocalityById),
        (db, ids) => db.Localities.Where(l => ids.Contains(l.Id)), l => l.Id);

    public static readonly EntityLoader<long, LocalityOfficial> OfficialById = new(nameof(OfficialById),
        (db, ids) => db.LocalityOfficials.Where(o => ids.Contains(o.Id)), o => o.Id);

    // Children of an organization.

    public static readonly WindowLoader<ListWindow, RescueCenter> CentersByOrganization = new(nameof(CentersByOrganization),
        (db, ids, window) => FirstRowsPerParent.Query(db.RescueCenters, ids, window.First, "rescue_centers", "organization_id", "true", "t.name, t.id")
            .OrderBy(c => c.OrganizationId).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new Keyed<RescueCenter>(c.OrganizationId, c)));

    public static readonly WindowLoader<AnimalWindow, Animal> AnimalsByOrganization = new(nameof(AnimalsByOrganization),
        (db, ids, window) => PublishedAnimals(db, ids, window, "organization_id")
            .OrderBy(a => a.OrganizationId).ThenByDescending(a => a.PublishedAt).ThenBy(a => a.Id)
            .Select(a => new Keyed<Animal>(a.OrganizationId, a)));

    public static readonly WindowLoader<ListWindow, Campaign> CampaignsByOrganization = new(nameof(CampaignsByOrganization),
        (db, ids, window) => FirstRowsPerParent.Query(db.Campaigns, ids, window.First, "campaigns", "organization_id", "true", "t.slug")
            .OrderBy(c => c.OrganizationId).ThenBy(c => c.Slug)
            .Select(c => new Keyed<Campaign>(c.OrganizationId, c)));

    public static readonly WindowLoader<ListWindow, Story> StoriesByOrganization = new(nameof(StoriesByOrganization),
        (db, ids, window) => FirstRowsPerParent.Query(db.Stories, ids, window.First, "stories", "organization_id", "true", "t.published_on DESC, t.id")
            .OrderBy(s => s.OrganizationId).ThenByDescending(s => s.PublishedOn).ThenBy(s => s.Id)
            .Select(s => new Keyed<Story>(s.OrganizationId, s)));

    /// <summary>Partnerships are stored once per pair; each side sees the other as its partner.</summary>
    public static readonly GroupLoader<OrganizationPartnership> PartnershipsByOrganization = new(nameof(PartnershipsByOrganization),
        (db, ids) => db.Partnerships.Where(p => ids.Contains(p.OrganizationId))
            .Select(p => new { Key = p.OrganizationId, p.Id, PartnerId = p.PartnerId, p.Since, p.Description })
            .Concat(db.Partnerships.Where(p => ids.Contains(p.PartnerId))
                .Select(p => new { Key = p.PartnerId, p.Id, PartnerId = p.OrganizationId, p.Since, p.Description }))
            .OrderBy(p => p.Key).ThenBy(p => p.Since).ThenBy(p => p.Id)
            .Select(p => new Keyed<OrganizationPartnership>(p.Key, new OrganizationPartnership(p.Id, p.PartnerId, p.Since, p.Description))));

    private static IQueryable<Animal> PublishedAnimals(Data.DirectoryDbContext db, long[] parentIds, AnimalWindow window, string parentColumn) =>
        window.Status is { } status
            ? FirstRowsPerParent.Query(db.Animals, parentIds, window.First, "animals", parentColumn, "t.is_published AND t.status = {2}",
                "t.published_at DESC, t.id", EnumNames<AnimalStatus>.ToName(status))
            : FirstRowsPerParent.Query(db.Animals, parentIds, window.First, "animals", parentColumn, "t.is_published", "t.published_at DESC, t.id");

    // Children of a center and of an animal.

    public static readonly WindowLoader<AnimalWindow, Animal> AnimalsByCenter = new(nameof(AnimalsByCenter),
        (db, ids, window) => PublishedAnimals(db, ids, window, "center_id")
            .OrderBy(a => a.CenterId).ThenByDescending(a => a.PublishedAt).ThenBy(a => a.Id)
            .Select(a => new Keyed<Animal>(a.CenterId, a)));

    /// <summary>The photo at the lowest position of each animal: its cover, for listing cards.</summary>
    public static readonly EntityLoader<long, AnimalPhoto> CoverPhotoByAnimal = new(nameof(CoverPhotoByAnimal),
        (db, ids) => FirstRowsPerParent.Query(db.AnimalPhotos, ids, 1, "animal_photos", "animal_id", "true", "t.position, t.id"),
        p => p.AnimalId);

    public static readonly WindowLoader<ListWindow, AnimalPhoto> PhotosByAnimal = new(nameof(PhotosByAnimal),
        (db, ids, window) => FirstRowsPerParent.Query(db.AnimalPhotos, ids, window.First, "animal_photos", "animal_id", "true", "t.position, t.id")
            .OrderBy(p => p.AnimalId).ThenBy(p => p.Position).ThenBy(p => p.Id)
            .Select(p => new Keyed<AnimalPhoto>(p.AnimalId, p)));

    public static readonly GroupLoader<AnimalEvent> EventsByAnimal = new(nameof(EventsByAnimal),
        (db, ids) => db.AnimalEvents.Where(e => ids.Contains(e.AnimalId))
            .OrderBy(e => e.AnimalId).ThenBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => new Keyed<AnimalEvent>(e.AnimalId, e)));

    public static readonly GroupLoader<Story> StoriesByAnimal = new(nameof(StoriesByAnimal),
        (db, ids) => db.StoryAnimals.Where(sa => ids.Contains(sa.AnimalId))
            .OrderBy(sa => sa.AnimalId).ThenByDescending(sa => sa.Story.PublishedOn).ThenBy(sa => sa.StoryId)
            .Select(sa => new Keyed<Story>(sa.AnimalId, sa.Story)));

    public static readonly GroupLoader<Animal> PublishedAnimalsByStory = new(nameof(PublishedAnimalsByStory),
        (db, ids) => db.StoryAnimals.Where(sa => ids.Contains(sa.StoryId) && sa.Animal.IsPublished)
            .OrderBy(sa => sa.StoryId).ThenBy(sa => sa.Animal.Name).ThenBy(sa => sa.AnimalId)
            .Select(sa => new Keyed<Animal>(sa.StoryId, sa.Animal)));

    // Campaigns and localities.

    public static readonly GroupLoader<LocalityOfficial> OfficialsByLocality = new(nameof(OfficialsByLocality),
        (db, ids) => db.LocalityOfficials.Where(o => ids.Contains(o.LocalityId))
            .OrderBy(o => o.LocalityId).ThenByDescending(o => o.TermStart).ThenBy(o => o.Id)
            .Select(o => new Keyed<LocalityOfficial>(o.LocalityId, o)));

    public static readonly GroupLoader<Locality> ChildrenByLocality = new(nameof(ChildrenByLocality),
        (db, ids) => db.Localities.Where(l => l.ParentId != null && ids.Contains(l.ParentId.Value))
            .OrderBy(l => l.ParentId).ThenBy(l => l.Name).ThenBy(l => l.Id)
            .Select(l => new Keyed<Locality>(l.ParentId!.Value, l)));

    /// <summary>Campaigns a locality takes part in, as the Korean side or as the partner abroad.</summary>
    public static readonly GroupLoader<Campaign> CampaignsByLocality = new(nameof(CampaignsByLocality),
        (db, ids) => db.Campaigns.Where(c => c.KoreanLocalityId != null && ids.Contains(c.KoreanLocalityId.Value))
            .Select(c => new { Key = c.KoreanLocalityId!.Value, Campaign = c })
            .Concat(db.Campaigns.Where(c => c.PartnerLocalityId != null && ids.Contains(c.PartnerLocalityId.Value))
                .Select(c => new { Key = c.PartnerLocalityId!.Value, Campaign = c }))
            .OrderBy(x => x.Key).ThenBy(x => x.Campaign.Slug)
            .Select(x => new Keyed<Campaign>(x.Key, x.Campaign)));

    public static readonly GroupLoader<CampaignUpdate> PublishedUpdatesByCampaign = new(nameof(PublishedUpdatesByCampaign),
        (db, ids) => db.CampaignUpdates.Where(u => !u.IsDraft && ids.Contains(u.CampaignId))
            .OrderBy(u => u.CampaignId).ThenBy(u => u.PostedAt).ThenBy(u => u.Id)
            .Select(u => new Keyed<CampaignUpdate>(u.CampaignId, u)));

    public static readonly GroupLoader<OfficialResponse> ResponsesByCampaign = new(nameof(ResponsesByCampaign),
        (db, ids) => db.OfficialResponses.Where(r => ids.Contains(r.CampaignId))
            .OrderBy(r => r.CampaignId).ThenBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Select(r => new Keyed<OfficialResponse>(r.CampaignId, r)));

    public static readonly GroupLoader<SuggestedMessage> MessagesByCampaign = new(nameof(MessagesByCampaign),
        (db, ids) => db.SuggestedMessages.Where(m => ids.Contains(m.CampaignId))
            .OrderBy(m => m.CampaignId).ThenBy(m => m.Id)
            .Select(m => new Keyed<SuggestedMessage>(m.CampaignId, m)));

    public static readonly GroupLoader<CampaignTarget> TargetsByCampaign = new(nameof(TargetsByCampaign),
        (db, ids) => db.CampaignTargets.Where(t => ids.Contains(t.CampaignId))
            .OrderBy(t => t.CampaignId).ThenBy(t => t.Id)
            .Select(t => new Keyed<CampaignTarget>(t.CampaignId, t)));

    /// <summary>The campaigns a campaign replaced (usually one, its earlier page).</summary>
    public static readonly GroupLoader<Campaign> ReplacedCampaignsByReplacement = new(nameof(ReplacedCampaignsByReplacement),
        (db, ids) => db.Campaigns.Where(c => c.ReplacedByCampaignId != null && ids.Contains(c.ReplacedByCampaignId.Value))
            .OrderBy(c => c.ReplacedByCampaignId).ThenBy(c => c.Slug)
            .Select(c => new Keyed<Campaign>(c.ReplacedByCampaignId!.Value, c)));
}

/// <summary>A partnership seen from one organization: the other organization is the partner.</summary>
public sealed record OrganizationPartnership(long Id, long PartnerId, DateOnly? Since, string? Description);
