using RescueGraph.Directory.Data;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL.Access;

/// <summary>The directory's roles, as tokens and role grants name them.</summary>
public static class DirectoryRoles
{
    /// <summary>Staff of one or more organizations: writes their records, reads their private fields and unpublished rows.</summary>
    public const string Partner = "partner";

    /// <summary>Read-only, published data, a larger cost budget, no private fields.</summary>
    public const string Analyst = "analyst";

    /// <summary>Everything, including onboarding organizations and granting roles.</summary>
    public const string Admin = "admin";
}

/// <summary>
/// Who is calling, as the directory sees it: the token's subject and roles merged with the role grants stored for
/// that subject, partner organizations resolved to their ids. Built once per request; anonymous when there is no token.
/// </summary>
public sealed class DirectoryCaller(string? subject, IReadOnlySet<string> roles, long[] partnerOrganizationIds)
{
    public static readonly DirectoryCaller Anonymous = new(null, new HashSet<string>(), []);

    /// <summary>The token's <c>sub</c>; what the audit trail records as the actor. Null for anonymous callers.</summary>
    public string? Subject { get; } = subject;

    public IReadOnlySet<string> Roles { get; } = roles;

    /// <summary>The organizations this caller is a partner of (empty unless it holds the partner role for some).</summary>
    public long[] PartnerOrganizationIds { get; } = partnerOrganizationIds;

    public bool IsAuthenticated => Subject is not null;

    public bool IsAdmin => Roles.Contains(DirectoryRoles.Admin);

    public bool IsAnalyst => Roles.Contains(DirectoryRoles.Analyst);

    /// <summary>Whether the caller may write the organization's records and read its private data.</summary>
    public bool IsPartnerOf(long organizationId) => IsAdmin || Array.IndexOf(PartnerOrganizationIds, organizationId) >= 0;

    /// <summary>The rows beyond published ones this caller's queries include.</summary>
    public RowVisibility Visibility => IsAdmin ? RowVisibility.Everything : RowVisibility.ForOrganizations(PartnerOrganizationIds);
}

/// <summary>Keeps the <see cref="DirectoryCaller"/> in a request's state, where resolvers find it.</summary>
public static class DirectoryCallerState
{
    public const string Key = "rescuegraph.directory.caller";

    public static void SetDirectoryCaller(this IDictionary<string, object?> requestState, DirectoryCaller caller) => requestState[Key] = caller;

    /// <summary>The caller of the request; <see cref="DirectoryCaller.Anonymous"/> when none was set, so a missing caller never grants anything.</summary>
    public static DirectoryCaller GetDirectoryCaller(this IResolveFieldContext context) =>
        context.RequestState is { } state && state.TryGetValue(Key, out var value) && value is DirectoryCaller caller
            ? caller
            : DirectoryCaller.Anonymous;
}
