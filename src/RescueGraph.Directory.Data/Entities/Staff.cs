namespace RescueGraph.Directory.Data.Entities;

/// <summary>A person who signs in; <see cref="Subject"/> is the JWT <c>sub</c> claim.</summary>
public class StaffMember : IVersioned
{
    public long Id { get; set; }
    public string Subject { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; set; }

    public List<RoleGrant> RoleGrants { get; set; } = [];
}

/// <summary>A role held by a staff member, scoped to an organization (null for network-wide admins).</summary>
public class RoleGrant : IVersioned
{
    public long Id { get; set; }
    public long StaffMemberId { get; set; }
    public long? OrganizationId { get; set; }
    public StaffRole Role { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    /// <summary>Subject of whoever granted it ("system" for bootstrap grants).</summary>
    public string GrantedBy { get; set; } = "";
    public uint Version { get; set; }

    public StaffMember StaffMember { get; set; } = null!;
    public Organization? Organization { get; set; }
}

/// <summary>One change to one row; append-only, hence no concurrency token.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    /// <summary>Subject of the actor.</summary>
    public string Actor { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary>CLR entity name, e.g. "Animal".</summary>
    public string EntityType { get; set; } = "";
    public long EntityId { get; set; }
    public AuditAction Action { get; set; }
    /// <summary>JSON object of changed fields: {"status": {"old": "available", "new": "adopted"}}; stored as jsonb.</summary>
    public string Changes { get; set; } = "{}";
}
