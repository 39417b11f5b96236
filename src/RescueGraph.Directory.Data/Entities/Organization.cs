namespace RescueGraph.Directory.Data.Entities;

public class Organization : IVersioned
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public OrganizationKind Kind { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code of the headquarters country.</summary>
    public string Country { get; set; } = "";
    public string? WebsiteUrl { get; set; }
    public short? FoundedYear { get; set; }
    public string? Mission { get; set; }
    /// <summary>Public contact shown on listings.</summary>
    public string? PublicEmail { get; set; }
    public string? PublicPhone { get; set; }
    /// <summary>Private staff contact: never shown to anonymous callers or other organizations.</summary>
    public string? StaffContactEmail { get; set; }
    public string? StaffContactPhone { get; set; }
    /// <summary>Full URLs of the organization's social profiles (the platform is evident from the host).</summary>
    public List<string> SocialLinks { get; set; } = [];
    public string? LogoUrl { get; set; }
    public uint Version { get; set; }

    public List<RescueCenter> Centers { get; set; } = [];
    public List<Animal> Animals { get; set; } = [];
    public List<Campaign> Campaigns { get; set; } = [];
    public List<Story> Stories { get; set; } = [];
}

/// <summary>Two organizations working together; stored once per pair, <see cref="OrganizationId"/> &lt; <see cref="PartnerId"/>.</summary>
public class Partnership : IVersioned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long PartnerId { get; set; }
    public DateOnly? Since { get; set; }
    public string? Description { get; set; }
    public uint Version { get; set; }

    public Organization Organization { get; set; } = null!;
    public Organization Partner { get; set; } = null!;
}
