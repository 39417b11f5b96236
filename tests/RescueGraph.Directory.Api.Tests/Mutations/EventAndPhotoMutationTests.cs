using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests.Mutations;

[Collection(MutationsFixture.Collection)]
public sealed class EventAndPhotoMutationTests(MutationsFixture fixture) : MutationTestBase(fixture)
{
    private const string EventSelection = "animalEvent { id kind outcomeType } animal { status version center { slug } } " + ErrorSelection;

    private Task<JsonElement> RecordAsync(object input, string? token = null) =>
        MutateAsync("recordAnimalEvent", "RecordAnimalEventInput", input, token ?? PartnerA, EventSelection);

    private static string Yesterday => DateTimeOffset.UtcNow.AddDays(-1).ToString("O");

    [Fact]
    public async Task Adoption_moves_an_available_animal_to_adopted_and_then_no_transfer_is_possible()
    {
        var (id, version) = await CreateAnimalAsync("Adoptee");
        var refused = await RecordAsync(new { animalId = id, version, kind = "ADOPTION", occurredAt = Yesterday });
        AssertSingleError(refused, "ValidationError", "kind");

        (_, version) = await UpdateAnimalAsync(id, version, new { status = "AVAILABLE" });
        var adopted = await RecordAsync(new { animalId = id, version, kind = "ADOPTION", occurredAt = Yesterday, privateDetails = "adopter: Kim" });
        AssertSucceeded(adopted);
        Assert.Equal(("ADOPTED", "ADOPTION"), (adopted.GetProperty("animal").GetProperty("status").GetString(),
            adopted.GetProperty("animalEvent").GetProperty("outcomeType").GetString()));

        var transfer = await RecordAsync(new
        {
            animalId = id, version = adopted.GetProperty("animal").GetProperty("version").GetString(), kind = "TRANSFER",
            occurredAt = Yesterday, toCenterId = await CenterIdAsync(MutationsFixture.CenterB),
        });
        AssertSingleError(transfer, "ValidationError", "kind");
    }

    [Fact]
    public async Task A_transfer_moves_the_animal_to_the_target_center()
    {
        var (id, version) = await CreateAnimalAsync("Mover");
        var moved = await RecordAsync(new { animalId = id, version, kind = "TRANSFER", occurredAt = Yesterday, toCenterId = await CenterIdAsync(MutationsFixture.CenterB) });

        AssertSucceeded(moved);
        Assert.Equal(MutationsFixture.CenterB, moved.GetProperty("animal").GetProperty("center").GetProperty("slug").GetString());
        await using var db = OpenDb();
        var transfer = await db.AnimalEvents.SingleAsync(e => e.AnimalId == KeyOf(id) && e.Kind == AnimalEventKind.Transfer);
        Assert.NotNull(transfer.FromCenterId);
        Assert.NotEqual(transfer.FromCenterId, transfer.ToCenterId);
        Assert.Equal([AuditAction.Create, AuditAction.Update], (await AuditOfAsync("Animal", KeyOf(id))).Select(a => a.Action));
    }

