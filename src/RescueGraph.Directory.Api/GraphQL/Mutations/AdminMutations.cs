using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Writes;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>Network administration: onboarding organizations and granting staff roles. Administrators only.</summary>
internal static class AdminMutations
{
    private static readonly InputFields<Organization> OrganizationFields = new InputFields<Organization>()
        .Text("name", o => o.Name, DirectoryDbContext.NameLength, "The organization's name.", required: true)
        .Text("slug", o => o.Slug, DirectoryDbContext.SlugLength, "Unique URL-friendly name: lower-case letters, digits, hyphens.", required: true, rule: WriteRules.Slug)
        .Value("kind", o => o.Kind, "OrganizationKind", "What kind of partner this is.", requiredOnCreate: true)
        .Text("country", o => o.Country, DirectoryDbContext.CountryCodeLength, "ISO 3166-1 alpha-2 code of the headquarters' country.", required: true, rule: WriteRules.CountryCode)
        .Text("websiteUrl", o => o.WebsiteUrl, DirectoryDbContext.UrlLength, "http(s) URL of the organization's website.", rule: WriteRules.HttpUrl)
        .Short("foundedYear", o => o.FoundedYear, "Year the organization was founded.", year => WriteRules.Year(year, DateTimeOffset.UtcNow))
        .Text("mission", o => o.Mission, 20_000, "The mission in the organization's own words.")
        .Text("publicEmail", o => o.PublicEmail, 320, "Public contact e-mail.", rule: WriteRules.Email)
        .Text("publicPhone", o => o.PublicPhone, 40, "Public contact phone number.")
        .Text("staffContactEmail", o => o.StaffContactEmail, 320, "Private staff contact e-mail.", rule: WriteRules.Email)
        .Text("staffContactPhone", o => o.StaffContactPhone, 40, "Private staff contact phone number.")
        .TextList("socialLinks", o => o.SocialLinks, 20, DirectoryDbContext.UrlLength, "http(s) URLs of social media profiles.", WriteRules.HttpUrl)
        .Text("logoUrl", o => o.LogoUrl, DirectoryDbContext.UrlLength, "http(s) URL of the logo.", rule: WriteRules.HttpUrl);

    private static readonly string[] AdminOnly = [DirectoryRoles.Admin];

    private const string GrantResult = "The role grant; null when there were errors.";

    public static SchemaBuilder AddRoleGrantType(this SchemaBuilder schema) => schema
        .Enum<StaffRole>(description: "A role staff can be granted.", configure: values => values
            .Value(StaffRole.Partner, "Staff of one organization: writes its records, reads its private fields.")
            .Value(StaffRole.Analyst, "Read-only analysis of published data, with a larger cost budget.")
            .Value(StaffRole.Admin, "Network administrator: everything, including onboarding and roles."))
        .Object<RoleGrant>("RoleGrant", t =>
        {
            t.Description("A role held by a staff member, for one organization (partners) or network-wide (analysts, admins).");
            t.Field("subject", (g, _) => g.StaffMember.Subject).Type("String!").Description("The staff member's token subject (`sub`).");
            t.Field("role", g => g.Role).Description("The role.");
            t.OptionalReference("organization", "Organization", DirectoryLoaders.OrganizationById, g => g.OrganizationId)
                .Description("The organization a partner role is for; null for network-wide roles.");
            t.Field("grantedAt", g => g.GrantedAt).Description("When the role was granted.");
            t.Field("grantedBy", g => g.GrantedBy).Description("Subject of the administrator who granted it.");
        });

    public static IEnumerable<MutationDefinition> Definitions()
    {
        yield return new MutationDefinition("createOrganization", "Onboards a partner organization. Administrators only.",
            input => OrganizationFields.Declare(input, forCreate: true),
            [("organization", "Organization", "The new organization; null when there were errors.")],
            MutationErrorKinds.NotAuthorized | MutationErrorKinds.Validation, CreateOrganizationAsync)
        {
            Roles = AdminOnly,
        };

        Action<InputObjectTypeBuilder<object>> grantInput = input => input
            .Field("subject", "String!", "The staff member's token subject (`sub`).")
            .Field("role", "StaffRole!", "The role.")
            .Field("organizationId", "ID", "PARTNER: the organization (required); other roles are network-wide and take none.");

        yield return new MutationDefinition("grantRole",
            "Grants a role to a staff member (created on first grant); it takes effect on their next request. Granting a role held already changes nothing. Administrators only.",
            input =>
            {
                grantInput(input);
                input.Field("displayName", "String", "Name shown for a staff member created by this grant (default: the subject).");
                input.Field("email", "String", "E-mail of a staff member created by this grant.");
            },
            [("roleGrant", "RoleGrant", GrantResult)], MutationErrorKinds.Create, GrantRoleAsync) { Roles = AdminOnly };

        yield return new MutationDefinition("revokeRole", "Revokes a role grant; it stops applying on the staff member's next request. Administrators only.",
            grantInput, [("roleGrant", "RoleGrant", "The revoked grant; null when there were errors.")], MutationErrorKinds.Create, RevokeRoleAsync) { Roles = AdminOnly };
    }

