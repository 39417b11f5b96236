using RescueGraph.Directory.Api.GraphQL.Mutations;
using RescueGraph.Directory.Api.GraphQL.Types;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.Directory.Api.GraphQL;

/// <summary>The directory's GraphQL schema, built code-first over the EF entities.</summary>
public static class DirectorySchema
{
    public static Schema Build()
    {
        var schema = new SchemaBuilder()
            .Description("RescueGraph: the shared directory of an international animal-rescue network.");
        var data = DirectoryData.Create(schema);
        return schema
            .AddOrganizationTypes(data)
            .AddRescueCenterType(data)
            .AddAnimalTypes(data)
            .AddLocalityTypes(data)
            .AddCampaignTypes(data)
            .AddStoryType(data)
            .AddDirectoryEnums()
            .AddNearInput()
            .AddNearbyTypes()
            .AddStatisticsTypes()
            .AddQueryType(data)
            .AddMutationTypes(data)
            .Build();
    }

    /// <summary>The schema as SDL, applied directives included: what <c>schema export</c> writes and the snapshot test compares.</summary>
    public static string PrintSdl(Schema schema) =>
        SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true });
}