    [Fact]
    public async Task Events_are_validated_dates_transport_details_and_target_center_included()
    {
        var (id, version) = await CreateAnimalAsync("Validated");
        var payload = await RecordAsync(new
        {
            animalId = id, version, kind = "MEDICAL", occurredAt = DateTimeOffset.UtcNow.AddDays(3).ToString("O"),
            flightNumber = "KE081", toCenterId = NodeId("RescueCenter", 999_999),
        });
        var fields = Errors(payload).Select(e => e.Field).ToHashSet();
        Assert.Superset(new HashSet<string?> { "occurredAt", "flightNumber", "toCenterId" }, fields);

        var transport = await RecordAsync(new
        {
            animalId = id, version, kind = "TRANSPORT", occurredAt = Yesterday, flightNumber = "KE081", carrier = "Korean Air",
            destinationCity = "New York", destinationCountry = "US", escortName = "Volunteer",
        });
        AssertSucceeded(transport);
        Assert.Equal("IN_TRANSIT", transport.GetProperty("animal").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Recording_an_event_with_a_stale_animal_version_is_a_concurrency_error()
    {
        var (id, version) = await CreateAnimalAsync("Stale Event");
        await UpdateAnimalAsync(id, version, new { name = "Changed" });
        AssertSingleError(await RecordAsync(new { animalId = id, version, kind = "MEDICAL", occurredAt = Yesterday }), "ConcurrencyError");
        AssertSingleError(await RecordAsync(new { animalId = id, version, kind = "MEDICAL", occurredAt = Yesterday }, PartnerB), "NotFoundError");
    }

    private const string PhotoSelection = "photo { id version position caption smallUrl width } " + CreateErrors;

    private static object Photo(string animalId, object? extra = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["animalId"] = animalId, ["smallUrl"] = "https://cdn.example.org/s.jpg", ["mediumUrl"] = "https://cdn.example.org/m.jpg",
            ["largeUrl"] = "https://cdn.example.org/l.jpg", ["originalUrl"] = "https://cdn.example.org/o.jpg", ["width"] = 1200, ["height"] = 800,
        };
        foreach (var property in extra?.GetType().GetProperties() ?? []) input[property.Name] = property.GetValue(extra);
        return input;
    }

    [Fact]
    public async Task Photos_are_appended_in_order_and_their_urls_and_sizes_validated()
    {
        var (id, _) = await CreateAnimalAsync("Photogenic");
        var first = await MutateAsync("addAnimalPhoto", "AddAnimalPhotoInput", Photo(id), PartnerA, PhotoSelection);
        var second = await MutateAsync("addAnimalPhoto", "AddAnimalPhotoInput", Photo(id, new { caption = "Second" }), PartnerA, PhotoSelection);
        Assert.Equal((0, 1), (first.GetProperty("photo").GetProperty("position").GetInt32(), second.GetProperty("photo").GetProperty("position").GetInt32()));

        var invalid = await MutateAsync("addAnimalPhoto", "AddAnimalPhotoInput",
            Photo(id, new { smallUrl = "javascript:alert(1)", largeUrl = "ftp://example.org/l.jpg", width = 0, position = 1 }), PartnerA, PhotoSelection);
        var fields = Errors(invalid).Select(e => e.Field).ToHashSet();
        Assert.Equal(new HashSet<string?> { "smallUrl", "largeUrl", "width" }, fields);

        var taken = await MutateAsync("addAnimalPhoto", "AddAnimalPhotoInput", Photo(id, new { position = 1 }), PartnerA, PhotoSelection);
        AssertSingleError(taken, "ValidationError", "position");
        var otherPartner = await MutateAsync("addAnimalPhoto", "AddAnimalPhotoInput", Photo(id), PartnerB, PhotoSelection);
        AssertSingleError(otherPartner, "NotFoundError");
    }

    [Fact]
    public async Task A_photo_update_changes_caption_and_position_with_its_version()
    {
        var (id, _) = await CreateAnimalAsync("Reordered");
        var photo = (await MutateAsync("addAnimalPhoto", "AddAnimalPhotoInput", Photo(id), PartnerA, PhotoSelection)).GetProperty("photo");
        await MutateAsync("addAnimalPhoto", "AddAnimalPhotoInput", Photo(id), PartnerA, PhotoSelection);
        var photoId = photo.GetProperty("id").GetString();
        var version = photo.GetProperty("version").GetString();
        const string selection = "photo { position caption version } " + ErrorSelection;

        AssertSingleError(await MutateAsync("updateAnimalPhoto", "UpdateAnimalPhotoInput", new { id = photoId, version, position = 1 }, PartnerA, selection),
            "ValidationError", "position");
        var updated = await MutateAsync("updateAnimalPhoto", "UpdateAnimalPhotoInput", new { id = photoId, version, position = 5, caption = "Cover no more" }, PartnerA, selection);
        AssertSucceeded(updated);
        Assert.Equal((5, "Cover no more"), (updated.GetProperty("photo").GetProperty("position").GetInt32(), updated.GetProperty("photo").GetProperty("caption").GetString()));
        AssertSingleError(await MutateAsync("updateAnimalPhoto", "UpdateAnimalPhotoInput", new { id = photoId, version, caption = "late" }, PartnerA, selection),
            "ConcurrencyError");
    }
}
