using RescueGraph.Directory.Data;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>The partner and admin writes, in HotChocolate's mutation conventions (see <see cref="MutationConventions"/>).</summary>
internal static class MutationTypes
{
    public static SchemaBuilder AddMutationTypes(this SchemaBuilder schema, DataSchema<DirectoryDbContext> data)
    {
        MutationDefinition[] definitions =
        [
            .. AnimalMutations.Definitions(),
            .. CenterMutations.Definitions(),
            .. CampaignMutations.Definitions(),
            .. AdminMutations.Definitions(),
        ];
        return schema
            // Declares @authorize once, whoever else needs it (adding the same directive again is a no-op).
            .AddAuthorization()
            .AddMutationErrorTypes()
            .AddRoleGrantType()
            .AddAuditEntryType()
            .Mutation(mutation =>
            {
                mutation.Description("The directory's writes, for partner staff (their organization's records) and administrators.");
                foreach (var definition in definitions) MutationConventions.Add(schema, mutation, definition);
            });
    }
}
