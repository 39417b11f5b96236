using System.Text.Json;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests.Mutations;

/// <summary>
/// Every mutation against every role, on records of organization A: anonymous and analysts are refused by the field's
/// <c>@authorize</c>; partners of organization B get a typed error (not authorized, or not found for A's unpublished
/// animals); partners of A and admins succeed. Admin-only mutations refuse every partner at the field.
/// </summary>
[Collection(MutationsFixture.Collection)]
public sealed class RoleMatrixTests(MutationsFixture fixture) : MutationTestBase(fixture)
{
    private const string Yesterday = "2025-06-01T10:00:00Z";

    public static TheoryData<string> Mutations =>
    [
        "createAnimal", "updateAnimal", "publishAnimal", "unpublishAnimal", "recordAnimalEvent", "addAnimalPhoto", "updateAnimalPhoto",
        "createCenter", "updateCenter", "createCampaign", "postCampaignUpdate", "recordOfficialResponse", "recordSignatures",
        "createOrganization", "grantRole", "revokeRole",
    ];

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Each_mutation_is_allowed_and_refused_per_role(string mutation)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var (partnerBError, adminOnly) = Expectations(mutation);

        await AssertRefusedAsync(mutation, inputType, await InputAsync(mutation), null, "AUTH_NOT_AUTHENTICATED");
        await AssertRefusedAsync(mutation, inputType, await InputAsync(mutation), Analyst);
        if (adminOnly)
        {
            await AssertRefusedAsync(mutation, inputType, await InputAsync(mutation), PartnerA);
            await AssertRefusedAsync(mutation, inputType, await InputAsync(mutation), PartnerB);
        }
        else
        {
            var refused = await MutateAsync(mutation, inputType, await InputAsync(mutation), PartnerB, "errors { __typename }");
            Assert.Equal(partnerBError, Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
            AssertSucceeded(await MutateAsync(mutation, inputType, await InputAsync(mutation), PartnerA, "errors { __typename }"));
        }
        AssertSucceeded(await MutateAsync(mutation, inputType, await InputAsync(mutation), Admin, "errors { __typename }"));
    }

    private static (string? PartnerBError, bool AdminOnly) Expectations(string mutation) => mutation switch
    {
        "createOrganization" or "grantRole" or "revokeRole" => (null, true),
        // A's fresh animals are unpublished: B cannot see them, so they are not found rather than forbidden.
        "updateAnimal" or "publishAnimal" or "recordAnimalEvent" or "addAnimalPhoto" or "updateAnimalPhoto" => ("NotFoundError", false),
        _ => ("NotAuthorizedError", false),
    };

    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A valid input for one call, on fresh records of organization A where the mutation changes one.</summary>
    private async Task<object> InputAsync(string mutation)
    {
        switch (mutation)
        {
            case "createAnimal":
                return new { centerId = await CenterIdAsync(MutationsFixture.CenterA), name = "Matrix", species = "CAT", ageGroup = "YOUNG", intakeDate = "2025-01-01", intakeType = "STRAY_AT_LARGE" };
            case "updateAnimal":
            {
                var (id, version) = await CreateAnimalAsync("Matrix");
                return new { id, version, name = "Matrix Renamed" };
            }
            case "publishAnimal":
            {
                var (id, version) = await CreateAnimalAsync("Matrix");
                return new { id, version };
            }
            case "unpublishAnimal":
            {
                // Published, so partner B sees it and meets "not authorized" rather than "not found".
                var (id, version) = await CreateAnimalAsync("Matrix");
                var published = await MutateAsync("publishAnimal", "PublishAnimalInput", new { id, version }, PartnerA, "animal { version } " + ErrorSelection);
                return new { id, version = published.GetProperty("animal").GetProperty("version").GetString() };
            }
            case "recordAnimalEvent":
            {
                var (id, version) = await CreateAnimalAsync("Matrix");
                return new { animalId = id, version, kind = "MEDICAL", occurredAt = Yesterday, notes = "check-up" };
            }
            case "addAnimalPhoto":
                return PhotoInput((await CreateAnimalAsync("Matrix")).Id);
            case "updateAnimalPhoto":
            {
                var photo = (await MutateAsync("addAnimalPhoto", "AddAnimalPhotoInput", PhotoInput((await CreateAnimalAsync("Matrix")).Id), PartnerA,
                    "photo { id version } " + CreateErrors)).GetProperty("photo");
                return new { id = photo.GetProperty("id").GetString(), version = photo.GetProperty("version").GetString(), caption = "Matrix" };
            }
            case "createCenter":
                return new { organizationId = await OrganizationIdAsync(MutationsFixture.OrganizationA), name = "Matrix Center", slug = Unique("matrix-center"), city = "Gimhae", country = "KR" };
            case "updateCenter":
            {
                var center = (await MutateAsync("createCenter", "CreateCenterInput", await InputAsync("createCenter"), PartnerA, "center { id version } " + CreateErrors))
                    .GetProperty("center");
                return new { id = center.GetProperty("id").GetString(), version = center.GetProperty("version").GetString(), capacity = 12 };
            }
            case "createCampaign":
                return new { organizationId = await OrganizationIdAsync(MutationsFixture.OrganizationA), slug = Unique("matrix-petition"), title = "Matrix petition", kind = "PETITION" };
            case "postCampaignUpdate":
                return new { campaignId = await CampaignOfAAsync(), title = "News", body = "Matrix news" };
            case "recordOfficialResponse":
                return new { campaignId = await CampaignOfAAsync(), responderName = "Mayor", receivedOn = "2025-02-01" };
            case "recordSignatures":
                return new { campaignId = await CampaignOfAAsync(), count = 10 };
            case "createOrganization":
                return new { name = "Matrix Rescue", slug = Unique("matrix-rescue"), kind = "RESCUE", country = "KR" };
            case "grantRole":
                return new { subject = Unique("matrix-staff"), role = "PARTNER", organizationId = await OrganizationIdAsync(MutationsFixture.OrganizationA) };
            case "revokeRole":
            {
                var grant = new { subject = Unique("matrix-staff"), role = "ANALYST" };
                AssertSucceeded(await MutateAsync("grantRole", "GrantRoleInput", grant, Admin, "errors { __typename }"));
                return grant;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, "No input for this mutation.");
        }
    }

    private static Dictionary<string, object?> PhotoInput(string animalId) => new()
    {
        ["animalId"] = animalId, ["smallUrl"] = "https://cdn.example.org/s.jpg", ["mediumUrl"] = "https://cdn.example.org/m.jpg",
        ["largeUrl"] = "https://cdn.example.org/l.jpg", ["originalUrl"] = "https://cdn.example.org/o.jpg",
    };

    private string? _campaignOfA;

    /// <summary>An active petition run by organization A, created once per test.</summary>
    private async Task<string> CampaignOfAAsync()
    {
        if (_campaignOfA is not null) return _campaignOfA;
        var created = await MutateAsync("createCampaign", "CreateCampaignInput", await InputAsync("createCampaign"), PartnerA, "campaign { id } " + CreateErrors);
        return _campaignOfA = created.GetProperty("campaign").GetProperty("id").GetString()!;
    }
}
