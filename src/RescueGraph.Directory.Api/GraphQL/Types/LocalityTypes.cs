using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Types;

internal static class LocalityTypes
{
    public static SchemaBuilder AddLocalityTypes(this SchemaBuilder schema, DataSchema<DirectoryDbContext> data) => schema
        .Object<Locality>("Locality", t =>
        {
            t.Description("A city, district, county, province or state: a Korean locality a campaign presses, or its partner abroad.");
            t.NodeId(data, l => l.Id, "locality");
            t.VersionField();
            t.Field("name", l => l.Name).Description("The locality's name in English, e.g. `Jeonju`.");
            t.Field("nativeName", l => l.NativeName).Description("The name in the local script, e.g. `전주시`.");
            t.Field("kind", l => l.Kind).Description("What kind of place this is.");
            t.Field("country", l => l.Country).Description("ISO 3166-1 alpha-2 code of the locality's country.");
            t.Field("region", l => l.Region).Description("Province, state or region the locality belongs to, when known.");
            t.Field("latitude", l => l.Latitude).Description("Latitude in decimal degrees (WGS 84), when known.");
            t.Field("longitude", l => l.Longitude).Description("Longitude in decimal degrees (WGS 84), when known.");
            t.Field("dogMeatFreeStatus", l => l.DogMeatFreeStatus)
                .Description("For Korean localities: where the locality stands on ending the dog meat trade.");
            t.Field("dogMeatFreeDeclaredOn", l => l.DogMeatFreeDeclaredOn)
                .Description("When the locality declared itself \"Dog Meat Free\", if it has.");
            t.JoinedReference(data, "parent", l => l.Parent, DirectoryLoaders.LocalityById, l => l.ParentId)
                .Description("The locality this one lies in, e.g. the city of a district.");
            data.NestedConnection(t, "children", l => l.Id, (Locality child, long id) => child.ParentId == id, (db, _) => db.Localities)
                .Filtering().Sorting()
                .Description("Localities within this one, by name unless `order` says otherwise.");
            data.NestedConnection(t, "officials", l => l.Id, o => o.LocalityId, db => db.LocalityOfficials).Filtering().Sorting()
                .Description("Officials of the locality (mayors, governors), most recent term first unless `order` says otherwise.");
            data.NestedConnection(t, "campaigns", l => l.Id, (Campaign c, long id) => c.KoreanLocalityId == id || c.PartnerLocalityId == id,
                    (db, _) => db.Campaigns)
                .Filtering().Sorting()
                .Description("Campaigns involving the locality, as the Korean locality or as the partner abroad; by slug unless `order` says otherwise.");
        })
        .Object<LocalityOfficial>("LocalityOfficial", t =>
        {
            t.Description("An office holder of a locality, such as a mayor, whom campaigns address.");
            t.NodeId(data, o => o.Id, "official");
            t.VersionField();
            t.Field("name", o => o.Name).Description("The official's name.");
            t.Field("title", o => o.Title).Description("The office, e.g. `Mayor`.");
            t.Field("termStart", o => o.TermStart).Description("Start of the term of office, when known.");
            t.Field("termEnd", o => o.TermEnd).Description("End of the term of office, when known (null while in office).");
            t.JoinedReference(data, "locality", o => o.Locality, DirectoryLoaders.LocalityById, o => o.LocalityId)
                .Description("The locality the official serves.");
        });
}
