using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Types;

/// <summary>Campaigns and what hangs off them: targets, updates (published only), responses, suggested messages.</summary>
internal static class CampaignTypes
{
    public static SchemaBuilder AddCampaignTypes(this SchemaBuilder schema, DataSchema<DirectoryDbContext> data) => schema.AddAuthorization()
        .Object<Campaign>("Campaign", t =>
        {
            t.Description("A campaign pressing a Korean locality to end the dog and cat meat trade, often through its sister or friendship city abroad.");
            t.NodeId(data, c => c.Id, "campaign");
            t.VersionField();
            t.Field("slug", c => c.Slug).Description("URL-friendly unique name, e.g. `jeonju-florence`; use it to look the campaign up.");
            t.Field("title", c => c.Title).Description("The campaign's title.");
            t.Field("kind", c => c.Kind).Description("What kind of campaign this is.");
            t.Field("status", c => c.Status).Description("Whether the campaign is active, closed, or replaced by another one.");
            t.Field("summary", c => c.Summary).Description("What the campaign asks for, and why.");
            t.Field("twinnedYear", c => c.TwinnedYear).Description("Year the Korean locality and its partner abroad were twinned, when known.");
            t.Field("signatureCount", c => c.SignatureCount).Description("Signatures collected so far.");
            t.Field("signatureGoal", c => c.SignatureGoal).Description("Signatures the campaign aims for, when set.");
            t.Field("pledgeAmount", c => c.PledgeAmount).Description("Amount a sponsor donates per `pledgePerSignatures` signatures, e.g. 1000.");
            t.Field("pledgeCurrency", c => c.PledgeCurrency).Description("ISO 4217 currency of the pledge, e.g. `USD`.");
            t.Field("pledgePerSignatures", c => c.PledgePerSignatures).Description("Signatures per pledged amount, e.g. 10000.");
            t.Field("petitionTarget", c => c.PetitionTarget).Description("Who a petition addresses, when that is not a listed official.");
            t.Field("startedOn", c => c.StartedOn).Description("When the campaign started, when known.");
            t.Field("endedOn", c => c.EndedOn).Description("When the campaign ended, if it has.");
            t.JoinedReference(data, "organization", c => c.Organization, DirectoryLoaders.OrganizationById, c => c.OrganizationId)
                .Description("The organization running the campaign.");
            t.JoinedReference(data, "koreanLocality", c => c.KoreanLocality, DirectoryLoaders.LocalityById, c => c.KoreanLocalityId)
                .Description("The Korean city or province the campaign presses.");
            t.JoinedReference(data, "partnerLocality", c => c.PartnerLocality, DirectoryLoaders.LocalityById, c => c.PartnerLocalityId)
                .Description("The twinned locality abroad, asked to speak to its Korean partner; its `country` is the partner country.");
            t.JoinedReference(data, "replacedBy", c => c.ReplacedBy, DirectoryLoaders.CampaignById, c => c.ReplacedByCampaignId)
                .Description("The campaign that replaced this one, when its status is `REPLACED`.");
            data.NestedConnection(t, "replaces", c => c.Id, (Campaign earlier, long id) => earlier.ReplacedByCampaignId == id, (db, _) => db.Campaigns)
                .Filtering().Sorting()
                .Description("Earlier campaigns this one replaced, by slug unless `order` says otherwise.");
            data.NestedConnection(t, "targets", c => c.Id, x => x.CampaignId, db => db.CampaignTargets).Filtering().Sorting()
                .Description("Whom the campaign addresses.");
            data.NestedConnection(t, "updates", c => c.Id, u => u.CampaignId, db => db.VisibleCampaignUpdates).Filtering().Sorting()
                .Description("News on the campaign: posted updates, and drafts for the organization's partners; oldest first unless `order` says otherwise.");
            data.NestedConnection(t, "responses", c => c.Id, r => r.CampaignId, db => db.OfficialResponses).Filtering().Sorting()
                .Description("Responses received from officials, oldest first unless `order` says otherwise.");
            data.NestedConnection(t, "suggestedMessages", c => c.Id, m => m.CampaignId, db => db.SuggestedMessages).Filtering().Sorting()
                .Description("Letters supporters can send, one per language.");
        })
        .Object<CampaignTarget>("CampaignTarget", t =>
        {
            t.Description("Someone a campaign addresses: a listed official, or a named body such as a city council.");
            t.NodeId(data, x => x.Id, "campaign target");
            t.VersionField();
            t.Field("name", x => x.TargetName).Description("Name of the person or body addressed.");
            t.Field("role", x => x.Role).Description("Their role, e.g. `Mayor of Florence`.");
            t.JoinedReference(data, "official", x => x.Official, DirectoryLoaders.OfficialById, x => x.OfficialId)
                .Description("The listed official, when the target is one.");
        })
        .Object<CampaignUpdate>("CampaignUpdate", t =>
        {
            t.Description("A dated piece of news on a campaign.");
            t.NodeId(data, u => u.Id, "update", db => db.VisibleCampaignUpdates);
            t.VersionField();
            t.Field("postedAt", u => u.PostedAt).Description("When the update was posted.");
            t.Field("title", u => u.Title).Description("Headline of the update.");
            t.Field("body", u => u.Body).Description("Text of the update.");
            t.Field("isDraft", u => u.IsDraft).Type("Boolean").PrivateToOrganization<CampaignUpdate>(u => u.CampaignId, OrganizationOwners.OfCampaign)
                .Description("Whether the update is a draft, not yet shown to the public. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
        })
        .Object<OfficialResponse>("OfficialResponse", t =>
        {
            t.Description("A response a campaign received from an official: who answered, when, and what they committed to.");
            t.NodeId(data, r => r.Id, "response");
            t.VersionField();
            t.Field("responderName", r => r.ResponderName).Description("Who responded.");
            t.Field("responderTitle", r => r.ResponderTitle).Description("The responder's office.");
            t.Field("receivedOn", r => r.ReceivedOn).Description("When the response was received.");
            t.Field("summary", r => r.Summary).Description("What the response said.");
            t.Field("commitment", r => r.Commitment).Description("What the official committed to, if anything.");
            t.JoinedReference(data, "official", r => r.Official, DirectoryLoaders.OfficialById, r => r.OfficialId)
                .Description("The listed official who responded, when known.");
        })
        .Object<SuggestedMessage>("SuggestedMessage", t =>
        {
            t.Description("A ready-to-send letter for supporters, in one language.");
            t.NodeId(data, m => m.Id, "message");
            t.VersionField();
            t.Field("language", m => m.LanguageCode).Description("BCP 47 language tag of the letter, e.g. `it`, `en`.");
            t.Field("recipient", m => m.Recipient).Description("Whom the letter is addressed to.");
            t.Field("subject", m => m.Subject).Description("Subject line.");
            t.Field("body", m => m.Body).Description("The letter; placeholders in brackets are for the sender to fill in.");
        });
}
