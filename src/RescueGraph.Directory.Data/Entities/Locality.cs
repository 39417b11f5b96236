namespace RescueGraph.Directory.Data.Entities;

public class Locality : IVersioned
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The name in the local script, e.g. 전주시 for Jeonju.</summary>
    public string? NativeName { get; set; }
    public LocalityKind Kind { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string Country { get; set; } = "";
    public string? Region { get; set; }
    public long? ParentId { get; set; }
    public DogMeatFreeStatus DogMeatFreeStatus { get; set; }
    public DateOnly? DogMeatFreeDeclaredOn { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public uint Version { get; set; }

    public Locality? Parent { get; set; }
    public List<Locality> Children { get; set; } = [];
    public List<LocalityOfficial> Officials { get; set; } = [];
}

public class LocalityOfficial : IVersioned
{
    public long Id { get; set; }
    public long LocalityId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>E.g. "Mayor", "Governor".</summary>
    public string Title { get; set; } = "";
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }
    public uint Version { get; set; }

    public Locality Locality { get; set; } = null!;
}
