using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Types;

internal static class RescueCenterType
{
    public static SchemaBuilder AddRescueCenterType(this SchemaBuilder schema, DataSchema<DirectoryDbContext> data) => schema
        .Object<RescueCenter>("RescueCenter", t =>
        {
            t.Description("A place where an organization cares for animals: a shelter, an adoption center, a training site.");
            t.NodeId(data, c => c.Id, "center");
            t.VersionField();
            t.Field("slug", c => c.Slug).Description("URL-friendly unique name, e.g. `jindo-love-rescue-gimhae`; use it to look the center up.");
            t.Field("name", c => c.Name).Description("The center's name.");
            t.Field("city", c => c.City).Description("City the center is in.");
            t.Field("region", c => c.Region).Description("Province, state or region, when known.");
            t.Field("country", c => c.Country).Description("ISO 3166-1 alpha-2 code of the center's country.");
            t.Field("latitude", c => c.Latitude).Description("Latitude in decimal degrees (WGS 84), when known.");
            t.Field("longitude", c => c.Longitude).Description("Longitude in decimal degrees (WGS 84), when known.");
            t.Field("openedYear", c => c.OpenedYear).Description("Year the center opened, when known.");
            t.Field("renovatedYear", c => c.RenovatedYear).Description("Year of the latest renovation, when known.");
            t.Field("capacity", c => c.Capacity).Description("How many animals the center can house.");
            t.Field("currentHead", c => c.CurrentHead).Description("Name of the person currently running the center.");
            t.Field("isShelter", c => c.IsShelter).Description("Whether the center shelters animals.");
            t.Field("isAdoptionCenter", c => c.IsAdoptionCenter).Description("Whether adopters can meet animals here.");
            t.Field("offersSocializationTraining", c => c.OffersSocializationTraining)
                .Description("Whether the center trains rescued animals to live with people.");
            t.JoinedReference(data, "organization", c => c.Organization, DirectoryLoaders.OrganizationById, c => c.OrganizationId)
                .Description("The organization that runs the center.");
            data.NestedConnection(t, "animals", c => c.Id, a => a.CenterId, DirectoryData.VisibleAnimals).Filtering().Sorting()
                .Description("Animals at the center the caller may see (published ones; partners also see their own unpublished ones), newest listing first unless `order` says otherwise.");
        });
}
