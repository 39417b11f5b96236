using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL.Access;

/// <summary><c>me</c>: who the directory takes the caller to be, for clients to adapt their screens (and for debugging tokens).</summary>
internal static class CallerType
{
    public static SchemaBuilder AddCallerType(this SchemaBuilder schema) => schema
        .Object<DirectoryCaller>("Caller", t =>
        {
            t.Description("The signed-in caller as the directory sees it: the token's roles merged with the roles granted to its subject.");
            t.Field("subject", (c, _) => c.Subject ?? "").Type("String!").Description("The token's subject (`sub`); what the audit trail records.");
            t.Field("roles", (c, _) => SortedRoles(c)).Type("[String!]!")
                .Description("Roles held: `partner`, `analyst`, `admin`, from the token and from role grants, alphabetically.");
            t.FieldAsync("organizations", (c, ctx) => OrganizationsAsync(ctx, c.PartnerOrganizationIds)).Type("[Organization!]!")
                .Description("The organizations the caller is a partner of (whose private fields and unpublished rows it sees), by id.");
        });

    /// <summary>Adds <c>me: Caller</c> to the query type: null for anonymous callers.</summary>
    public static ObjectTypeBuilder<object> AddMeField(this ObjectTypeBuilder<object> query)
    {
        query.Field("me", (_, ctx) => ctx.GetDirectoryCaller() is { IsAuthenticated: true } caller ? caller : null).Type("Caller")
            .Description("The caller, when signed in with a bearer token; null for anonymous callers.");
        return query;
    }

    private static string[] SortedRoles(DirectoryCaller caller)
    {
        var roles = new string[caller.Roles.Count];
        var i = 0;
        foreach (var role in caller.Roles) roles[i++] = role;
        Array.Sort(roles, StringComparer.Ordinal);
        return roles;
    }

    private static async ValueTask<Organization[]> OrganizationsAsync(IResolveFieldContext context, long[] ids)
    {
        // Queue every load before awaiting any, so they share one statement.
        var pending = new ValueTask<Organization?>[ids.Length];
        for (var i = 0; i < ids.Length; i++) pending[i] = DirectoryLoaders.OrganizationById.LoadAsync(context, ids[i]);
        var organizations = new List<Organization>(ids.Length);
        for (var i = 0; i < pending.Length; i++)
            if (await pending[i] is { } organization) organizations.Add(organization);
        return [.. organizations];
    }
}
