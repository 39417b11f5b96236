using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests.Mutations;

[Collection(MutationsFixture.Collection)]
public sealed class CenterAndCampaignMutationTests(MutationsFixture fixture) : MutationTestBase(fixture)
{
    private const string CampaignOrganization = "sister-city-campaigns";
    private const string PetitionOrganization = "alpha-paw";
    private static readonly string CampaignPartner = TestTokens.Partner(CampaignOrganization, "campaigner");
    private static readonly string PetitionPartner = TestTokens.Partner(PetitionOrganization, "petitioner");
    private const string CenterSelection = "center { id slug version latitude organization { slug } } ";

    private async Task<JsonElement> CreateCenterAsync(object overrides, string token)
    {
        var input = new Dictionary<string, object?>
        {
            ["organizationId"] = await OrganizationIdAsync(MutationsFixture.OrganizationA), ["name"] = "Seoul Foster Hub",
            ["slug"] = "seoul-foster-hub-" + Guid.NewGuid().ToString("N")[..8], ["city"] = "Seoul", ["country"] = "KR",
            ["latitude"] = 37.56, ["longitude"] = 126.97, ["capacity"] = 20, ["isShelter"] = true,
        };
        foreach (var property in overrides.GetType().GetProperties()) input[property.Name] = property.GetValue(overrides);
        return await MutateAsync("createCenter", "CreateCenterInput", input, token, CenterSelection + CreateErrors);
    }

    [Fact]
    public async Task Centers_are_created_by_their_organizations_partners_and_admins_only()
    {
        var created = await CreateCenterAsync(new { }, PartnerA);
        AssertSucceeded(created);
        Assert.Equal(MutationsFixture.OrganizationA, created.GetProperty("center").GetProperty("organization").GetProperty("slug").GetString());
        AssertSucceeded(await CreateCenterAsync(new { }, Admin));
        AssertSingleError(await CreateCenterAsync(new { }, PartnerB), "NotAuthorizedError");
        await AssertRefusedAsync("createCenter", "CreateCenterInput",
            new { organizationId = await OrganizationIdAsync(MutationsFixture.OrganizationA), name = "x", slug = "x", city = "x", country = "KR" }, Analyst);
    }

    [Fact]
    public async Task Center_coordinates_capacity_slug_and_country_are_validated_and_slugs_are_unique()
    {
        var invalid = await CreateCenterAsync(new { latitude = 91.5, capacity = -1, slug = "Not A Slug", country = "Korea", renovatedYear = 1500 }, PartnerA);
        Assert.Equal(new HashSet<string?> { "latitude", "capacity", "slug", "country", "renovatedYear" }, Errors(invalid).Select(e => e.Field).ToHashSet());

        var lonely = await CreateCenterAsync(new { longitude = (double?)null }, PartnerA);
        AssertSingleError(lonely, "ValidationError", "longitude");

        var duplicate = await CreateCenterAsync(new { slug = MutationsFixture.CenterA }, PartnerA);
        AssertSingleError(duplicate, "ValidationError", "slug");
    }

    [Fact]
    public async Task Center_updates_carry_the_version_and_refuse_other_organizations()
    {
        var center = (await CreateCenterAsync(new { }, PartnerA)).GetProperty("center");
        var id = center.GetProperty("id").GetString();
        var version = center.GetProperty("version").GetString();
        const string selection = "center { capacity version } " + ErrorSelection;

        AssertSingleError(await MutateAsync("updateCenter", "UpdateCenterInput", new { id, version, capacity = 30 }, PartnerB, selection), "NotAuthorizedError");
        var updated = await MutateAsync("updateCenter", "UpdateCenterInput", new { id, version, capacity = 30 }, PartnerA, selection);
        Assert.Equal(30, updated.GetProperty("center").GetProperty("capacity").GetInt32());
        AssertSingleError(await MutateAsync("updateCenter", "UpdateCenterInput", new { id, version, capacity = 40 }, PartnerA, selection), "ConcurrencyError");
    }

    [Fact]
    public async Task Campaigns_updates_and_official_responses_are_written_by_the_running_organization()
    {
        var organizationId = await OrganizationIdAsync(CampaignOrganization);
        var campaign = await MutateAsync("createCampaign", "CreateCampaignInput", new
        {
            organizationId, slug = "test-city-campaign", title = "Test City, end the trade", kind = "SISTER_CITY", twinnedYear = 2007,
        }, CampaignPartner, "campaign { id slug status } " + CreateErrors);
        AssertSucceeded(campaign);
        Assert.Equal("ACTIVE", campaign.GetProperty("campaign").GetProperty("status").GetString());
        var campaignId = campaign.GetProperty("campaign").GetProperty("id").GetString();

        AssertSingleError(await MutateAsync("createCampaign", "CreateCampaignInput",
            new { organizationId, slug = "other-test-campaign", title = "x", kind = "PETITION" }, PartnerA, "campaign { id } " + CreateErrors), "NotAuthorizedError");

        var draft = await MutateAsync("postCampaignUpdate", "PostCampaignUpdateInput",
            new { campaignId, title = "Draft news", body = "Not yet public", draft = true }, CampaignPartner, "campaignUpdate { id title } " + CreateErrors);
        AssertSucceeded(draft);
        var updates = await Api.QueryAsync("{ campaign(slug: \"test-city-campaign\") { updates { totalCount } } }");
        Assert.Equal(0, updates.GetProperty("campaign").GetProperty("updates").GetProperty("totalCount").GetInt32());

        var response = await MutateAsync("recordOfficialResponse", "RecordOfficialResponseInput",
            new { campaignId, responderName = "Mayor of Test City", receivedOn = "2025-03-01", commitment = "Will review" },
            CampaignPartner, "officialResponse { responderName } campaign { slug } " + CreateErrors);
        AssertSucceeded(response);
        var future = await MutateAsync("recordOfficialResponse", "RecordOfficialResponseInput",
            new { campaignId, responderName = "x", receivedOn = "2999-01-01" }, CampaignPartner, "officialResponse { responderName } " + CreateErrors);
        AssertSingleError(future, "ValidationError", "receivedOn");
    }

    [Fact]
    public async Task Signatures_add_up_under_concurrency_on_active_petitions_only()
    {
        await using var db = OpenDb();
        var petition = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Slug == "bring-fido-home");
        var campaignId = NodeId("Campaign", petition.Id);
        const string selection = "campaign { signatureCount } " + CreateErrors;

        var payloads = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() =>
            MutateAsync("recordSignatures", "RecordSignaturesInput", new { campaignId, count = 100 }, PetitionPartner, selection))));
        Assert.All(payloads, AssertSucceeded);
        await using (var check = OpenDb())
            Assert.Equal(petition.SignatureCount + 500, (await check.Campaigns.SingleAsync(c => c.Id == petition.Id)).SignatureCount);
        Assert.Equal(5, (await AuditOfAsync("Campaign", petition.Id)).Count);

        AssertSingleError(await MutateAsync("recordSignatures", "RecordSignaturesInput", new { campaignId, count = 0 }, PetitionPartner, selection), "ValidationError", "count");
        AssertSingleError(await MutateAsync("recordSignatures", "RecordSignaturesInput", new { campaignId, count = 5 }, PartnerA, selection), "NotAuthorizedError");
        var sisterCity = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Slug == "suwon-townsville");
        AssertSingleError(await MutateAsync("recordSignatures", "RecordSignaturesInput", new { campaignId = NodeId("Campaign", sisterCity.Id), count = 5 }, Admin, selection),
            "ValidationError", "campaignId");
    }
}
