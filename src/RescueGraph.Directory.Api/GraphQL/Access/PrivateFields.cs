using System.Linq.Expressions;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL.Access;

/// <summary>
/// Fields only the staff of the record's organization (partners of it) and administrators may read:
/// <c>@authorize(policy: "OrganizationStaff")</c>. Anyone else gets null and <c>AUTH_NOT_AUTHENTICATED</c> (anonymous)
/// or <c>AUTH_NOT_AUTHORIZED</c> (analysts, other organizations' partners); the error says nothing about the record.
/// Private columns are also left out of filter and sort inputs (see <see cref="DirectoryData"/>), so they cannot be probed.
/// </summary>
public static class PrivateFields
{
    /// <summary>The policy's name, as printed in the SDL.</summary>
    public const string OrganizationStaffPolicy = "OrganizationStaff";

    private const string OwnerKey = "directory.organizationOwner";

    /// <summary>Private to the organization whose id the row carries in <paramref name="organizationId"/>.</summary>
    public static FieldBuilder PrivateToOrganization<T>(this FieldBuilder field, Expression<Func<T, long>> organizationId) where T : class
    {
        var read = organizationId.Compile();
        return field.PrivateTo(organizationId, (row, _) => new ValueTask<long?>(read((T)row)));
    }

    /// <summary>
    /// Private to the organization found from the row's <paramref name="key"/> by <paramref name="ownerOf"/> (e.g. an
    /// event's animal through the batched animal loader); only asked when the caller is a partner of some organization.
    /// </summary>
    public static FieldBuilder PrivateToOrganization<T>(this FieldBuilder field, Expression<Func<T, long>> key,
        Func<IResolveFieldContext, long, ValueTask<long?>> ownerOf) where T : class
    {
        var read = key.Compile();
        return field.PrivateTo(key, (row, context) => ownerOf(context, read((T)row)));
    }

    private static FieldBuilder PrivateTo<T>(this FieldBuilder field, Expression<Func<T, long>> readsMember,
        Func<object, IResolveFieldContext, ValueTask<long?>> owner) where T : class
    {
        var boxed = Expression.Lambda<Func<T, object?>>(Expression.Convert(readsMember.Body, typeof(object)), readsMember.Parameters);
        return field.Requires(boxed).Metadata(OwnerKey, owner).Authorize(OrganizationStaffPolicy);
    }

    /// <summary>The <see cref="OrganizationStaffPolicy"/> check: admins pass; partners pass for their own organizations' rows.</summary>
    public static ValueTask<bool> IsOrganizationStaffAsync(AuthorizationPolicyContext policy)
    {
        // Outside execution (someone asking whether a field may be filtered or sorted on) no row is at hand: refuse.
        if (policy.FieldContext is not { Source: { } row } context) return new ValueTask<bool>(false);
        var caller = context.GetDirectoryCaller();
        if (caller.IsAdmin) return new ValueTask<bool>(true);
        if (caller.PartnerOrganizationIds.Length == 0
            || !policy.Field.Metadata.TryGetValue(OwnerKey, out var value) || value is not Func<object, IResolveFieldContext, ValueTask<long?>> ownerOf)
            return new ValueTask<bool>(false);

        var owner = ownerOf(row, context);
        return owner.IsCompletedSuccessfully ? new ValueTask<bool>(IsPartner(caller, owner.Result)) : AwaitOwner(caller, owner);
    }

    private static bool IsPartner(DirectoryCaller caller, long? organizationId) => organizationId is long id && caller.IsPartnerOf(id);

    private static async ValueTask<bool> AwaitOwner(DirectoryCaller caller, ValueTask<long?> owner) => IsPartner(caller, await owner);
}
