namespace RescueGraph.Directory.Data.Entities;

/// <summary>A published rescue case.</summary>
public class Story : IVersioned
{
    public long Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly PublishedOn { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public long OrganizationId { get; set; }
    /// <summary>E.g. "Highest fine ever imposed for animal abuse in Korea".</summary>
    public string? Outcome { get; set; }
    public uint Version { get; set; }

    public Organization Organization { get; set; } = null!;
    public List<StoryAnimal> Animals { get; set; } = [];
}

public class StoryAnimal
{
    public long StoryId { get; set; }
    public long AnimalId { get; set; }

    public Story Story { get; set; } = null!;
    public Animal Animal { get; set; } = null!;
}
