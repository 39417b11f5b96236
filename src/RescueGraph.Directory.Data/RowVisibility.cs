namespace RescueGraph.Directory.Data;

/// <summary>
/// Which rows beyond published ones a caller may read: everything (<see cref="SeesAll"/>, administrators), or the
/// unpublished animals and draft updates of <see cref="OrganizationIds"/> (a partner's own organizations).
/// </summary>
public sealed record RowVisibility(bool SeesAll, long[] OrganizationIds)
{
    public static readonly RowVisibility PublishedOnly = new(false, []);

    public static readonly RowVisibility Everything = new(true, []);

    public static RowVisibility ForOrganizations(long[] organizationIds) =>
        organizationIds.Length == 0 ? PublishedOnly : new RowVisibility(false, organizationIds);
}
