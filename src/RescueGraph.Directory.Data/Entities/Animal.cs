namespace RescueGraph.Directory.Data.Entities;

/// <summary>
/// An animal in a center's care. Its location is its center's: coordinates are not copied here, because a
/// transfer would then have to rewrite them and distance search goes through the (few thousand) centers anyway.
/// </summary>
public class Animal : IVersioned
{
    public long Id { get; set; }
    public long CenterId { get; set; }
    /// <summary>The owning organization (usually, but not necessarily, the center's).</summary>
    public long OrganizationId { get; set; }
    public string Name { get; set; } = "";
    public Species Species { get; set; }
    public string? PrimaryBreed { get; set; }
    public string? SecondaryBreed { get; set; }
    public bool MixedBreed { get; set; }
    public AnimalSex Sex { get; set; }
    public AgeGroup AgeGroup { get; set; }
    public DateOnly? BirthDateEstimate { get; set; }
    public AnimalSize? Size { get; set; }
    public CoatLength? Coat { get; set; }
    public List<string> Colors { get; set; } = [];
    public AnimalStatus Status { get; set; }
    public bool IsPublished { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset StatusChangedAt { get; set; }
    public DateOnly IntakeDate { get; set; }
    public IntakeType IntakeType { get; set; }
    public string? Story { get; set; }
    public bool SpayedNeutered { get; set; }
    public bool Vaccinated { get; set; }
    public bool HouseTrained { get; set; }
    public bool SpecialNeeds { get; set; }
    public string? SpecialNeedsDescription { get; set; }
    public Compatibility GoodWithChildren { get; set; }
    public Compatibility GoodWithDogs { get; set; }
    public Compatibility GoodWithCats { get; set; }

    // Private: visible only to the owning organization's staff.
    public string? BehaviourNotes { get; set; }
    public string? MedicalNotes { get; set; }
    public string? AdopterName { get; set; }
    public string? AdopterContact { get; set; }
    public string? FosterName { get; set; }
    public string? FosterContact { get; set; }
    public string? FosterAddress { get; set; }

    public uint Version { get; set; }

    public RescueCenter Center { get; set; } = null!;
    public Organization Organization { get; set; } = null!;
    public List<AnimalPhoto> Photos { get; set; } = [];
    public List<AnimalEvent> Events { get; set; } = [];
    /// <summary>The stories the animal appears in, through their links.</summary>
    public List<StoryAnimal> StoryLinks { get; set; } = [];
}

public class AnimalPhoto : IVersioned
{
    public long Id { get; set; }
    public long AnimalId { get; set; }
    /// <summary>Display order within the animal, from 0; position 0 is the cover photo.</summary>
    public short Position { get; set; }
    public string? Caption { get; set; }
    public string SmallUrl { get; set; } = "";
    public string MediumUrl { get; set; } = "";
    public string LargeUrl { get; set; } = "";
    public string OriginalUrl { get; set; } = "";
    /// <summary>Pixel size of the original.</summary>
    public int? Width { get; set; }
    public int? Height { get; set; }
    public uint Version { get; set; }

    public Animal Animal { get; set; } = null!;
}

/// <summary>One entry of an animal's timeline; intakes and outcomes follow the Shelter Animals Count matrix.</summary>
public class AnimalEvent : IVersioned
{
    public long Id { get; set; }
    public long AnimalId { get; set; }
    public AnimalEventKind Kind { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary>The center that recorded the event, so per-center analytics survive later transfers.</summary>
    public long? CenterId { get; set; }
    /// <summary>
    /// The animal's species, copied by the database (migration 0005's triggers) so statistics group the timeline by
    /// species without joining animals. Never sent by EF; read back after every insert and update.
    /// </summary>
    public Species Species { get; set; }
    public IntakeType? IntakeType { get; set; }
    public IntakeSource? IntakeSource { get; set; }
    public OutcomeType? OutcomeType { get; set; }
    public long? FromCenterId { get; set; }
    public long? ToCenterId { get; set; }
    public string? FlightNumber { get; set; }
    public string? Carrier { get; set; }
    public string? EscortName { get; set; }
    public string? DestinationCity { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? DestinationCountry { get; set; }
    public string? Notes { get; set; }
    /// <summary>Private: adopter/foster identities, addresses and the like.</summary>
    public string? PrivateDetails { get; set; }
    public uint Version { get; set; }

    public Animal Animal { get; set; } = null!;
    public RescueCenter? Center { get; set; }
    public RescueCenter? FromCenter { get; set; }
    public RescueCenter? ToCenter { get; set; }
}
