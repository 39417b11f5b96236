using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Writes;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>Writes to campaigns, by staff of the organization running them (or admins).</summary>
internal static class CampaignMutations
{
    private const int LongTextLength = 20_000;
    private const string CampaignResult = "The campaign as it is now; null when there were errors.";

    private static readonly InputFields<Campaign> CampaignFields = new InputFields<Campaign>()
        .Text("slug", c => c.Slug, DirectoryDbContext.SlugLength, "Unique URL-friendly name: lower-case letters, digits, hyphens.", required: true, rule: WriteRules.Slug)
        .Text("title", c => c.Title, DirectoryDbContext.NameLength, "The campaign's title.", required: true)
        .Value("kind", c => c.Kind, "CampaignKind", "What kind of campaign this is.", requiredOnCreate: true)
        .Value("status", c => c.Status, "CampaignStatus", "ACTIVE (default), CLOSED or REPLACED.")
        .Short("twinnedYear", c => c.TwinnedYear, "Year the two localities were twinned.", year => WriteRules.Year(year, DateTimeOffset.UtcNow))
        .Text("summary", c => c.Summary, LongTextLength, "What the campaign asks for, and why.")
        .Value<int?>("signatureGoal", c => c.SignatureGoal, "Int", "Signatures the campaign aims for; positive.", rule: v => v is { } n ? WriteRules.Positive(n) : null)
        .Value<decimal?>("pledgeAmount", c => c.PledgeAmount, "Decimal", "Amount a sponsor donates per `pledgePerSignatures` signatures; positive, at most 2 decimals.",
            rule: v => v is { } amount && (amount <= 0 || amount >= 10_000_000_000m || decimal.Round(amount, 2) != amount) ? "Must be positive, below 10 billion, with at most 2 decimals." : null)
        .Text("pledgeCurrency", c => c.PledgeCurrency, 3, "ISO 4217 currency of the pledge, e.g. `USD`.", rule: WriteRules.CurrencyCode)
        .Value<int?>("pledgePerSignatures", c => c.PledgePerSignatures, "Int", "Signatures per pledged amount; positive.", rule: v => v is { } n ? WriteRules.Positive(n) : null)
        .Text("petitionTarget", c => c.PetitionTarget, DirectoryDbContext.ShortTextLength, "Who a petition addresses, when not a listed official.")
        .Value<DateOnly?>("startedOn", c => c.StartedOn, "Date", "When the campaign started.")
        .Value<DateOnly?>("endedOn", c => c.EndedOn, "Date", "When the campaign ended.");

    public static IEnumerable<MutationDefinition> Definitions()
    {
        yield return new MutationDefinition("createCampaign", "Starts a campaign run by an organization. Staff of that organization, or admins.",
            input =>
            {
                input.Field("organizationId", "ID!", "The organization running the campaign.");
                input.Field("koreanLocalityId", "ID", "The Korean locality the campaign presses.");
                input.Field("partnerLocalityId", "ID", "The twinned locality abroad.");
                CampaignFields.Declare(input, forCreate: true);
            },
            [("campaign", "Campaign", CampaignResult)], MutationErrorKinds.Create, CreateAsync);

        yield return new MutationDefinition("postCampaignUpdate", "Posts a dated update on a campaign, or saves it as a draft only its organization sees.",
            input => input
                .Field("campaignId", "ID!", "The campaign's `id`.")
                .Field("title", "String!", "Headline.")
                .Field("body", "String!", "Text of the update.")
                .Field("draft", "Boolean", "Save as a draft, invisible to the public (default false).", defaultValue: false)
                .Field("postedAt", "DateTime", "When it was posted; not in the future (default now)."),
            [("campaignUpdate", "CampaignUpdate", "The update; null when there were errors."), ("campaign", "Campaign", CampaignResult)],
            MutationErrorKinds.Create, PostUpdateAsync);

        yield return new MutationDefinition("recordOfficialResponse", "Records a response an official gave to the campaign.",
            input => input
                .Field("campaignId", "ID!", "The campaign's `id`.")
                .Field("responderName", "String!", "Who responded.")
                .Field("responderTitle", "String", "The responder's office.")
                .Field("receivedOn", "Date!", "When the response was received; not in the future.")
                .Field("summary", "String", "What the response said.")
                .Field("commitment", "String", "What the official committed to, if anything.")
                .Field("officialId", "ID", "The listed official who responded, when known."),
            [("officialResponse", "OfficialResponse", "The response; null when there were errors."), ("campaign", "Campaign", CampaignResult)],
            MutationErrorKinds.Create, RecordResponseAsync);

        yield return new MutationDefinition("recordSignatures",
            "Adds signatures collected for an active petition to its count. Additions commute, so no version is needed: concurrent calls all count.",
            input => input
                .Field("campaignId", "ID!", "The petition campaign's `id`.")
                .Field("count", "Int!", $"Signatures to add: 1 to {WriteRules.MaxSignaturesPerRecord}."),
            [("campaign", "Campaign", CampaignResult)], MutationErrorKinds.Create, RecordSignaturesAsync);
    }

