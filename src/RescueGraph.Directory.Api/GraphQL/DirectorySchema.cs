using RescueGraph.Directory.Api.GraphQL.Types;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.Directory.Api.GraphQL;

/// <summary>The directory's GraphQL schema, built code-first over the EF entities.</summary>
public static class DirectorySchema
{
    public static Schema Build() => new SchemaBuilder()
        .Description("RescueGraph: the shared directory of an international animal-rescue network.")
        .AddQueryType()
        .AddOrganizationTypes()
        .AddRescueCenterType()
        .AddAnimalTypes()
        .AddLocalityTypes()
        .AddCampaignTypes()
        .AddStoryType()
        .AddDirectoryEnums()
        .Build();

    /// <summary>The schema as SDL, applied directives included: what <c>schema export</c> writes and the snapshot test compares.</summary>
    public static string PrintSdl(Schema schema) =>
        SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true });
}
