using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.GraphQL.Loading;

/// <summary>
/// The batched loads behind every relationship of the directory schema. Each is one SQL statement per execution
/// level, whatever the number of parents; only rows the caller may see are ever selected (the context's visible animals and updates).
/// Child lists that partners page through are nested connections of the data library (see the type files), not loaders here.
/// </summary>
public static class DirectoryLoaders
{
    // Entities by id, for references whose parent was not read by a projection (loaders, mutation payloads) and access checks.

    public static readonly EntityLoader<long, Organization> OrganizationById = new(nameof(OrganizationById),
        (db, ids) => db.Organizations.Where(o => ids.Contains(o.Id)), o => o.Id);

    public static readonly EntityLoader<long, RescueCenter> CenterById = new(nameof(CenterById),
        (db, ids) => db.RescueCenters.Where(c => ids.Contains(c.Id)), c => c.Id);

    public static readonly EntityLoader<long, Animal> AnimalById = new(nameof(AnimalById),
        (db, ids) => db.VisibleAnimals.Where(a => ids.Contains(a.Id)), a => a.Id);

    public static readonly EntityLoader<long, Campaign> CampaignById = new(nameof(CampaignById),
        (db, ids) => db.Campaigns.Where(c => ids.Contains(c.Id)), c => c.Id);

    public static readonly EntityLoader<long, Locality> LocalityById = new(nameof(LocalityById),
        (db, ids) => db.Localities.Where(l => ids.Contains(l.Id)), l => l.Id);

    public static readonly EntityLoader<long, LocalityOfficial> OfficialById = new(nameof(OfficialById),
        (db, ids) => db.LocalityOfficials.Where(o => ids.Contains(o.Id)), o => o.Id);

    // Children that stay plain lists: small fixed sets, or rows that are not entities of their own.

    /// <summary>Partnerships are stored once per pair; each side sees the other as its partner.</summary>
    public static readonly GroupLoader<OrganizationPartnership> PartnershipsByOrganization = new(nameof(PartnershipsByOrganization),
        (db, ids) => db.Partnerships.Where(p => ids.Contains(p.OrganizationId))
            .Select(p => new { Key = p.OrganizationId, p.Id, PartnerId = p.PartnerId, p.Since, p.Description })
            .Concat(db.Partnerships.Where(p => ids.Contains(p.PartnerId))
                .Select(p => new { Key = p.PartnerId, p.Id, PartnerId = p.OrganizationId, p.Since, p.Description }))
            .OrderBy(p => p.Key).ThenBy(p => p.Since).ThenBy(p => p.Id)
            .Select(p => new Keyed<OrganizationPartnership>(p.Key, new OrganizationPartnership(p.Id, p.PartnerId, p.Since, p.Description))));

    /// <summary>The photo at the lowest position of each animal: its cover, for listing cards.</summary>
    public static readonly EntityLoader<long, AnimalPhoto> CoverPhotoByAnimal = new(nameof(CoverPhotoByAnimal),
        (db, ids) => FirstRowsPerParent.Query(db.AnimalPhotos, ids, 1, "animal_photos", "animal_id", "true", "t.position, t.id"),
        p => p.AnimalId);

    /// <summary>A story's animals (a handful, through the story–animal links), visible ones only, by name.</summary>
    public static readonly GroupLoader<Animal> AnimalsByStory = new(nameof(AnimalsByStory),
        (db, ids) => db.StoryAnimals.Where(sa => ids.Contains(sa.StoryId) && db.VisibleAnimals.Any(a => a.Id == sa.AnimalId))
            .OrderBy(sa => sa.StoryId).ThenBy(sa => sa.Animal.Name).ThenBy(sa => sa.AnimalId)
            .Select(sa => new Keyed<Animal>(sa.StoryId, sa.Animal)));

    /// <summary>The campaigns a campaign replaced (usually one, its earlier page).</summary>
    public static readonly GroupLoader<Campaign> ReplacedCampaignsByReplacement = new(nameof(ReplacedCampaignsByReplacement),
        (db, ids) => db.Campaigns.Where(c => c.ReplacedByCampaignId != null && ids.Contains(c.ReplacedByCampaignId.Value))
            .OrderBy(c => c.ReplacedByCampaignId).ThenBy(c => c.Slug)
            .Select(c => new Keyed<Campaign>(c.ReplacedByCampaignId!.Value, c)));
}

/// <summary>A partnership seen from one organization: the other organization is the partner.</summary>
public sealed record OrganizationPartnership(long Id, long PartnerId, DateOnly? Since, string? Description);
