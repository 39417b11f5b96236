namespace RescueGraph.Directory.Data.Entities;

public class RescueCenter : IVersioned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string City { get; set; } = "";
    public string? Region { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string Country { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public short? OpenedYear { get; set; }
    public short? RenovatedYear { get; set; }
    public int? Capacity { get; set; }
    /// <summary>Name of the person currently running the center.</summary>
    public string? CurrentHead { get; set; }
    public bool IsShelter { get; set; }
    public bool IsAdoptionCenter { get; set; }
    public bool OffersSocializationTraining { get; set; }
    public uint Version { get; set; }

    public Organization Organization { get; set; } = null!;
    public List<Animal> Animals { get; set; } = [];
}