    private static Task<(Campaign?, MutationPayload?)> FindCampaignAsync(MutationCall call) =>
        call.FindForChangeAsync("campaignId", "Campaign", "campaign",
            (db, id) => db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id), c => c.OrganizationId, _ => true);

    private static async Task<MutationPayload> CreateAsync(MutationCall call)
    {
        var input = call.Input;
        var organizationId = input.Id("organizationId", "Organization", required: true);
        var koreanLocalityId = input.Id("koreanLocalityId", "Locality");
        var partnerLocalityId = input.Id("partnerLocalityId", "Locality");
        var campaign = new Campaign { Status = CampaignStatus.Active, KoreanLocalityId = koreanLocalityId, PartnerLocalityId = partnerLocalityId };
        CampaignFields.Apply(input, campaign);
        if (campaign.StartedOn is { } started && campaign.EndedOn is { } ended && ended < started) input.Errors.Add("endedOn", "Must not be before `startedOn`.");
        if (campaign.Status == CampaignStatus.Replaced) input.Errors.Add("status", "A new campaign cannot already be replaced.");
        if (call.HasErrors) return call.Invalid();

        var db = call.Db;
        if (koreanLocalityId is { } korean && !await db.Localities.AnyAsync(l => l.Id == korean, call.CancellationToken))
            input.Errors.Add("koreanLocalityId", "No locality has this id.");
        if (partnerLocalityId is { } partner && !await db.Localities.AnyAsync(l => l.Id == partner, call.CancellationToken))
            input.Errors.Add("partnerLocalityId", "No locality has this id.");
        if (call.HasErrors) return call.Invalid();
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, call.CancellationToken)) return call.NotFound("organizationId", "organization");
        if (!call.Caller.IsPartnerOf(organizationId!.Value)) return MutationCall.NotAuthorized("organization");

        campaign.OrganizationId = organizationId.Value;
        db.Campaigns.Add(campaign);
        await call.SaveAuditedAsync();
        return MutationPayload.Success(campaign);
    }

    private static async Task<MutationPayload> PostUpdateAsync(MutationCall call)
    {
        var input = call.Input;
        var update = new CampaignUpdate
        {
            Title = input.Text("title", DirectoryDbContext.NameLength, required: true) ?? "",
            Body = input.Text("body", LongTextLength, required: true) ?? "",
            IsDraft = input.Value<bool>("draft") ?? false,
            PostedAt = input.Value<DateTimeOffset>("postedAt") ?? call.Now,
        };
        input.Errors.Check("postedAt", WriteRules.NotInFuture(update.PostedAt, call.Now));
        var (campaign, refusal) = await FindCampaignAsync(call);
        if (refusal is not null) return refusal;
        if (call.HasErrors) return call.Invalid();

        update.CampaignId = campaign!.Id;
        call.Db.CampaignUpdates.Add(update);
        await call.SaveAuditedAsync();
        return MutationPayload.Success(update, campaign);
    }

    private static async Task<MutationPayload> RecordResponseAsync(MutationCall call)
    {
        var input = call.Input;
        var officialId = input.Id("officialId", "LocalityOfficial");
        var response = new OfficialResponse
        {
            ResponderName = input.Text("responderName", DirectoryDbContext.NameLength, required: true) ?? "",
            ResponderTitle = input.Text("responderTitle", DirectoryDbContext.NameLength),
            ReceivedOn = input.Value<DateOnly>("receivedOn") ?? default,
            Summary = input.Text("summary", LongTextLength),
            Commitment = input.Text("commitment", LongTextLength),
            OfficialId = officialId,
        };
        input.Errors.Check("receivedOn", WriteRules.NotInFuture(response.ReceivedOn, call.Now));
        var (campaign, refusal) = await FindCampaignAsync(call);
        if (refusal is not null) return refusal;
        if (officialId is { } official && !await call.Db.LocalityOfficials.AnyAsync(o => o.Id == official, call.CancellationToken))
            input.Errors.Add("officialId", "No official has this id.");
        if (call.HasErrors) return call.Invalid();

        response.CampaignId = campaign!.Id;
        call.Db.OfficialResponses.Add(response);
        await call.SaveAuditedAsync();
        return MutationPayload.Success(response, campaign);
    }

    private static async Task<MutationPayload> RecordSignaturesAsync(MutationCall call)
    {
        var input = call.Input;
        var count = input.Value<int>("count") ?? 0;
        input.Errors.Check("count", WriteRules.SignatureCount(count));
        var (campaign, refusal) = await FindCampaignAsync(call);
        if (refusal is not null) return refusal;
        if (campaign!.Kind != CampaignKind.Petition) input.Errors.Add("campaignId", "Signatures are recorded on PETITION campaigns only.");
        else if (campaign.Status != CampaignStatus.Active) input.Errors.Add("campaignId", "The petition is no longer active.");
        if (call.HasErrors) return call.Invalid();

        // One atomic UPDATE: concurrent additions all count, and none can push the total past int's range.
        var db = call.Db;
        await using (var transaction = await db.Database.BeginTransactionAsync(call.CancellationToken))
        {
            var totals = await db.Database.SqlQuery<int>(
                    $"UPDATE campaigns SET signature_count = signature_count + {count} WHERE id = {campaign.Id} AND signature_count <= {int.MaxValue - count} RETURNING signature_count AS \"Value\"")
                .ToListAsync(call.CancellationToken);
            if (totals.Count == 0) return MutationPayload.Failure(new ValidationError("count", "The petition cannot count that many signatures."));
            AuditTrail.AddEntry(db, call.Caller.Subject!, call.Now, nameof(Campaign), campaign.Id, AuditAction.Update,
                [(nameof(Campaign.SignatureCount).ToCamelCase(), totals[0] - count, totals[0])]);
            await db.SaveChangesAsync(call.CancellationToken);
            await transaction.CommitAsync(call.CancellationToken);
        }
        var updated = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == campaign.Id, call.CancellationToken);
        return MutationPayload.Success(updated);
    }

    private static string ToCamelCase(this string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
