using RescueGraph.Directory.Data;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>The partner and admin writes, in HotChocolate's mutation conventions.</summary>
internal static class MutationTypes
{
    public static SchemaBuilder AddMutationTypes(this SchemaBuilder schema, DataSchema<DirectoryDbContext> data) => schema;
}
