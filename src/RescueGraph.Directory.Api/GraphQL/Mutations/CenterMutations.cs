using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Writes;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>Writes to rescue centers, by staff of the organization that runs them (or admins).</summary>
internal static class CenterMutations
{
    private const string CenterResult = "The center as it is now; null when there were errors.";

    private static readonly InputFields<RescueCenter> CenterFields = new InputFields<RescueCenter>()
        .Text("name", c => c.Name, DirectoryDbContext.NameLength, "The center's name.", required: true)
        .Text("slug", c => c.Slug, DirectoryDbContext.SlugLength, "Unique URL-friendly name: lower-case letters, digits, hyphens.", required: true, rule: WriteRules.Slug)
        .Text("city", c => c.City, DirectoryDbContext.NameLength, "City the center is in.", required: true)
        .Text("region", c => c.Region, DirectoryDbContext.NameLength, "Province, state or region.")
        .Text("country", c => c.Country, DirectoryDbContext.CountryCodeLength, "ISO 3166-1 alpha-2 country code, e.g. `KR`.", required: true, rule: WriteRules.CountryCode)
        .Value<double?>("latitude", c => c.Latitude, "Float", "Latitude in decimal degrees, -90 to 90; give it with `longitude`.",
            rule: v => v is { } l ? WriteRules.Latitude(l) : null)
        .Value<double?>("longitude", c => c.Longitude, "Float", "Longitude in decimal degrees, -180 to 180; give it with `latitude`.",
            rule: v => v is { } l ? WriteRules.Longitude(l) : null)
        .Short("openedYear", c => c.OpenedYear, "Year the center opened.", year => WriteRules.Year(year, DateTimeOffset.UtcNow))
        .Short("renovatedYear", c => c.RenovatedYear, "Year of the latest renovation.", year => WriteRules.Year(year, DateTimeOffset.UtcNow))
        .Value<int?>("capacity", c => c.Capacity, "Int", "How many animals the center can house; not negative.",
            rule: v => v is { } n ? WriteRules.NotNegative(n) : null)
        .Text("currentHead", c => c.CurrentHead, DirectoryDbContext.NameLength, "Name of the person running the center.")
        .Value("isShelter", c => c.IsShelter, "Boolean", "Whether the center shelters animals.")
        .Value("isAdoptionCenter", c => c.IsAdoptionCenter, "Boolean", "Whether adopters can meet animals here.")
        .Value("offersSocializationTraining", c => c.OffersSocializationTraining, "Boolean", "Whether the center trains rescued animals to live with people.");

    public static IEnumerable<MutationDefinition> Definitions()
    {
        yield return new MutationDefinition("createCenter", "Adds a rescue center to an organization. Staff of that organization, or admins.",
            input =>
            {
                input.Field("organizationId", "ID!", "The organization that runs the center.");
                CenterFields.Declare(input, forCreate: true);
            },
            [("center", "RescueCenter", CenterResult)], MutationErrorKinds.Create, CreateAsync);

        yield return new MutationDefinition("updateCenter", "Changes the fields the input names.",
            input =>
            {
                AnimalMutations.VersionedInput("center")(input);
                CenterFields.Declare(input, forCreate: false);
            },
            [("center", "RescueCenter", CenterResult)], MutationErrorKinds.Update, UpdateAsync);
    }

    private static async Task<MutationPayload> CreateAsync(MutationCall call)
    {
        var organizationId = call.Input.Id("organizationId", "Organization", required: true);
        var center = new RescueCenter();
        CenterFields.Apply(call.Input, center);
        CheckConsistency(call.Input.Errors, center);
        if (call.HasErrors) return call.Invalid();

        if (!await call.Db.Organizations.AnyAsync(o => o.Id == organizationId, call.CancellationToken))
            return call.NotFound("organizationId", "organization");
        if (!call.Caller.IsPartnerOf(organizationId!.Value)) return MutationCall.NotAuthorized("organization");
        center.OrganizationId = organizationId.Value;
        call.Db.RescueCenters.Add(center);
        await call.SaveAuditedAsync();
        return MutationPayload.Success(center);
    }

    private static async Task<MutationPayload> UpdateAsync(MutationCall call)
    {
        var version = call.Input.Version();
        var (center, refusal) = await call.FindForChangeAsync("id", "RescueCenter", "center",
            (db, id) => db.RescueCenters.FirstOrDefaultAsync(c => c.Id == id), c => c.OrganizationId, _ => true);
        if (refusal is not null) return refusal;
        if (version is null) return call.Invalid();
        if (call.CheckVersion(center!, version.Value) is { } stale) return stale;

        CenterFields.Apply(call.Input, center!);
        CheckConsistency(call.Input.Errors, center!);
        if (call.HasErrors) return call.Invalid();
        return await call.SaveAsync(center!, center!.Id) ?? MutationPayload.Success(center);
    }

    /// <summary>Rules across fields, checked on the center as it would be stored.</summary>
    private static void CheckConsistency(ValidationErrors errors, RescueCenter center)
    {
        if (center.Latitude is null != center.Longitude is null)
            errors.Add(center.Latitude is null ? "latitude" : "longitude", "Give latitude and longitude together.");
        if (center.OpenedYear is { } opened && center.RenovatedYear is { } renovated && renovated < opened)
            errors.Add("renovatedYear", "Must not be before `openedYear`.");
    }
}
