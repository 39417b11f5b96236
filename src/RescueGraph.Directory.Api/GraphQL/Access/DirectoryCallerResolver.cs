using System.Data.Common;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data;
using RescueGraph.GraphQL.Authorization;

namespace RescueGraph.Directory.Api.GraphQL.Access;

/// <summary>
/// Builds the <see cref="DirectoryCaller"/> of a signed-in principal: the token's roles (<c>role</c>/<c>roles</c>) and,
/// when it carries the partner role, the organizations its <c>org</c> claims name by slug; merged with the role grants
/// stored for its subject (<c>staff_members.subject</c> → <c>role_grants</c>). Read on every request, never cached,
/// so a grant or a revocation takes effect on the grantee's next request.
/// </summary>
public static class DirectoryCallerResolver
{
    // One statement: the subject's grants, plus the ids of the organizations the token names (as partner grants).
    // Organization slugs that name no organization simply match nothing.
    private const string GrantsSql = """
        SELECT g.role, g.organization_id
        FROM role_grants g
        JOIN staff_members s ON s.id = g.staff_member_id
        WHERE s.subject = @subject
        UNION ALL
        SELECT 'partner', o.id FROM organizations o WHERE o.slug = ANY(@slugs)
        """;

    public static async ValueTask<DirectoryCaller> ResolveAsync(ClaimsPrincipal? user, IDbContextFactory<DirectoryDbContext> contexts,
        CancellationToken cancellationToken)
    {
        if (user?.Identity?.IsAuthenticated != true) return DirectoryCaller.Anonymous;

        var subject = user.FindFirst(GraphQLClaimTypes.Subject)?.Value ?? user.Identity.Name ?? "";
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in user.FindAll(GraphQLClaimTypes.Role)) roles.Add(claim.Value);
        // A token's organizations only qualify its partner role; an analyst's org claim grants nothing.
        var slugs = roles.Contains(DirectoryRoles.Partner) ? OrganizationSlugs(user) : [];

        var partnerOrganizations = new List<long>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = GrantsSql;
                AddParameter(command, "subject", subject);
                AddParameter(command, "slugs", slugs);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var role = reader.GetString(0);
                    roles.Add(role);
                    if (role == DirectoryRoles.Partner && !reader.IsDBNull(1)) partnerOrganizations.Add(reader.GetInt64(1));
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return new DirectoryCaller(subject, roles, Distinct(partnerOrganizations));
    }

    /// <summary>Every <c>org</c> claim (a token may name several organizations).</summary>
    private static string[] OrganizationSlugs(ClaimsPrincipal user)
    {
        var slugs = new List<string>();
        foreach (var claim in user.FindAll(GraphQLClaimTypes.Organization))
            if (!string.IsNullOrWhiteSpace(claim.Value)) slugs.Add(claim.Value.Trim());
        return [.. slugs];
    }

    private static long[] Distinct(List<long> ids)
    {
        ids.Sort();
        var distinct = new List<long>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
            if (i == 0 || ids[i] != ids[i - 1]) distinct.Add(ids[i]);
        return [.. distinct];
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
