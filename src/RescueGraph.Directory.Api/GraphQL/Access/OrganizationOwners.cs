using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.GraphQL.Execution;

namespace RescueGraph.Directory.Api.GraphQL.Access;

/// <summary>
/// The organization owning a record that does not carry it itself, found through the request's batched loaders
/// (so checking a page of events costs one statement, shared with any <c>animal</c> field of the same page).
/// Null when the parent is not visible to the caller, which refuses the private field.
/// </summary>
internal static class OrganizationOwners
{
    public static async ValueTask<long?> OfAnimal(IResolveFieldContext context, long animalId) =>
        (await DirectoryLoaders.AnimalById.LoadAsync(context, animalId))?.OrganizationId;

    public static async ValueTask<long?> OfCampaign(IResolveFieldContext context, long campaignId) =>
        (await DirectoryLoaders.CampaignById.LoadAsync(context, campaignId))?.OrganizationId;
}
