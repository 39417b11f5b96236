using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL.Types;

internal static class OrganizationTypes
{
    public static SchemaBuilder AddOrganizationTypes(this SchemaBuilder schema, DataSchema<DirectoryDbContext> data) => schema.AddAuthorization()
        .Object<Organization>("Organization", t =>
        {
            t.Description("A partner of the network: a rescue group, an advocacy organization, a shelter, a training cooperative or a sponsor.");
            t.NodeId(data, o => o.Id, "organization");
            t.VersionField();
            t.Field("slug", o => o.Slug).Description("URL-friendly unique name, e.g. `jindo-love-rescue`; use it to look the organization up.");
            t.Field("name", o => o.Name).Description("The organization's name as it presents itself.");
            t.Field("kind", o => o.Kind).Description("What kind of partner this is.");
            t.Field("country", o => o.Country).Description("ISO 3166-1 alpha-2 code of the country of the headquarters, e.g. `US`, `KR`.");
            t.Field("websiteUrl", o => o.WebsiteUrl).Description("The organization's own website.");
            t.Field("foundedYear", o => o.FoundedYear).Description("Year the organization was founded, when known.");
            t.Field("mission", o => o.Mission).Description("The organization's mission in its own words.");
            t.Field("publicEmail", o => o.PublicEmail).Description("Public contact e-mail for listings.");
            t.Field("publicPhone", o => o.PublicPhone).Description("Public contact phone number for listings.");
            t.Field("staffContactEmail", o => o.StaffContactEmail).PrivateToOrganization<Organization>(o => o.Id)
                .Description("E-mail address for the network's staff to reach the organization. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.Field("staffContactPhone", o => o.StaffContactPhone).PrivateToOrganization<Organization>(o => o.Id)
                .Description("Phone number for the network's staff to reach the organization. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.Field("socialLinks", o => o.SocialLinks).Description("Full URLs of the organization's social media profiles.");
            t.Field("logoUrl", o => o.LogoUrl).Description("URL of the organization's logo.");
            data.NestedConnection(t, "centers", o => o.Id, c => c.OrganizationId, db => db.RescueCenters).Filtering().Sorting()
                .Description("The organization's rescue centers, by name unless `order` says otherwise.");
            data.NestedConnection(t, "animals", o => o.Id, a => a.OrganizationId, DirectoryData.VisibleAnimals).Filtering().Sorting()
                .Description("Animals the organization owns that the caller may see (published ones; its partners see all), newest listing first unless `order` says otherwise.");
            data.NestedConnection(t, "campaigns", o => o.Id, c => c.OrganizationId, db => db.Campaigns).Filtering().Sorting()
                .Description("Campaigns the organization runs, by slug unless `order` says otherwise.");
            data.NestedConnection(t, "stories", o => o.Id, s => s.OrganizationId, db => db.Stories).Filtering().Sorting()
                .Description("Rescue stories the organization published, newest first unless `order` says otherwise.");
            data.NestedConnection(t, "partnerships", o => o.Id, (Partnership p, long id) => p.OrganizationId == id || p.PartnerId == id,
                    (db, _) => db.Partnerships)
                .Filtering().Sorting()
                .Description("Partnerships the organization is part of, oldest first unless `order` says otherwise; the organization is one of each partnership's `organizations`.");
        })
        .Object<Partnership>("Partnership", t =>
        {
            // One stored row per pair, so one node: the same partnership is reached from either organization.
            t.Description("Two partner organizations working together: one record, listed under both organizations' `partnerships`.");
            t.NodeId(data, p => p.Id, "partnership");
            t.VersionField();
            t.FieldAsync("organizations", (p, ctx) => BothOrganizationsAsync(ctx, p.OrganizationId, p.PartnerId)).Type("[Organization!]!")
                .Requires<Partnership>(p => p.OrganizationId, p => p.PartnerId)
                .Description("The two organizations, in the order they were recorded.");
            t.Field("since", p => p.Since).Description("When the partnership began, when known.");
            t.Field("description", p => p.Description).Description("What the two organizations do together.");
        });

    // Both loads are queued before either is awaited, so they share the level's one organization statement.
    private static async ValueTask<Organization[]> BothOrganizationsAsync(IResolveFieldContext context, long first, long second)
    {
        var one = DirectoryLoaders.OrganizationById.LoadAsync(context, first);
        var other = DirectoryLoaders.OrganizationById.LoadAsync(context, second);
        return [(await one)!, (await other)!];
    }
}
