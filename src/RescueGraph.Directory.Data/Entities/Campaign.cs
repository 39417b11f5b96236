namespace RescueGraph.Directory.Data.Entities;

public class Campaign : IVersioned
{
    public long Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public CampaignKind Kind { get; set; }
    /// <summary>The Korean city/province the campaign presses.</summary>
    public long? KoreanLocalityId { get; set; }
    /// <summary>The twinned place abroad; its country is the locality's.</summary>
    public long? PartnerLocalityId { get; set; }
    public short? TwinnedYear { get; set; }
    public CampaignStatus Status { get; set; }
    public long? ReplacedByCampaignId { get; set; }
    public string? Summary { get; set; }
    /// <summary>The organization running the campaign.</summary>
    public long OrganizationId { get; set; }
    public int SignatureCount { get; set; }
    public int? SignatureGoal { get; set; }
    /// <summary>Amount a sponsor donates per <see cref="PledgePerSignatures"/> signatures, e.g. 1000 USD per 10000.</summary>
    public decimal? PledgeAmount { get; set; }
    /// <summary>ISO 4217 code.</summary>
    public string? PledgeCurrency { get; set; }
    public int? PledgePerSignatures { get; set; }
    /// <summary>Free-text addressee of a petition when it is not a listed official.</summary>
    public string? PetitionTarget { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public uint Version { get; set; }

    public Locality? KoreanLocality { get; set; }
    public Locality? PartnerLocality { get; set; }
    public Campaign? ReplacedBy { get; set; }
    public Organization Organization { get; set; } = null!;
    public List<CampaignTarget> Targets { get; set; } = [];
    public List<CampaignUpdate> Updates { get; set; } = [];
    public List<OfficialResponse> Responses { get; set; } = [];
    public List<SuggestedMessage> SuggestedMessages { get; set; } = [];
}

/// <summary>Who a campaign addresses: a listed official, or a free-text target when none is listed.</summary>
public class CampaignTarget : IVersioned
{
    public long Id { get; set; }
    public long CampaignId { get; set; }
    public long? OfficialId { get; set; }
    public string? TargetName { get; set; }
    /// <summary>E.g. "Mayor of Jeonju", "City Council".</summary>
    public string? Role { get; set; }
    public uint Version { get; set; }

    public Campaign Campaign { get; set; } = null!;
    public LocalityOfficial? Official { get; set; }
}

public class CampaignUpdate : IVersioned
{
    public long Id { get; set; }
    public long CampaignId { get; set; }
    public DateTimeOffset PostedAt { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public bool IsDraft { get; set; }
    public uint Version { get; set; }

    public Campaign Campaign { get; set; } = null!;
}

public class OfficialResponse : IVersioned
{
    public long Id { get; set; }
    public long CampaignId { get; set; }
    public long? OfficialId { get; set; }
    public string ResponderName { get; set; } = "";
    public string? ResponderTitle { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string? Summary { get; set; }
    /// <summary>What the official committed to, if anything.</summary>
    public string? Commitment { get; set; }
    public uint Version { get; set; }

    public Campaign Campaign { get; set; } = null!;
    public LocalityOfficial? Official { get; set; }
}

public class SuggestedMessage : IVersioned
{
    public long Id { get; set; }
    public long CampaignId { get; set; }
    /// <summary>BCP 47 language tag, e.g. "it", "en".</summary>
    public string LanguageCode { get; set; } = "";
    public string? Recipient { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public uint Version { get; set; }

    public Campaign Campaign { get; set; } = null!;
}
