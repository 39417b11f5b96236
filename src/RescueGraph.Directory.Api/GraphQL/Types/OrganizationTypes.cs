using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Types;

internal static class OrganizationTypes
{
    public static SchemaBuilder AddOrganizationTypes(this SchemaBuilder schema, DataSchema<DirectoryDbContext> data) => schema
        .Object<Organization>("Organization", t =>
        {
            t.Description("A partner of the network: a rescue group, an advocacy organization, a shelter, a training cooperative or a sponsor.");
            t.NodeId(data, o => o.Id, "organization");
            t.Field("slug", o => o.Slug).Description("URL-friendly unique name, e.g. `jindo-love-rescue`; use it to look the organization up.");
            t.Field("name", o => o.Name).Description("The organization's name as it presents itself.");
            t.Field("kind", o => o.Kind).Description("What kind of partner this is.");
            t.Field("country", o => o.Country).Description("ISO 3166-1 alpha-2 code of the country of the headquarters, e.g. `US`, `KR`.");
            t.Field("websiteUrl", o => o.WebsiteUrl).Description("The organization's own website.");
            t.Field("foundedYear", o => o.FoundedYear).Description("Year the organization was founded, when known.");
            t.Field("mission", o => o.Mission).Description("The organization's mission in its own words.");
            t.Field("publicEmail", o => o.PublicEmail).Description("Public contact e-mail for listings.");
            t.Field("publicPhone", o => o.PublicPhone).Description("Public contact phone number for listings.");
            t.Field("socialLinks", o => o.SocialLinks).Description("Full URLs of the organization's social media profiles.");
            t.Field("logoUrl", o => o.LogoUrl).Description("URL of the organization's logo.");
            data.NestedConnection(t, "centers", o => o.Id, c => c.OrganizationId, db => db.RescueCenters).Filtering().Sorting()
                .Description("The organization's rescue centers, by name unless `order` says otherwise.");
            data.NestedConnection(t, "animals", o => o.Id, a => a.OrganizationId, DirectoryData.VisibleAnimals).Filtering().Sorting()
                .Description("Published animals the organization owns, newest listing first unless `order` says otherwise.");
            data.NestedConnection(t, "campaigns", o => o.Id, c => c.OrganizationId, db => db.Campaigns).Filtering().Sorting()
                .Description("Campaigns the organization runs, by slug unless `order` says otherwise.");
            data.NestedConnection(t, "stories", o => o.Id, s => s.OrganizationId, db => db.Stories).Filtering().Sorting()
                .Description("Rescue stories the organization published, newest first unless `order` says otherwise.");
            t.Children("partnerships", "Partnership", DirectoryLoaders.PartnershipsByOrganization, o => o.Id)
                .Description("Organizations this one works with, oldest partnership first.");
        })
        .Object<OrganizationPartnership>("Partnership", t =>
        {
            t.Description("Two partner organizations working together, seen from one of them.");
            t.Reference("partner", "Organization", DirectoryLoaders.OrganizationById, p => p.PartnerId)
                .Description("The other organization of the partnership.");
            t.Field("since", p => p.Since).Description("When the partnership began, when known.");
            t.Field("description", p => p.Description).Description("What the two organizations do together.");
        });
}