    private static async Task<MutationPayload> CreateOrganizationAsync(MutationCall call)
    {
        if (!call.Caller.IsAdmin) return MutationCall.AdminsOnly();
        var organization = new Organization();
        OrganizationFields.Apply(call.Input, organization);
        if (call.HasErrors) return call.Invalid();
        call.Db.Organizations.Add(organization);
        await call.SaveAuditedAsync();
        return MutationPayload.Success(organization);
    }

    /// <summary>Reads and checks subject, role and organization; the organization id is null for network-wide roles.</summary>
    private static async Task<(string Subject, StaffRole Role, long? OrganizationId, MutationPayload? Refusal)> ReadGrantAsync(MutationCall call)
    {
        var input = call.Input;
        var subject = input.Text("subject", DirectoryDbContext.NameLength, required: true) ?? "";
        var role = input.Value<StaffRole>("role") ?? StaffRole.Partner;
        var organizationId = input.Id("organizationId", "Organization");
        if (role == StaffRole.Partner && input.Raw("organizationId") is null) input.Errors.Add("organizationId", "A PARTNER role needs the organization.");
        if (role != StaffRole.Partner && input.Raw("organizationId") is not null)
            input.Errors.Add("organizationId", $"A {AnimalLifecycle.Name(role)} role is network-wide and takes no organization.");
        if (call.HasErrors) return (subject, role, null, call.Invalid());
        if (organizationId is { } id && !await call.Db.Organizations.AnyAsync(o => o.Id == id, call.CancellationToken))
            return (subject, role, null, call.NotFound("organizationId", "organization"));
        return (subject, role, organizationId, null);
    }

    private static async Task<MutationPayload> GrantRoleAsync(MutationCall call)
    {
        if (!call.Caller.IsAdmin) return MutationCall.AdminsOnly();
        var displayName = call.Input.Text("displayName", DirectoryDbContext.NameLength);
        var email = call.Input.Text("email", 320, rule: WriteRules.Email);
        var (subject, role, organizationId, refusal) = await ReadGrantAsync(call);
        if (refusal is not null) return refusal;

        var db = call.Db;
        var staff = await db.StaffMembers.Include(s => s.RoleGrants).FirstOrDefaultAsync(s => s.Subject == subject, call.CancellationToken);
        var existing = staff?.RoleGrants.Find(g => g.Role == role && g.OrganizationId == organizationId);
        if (existing is not null) return MutationPayload.Success(existing);

        staff ??= db.StaffMembers.Add(new StaffMember { Subject = subject, DisplayName = displayName ?? subject, Email = email, CreatedAt = call.Now }).Entity;
        var grant = new RoleGrant { StaffMember = staff, Role = role, OrganizationId = organizationId, GrantedAt = call.Now, GrantedBy = call.Caller.Subject! };
        db.RoleGrants.Add(grant);
        await call.SaveAuditedAsync();
        return MutationPayload.Success(grant);
    }

    private static async Task<MutationPayload> RevokeRoleAsync(MutationCall call)
    {
        if (!call.Caller.IsAdmin) return MutationCall.AdminsOnly();
        var (subject, role, organizationId, refusal) = await ReadGrantAsync(call);
        if (refusal is not null) return refusal;

        var grant = await call.Db.RoleGrants.Include(g => g.StaffMember)
            .FirstOrDefaultAsync(g => g.StaffMember.Subject == subject && g.Role == role && g.OrganizationId == organizationId, call.CancellationToken);
        if (grant is null) return MutationPayload.Failure(new NotFoundError(subject, "This staff member holds no such role."));
        call.Db.RoleGrants.Remove(grant);
        await call.SaveAuditedAsync();
        return MutationPayload.Success(grant);
    }
}
