using RescueGraph.Directory.Data;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>The audit trail's read side, for admins.</summary>
internal static class AuditQueries
{
    public static void AddAuditFields(this ObjectTypeBuilder<object> query, DataSchema<DirectoryDbContext> data)
    {
    }
}
