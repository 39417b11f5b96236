using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests.Mutations;

[Collection(MutationsFixture.Collection)]
public sealed class AnimalMutationTests(MutationsFixture fixture) : MutationTestBase(fixture)
{
    [Fact]
    public async Task A_partner_creates_an_unpublished_animal_in_care_with_its_intake_and_an_audit_entry()
    {
        var (id, version) = await CreateAnimalAsync("Created Dog");

        await using var db = OpenDb();
        var animal = await db.Animals.Include(a => a.Events).SingleAsync(a => a.Id == KeyOf(id));
        Assert.Equal(("Created Dog", AnimalStatus.InCare, false), (animal.Name, animal.Status, animal.IsPublished));
        Assert.Equal(animal.Version.ToString(), version);
        var intake = Assert.Single(animal.Events);
        Assert.Equal((AnimalEventKind.Intake, IntakeType.SeizedConfiscated, IntakeSource.DogMeatFarm),
            (intake.Kind, intake.IntakeType!.Value, intake.IntakeSource!.Value));
        var audit = Assert.Single(await AuditOfAsync("Animal", animal.Id));
        Assert.Equal(("partner-a", AuditAction.Create), (audit.Actor, audit.Action));
        using (var changes = JsonDocument.Parse(audit.Changes))
            Assert.Equal("Created Dog", changes.RootElement.GetProperty("name").GetProperty("new").GetString());
        Assert.Single(await AuditOfAsync("AnimalEvent", intake.Id));
    }

    [Fact]
    public async Task Anonymous_callers_get_the_authentication_error_of_authorize_and_no_data()
    {
        var centerId = await CenterIdAsync(MutationsFixture.CenterA);
        var response = await Api.PostAsync("mutation($input: CreateAnimalInput!) { createAnimal(input: $input) { animal { id } } }",
            new { input = new { centerId, name = "Nobody's", species = "DOG", ageGroup = "ADULT", intakeDate = "2025-01-01", intakeType = "OTHER" } });

        Assert.Equal("AUTH_NOT_AUTHENTICATED", DirectoryApiFactory.FirstErrorCode(response));
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Partners_of_other_organizations_cannot_create_animals_there()
    {
        await using var db = OpenDb();
        var before = await db.Animals.CountAsync();
        var payload = await MutateAsync("createAnimal", "CreateAnimalInput", new
        {
            centerId = await CenterIdAsync(MutationsFixture.CenterA), name = "Refused", species = "DOG", ageGroup = "ADULT",
            intakeDate = "2025-01-01", intakeType = "OTHER",
        }, PartnerB, "animal { id } " + CreateErrors);

        AssertSingleError(payload, "NotAuthorizedError");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("animal").ValueKind);
        Assert.Equal(before, await db.Animals.CountAsync());
    }

    [Fact]
    public async Task Analysts_are_refused_by_the_fields_role_check()
    {
        var input = new { centerId = await CenterIdAsync(MutationsFixture.CenterA), name = "Refused", species = "DOG", ageGroup = "ADULT", intakeDate = "2025-01-01", intakeType = "OTHER" };
        await AssertRefusedAsync("createAnimal", "CreateAnimalInput", input, Analyst);
        var (id, version) = await CreateAnimalAsync();
        await AssertRefusedAsync("updateAnimal", "UpdateAnimalInput", new { id, version, name = "x" }, Analyst);
        await AssertRefusedAsync("publishAnimal", "PublishAnimalInput", new { id, version }, Analyst);
        await AssertRefusedAsync("publishAnimal", "PublishAnimalInput", new { id, version }, null, "AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task Admins_create_animals_for_any_organization()
    {
        var (id, _) = await CreateAnimalAsync("Admin's Cat", Admin, MutationsFixture.CenterB);
        await using var db = OpenDb();
        var organizationB = await db.Organizations.SingleAsync(o => o.Slug == MutationsFixture.OrganizationB);
        Assert.Equal(organizationB.Id, (await db.Animals.SingleAsync(a => a.Id == KeyOf(id))).OrganizationId);
    }

    [Fact]
    public async Task Invalid_input_returns_every_validation_error_with_its_field_and_writes_nothing()
    {
        await using var db = OpenDb();
        var before = await db.Animals.CountAsync();
        var payload = await MutateAsync("createAnimal", "CreateAnimalInput", new
        {
            centerId = NodeId("Organization", 1), name = " ", species = "DOG", ageGroup = "ADULT",
            intakeDate = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd"), intakeType = "OTHER",
            primaryBreed = new string('x', 101), colors = new[] { "black", "" }, birthDateEstimate = "2999-01-01",
        }, PartnerA, "animal { id } " + CreateErrors);

        var fields = Errors(payload).Select(e => (e.Type, e.Field)).ToHashSet();
        Assert.Equal(
            new HashSet<(string, string?)>
            {
                ("ValidationError", "centerId"), ("ValidationError", "name"), ("ValidationError", "intakeDate"),
                ("ValidationError", "primaryBreed"), ("ValidationError", "colors[1]"), ("ValidationError", "birthDateEstimate"),
            },
            fields);
        Assert.Equal(before, await db.Animals.CountAsync());
    }

    [Fact]
    public async Task An_update_changes_only_the_named_fields_including_private_ones_and_audits_them_without_private_values()
    {
        var (id, version) = await CreateAnimalAsync("Before");
        var (_, newVersion) = await UpdateAnimalAsync(id, version, new { name = "After", medicalNotes = "heartworm treated", status = "AVAILABLE", primaryBreed = "Jindo" });

        Assert.NotEqual(version, newVersion);
        await using var db = OpenDb();
        var animal = await db.Animals.SingleAsync(a => a.Id == KeyOf(id));
        Assert.Equal(("After", "heartworm treated", AnimalStatus.Available, "Jindo", AgeGroup.Adult),
            (animal.Name, animal.MedicalNotes, animal.Status, animal.PrimaryBreed, animal.AgeGroup));

        var update = (await AuditOfAsync("Animal", animal.Id)).Last();
        Assert.Equal(AuditAction.Update, update.Action);
        using var changes = JsonDocument.Parse(update.Changes);
        Assert.Equal("Before", changes.RootElement.GetProperty("name").GetProperty("old").GetString());
        Assert.Equal("available", changes.RootElement.GetProperty("status").GetProperty("new").GetString());
        Assert.True(changes.RootElement.GetProperty("medicalNotes").GetProperty("private").GetBoolean());
        Assert.DoesNotContain("heartworm", update.Changes);
        Assert.False(changes.RootElement.TryGetProperty("species", out _));
    }

    [Fact]
    public async Task Null_clears_an_optional_field_and_is_refused_for_a_required_one()
    {
        var (id, version) = await CreateAnimalAsync("Clearable");
        (_, version) = await UpdateAnimalAsync(id, version, new { primaryBreed = "Jindo" });

        var refused = await MutateAsync("updateAnimal", "UpdateAnimalInput", new { id, version, name = (string?)null, species = (string?)null },
            PartnerA, "animal { id } " + ErrorSelection);
        Assert.Equal(["name", "species"], Errors(refused).Select(e => e.Field).Order());

        await UpdateAnimalAsync(id, version, new { primaryBreed = (string?)null });
        await using var db = OpenDb();
        Assert.Null((await db.Animals.SingleAsync(a => a.Id == KeyOf(id))).PrimaryBreed);
    }

    [Fact]
    public async Task Outcome_statuses_cannot_be_set_by_a_plain_update()
    {
        var (id, version) = await CreateAnimalAsync();
        var payload = await MutateAsync("updateAnimal", "UpdateAnimalInput", new { id, version, status = "ADOPTED" }, PartnerA, "animal { id } " + ErrorSelection);
        AssertSingleError(payload, "ValidationError", "status");
    }

    [Fact]
    public async Task A_stale_version_is_a_concurrency_error_with_the_current_version_and_changes_nothing()
    {
        var (id, oldVersion) = await CreateAnimalAsync("Stale");
        var (_, current) = await UpdateAnimalAsync(id, oldVersion, new { name = "Fresh" });

        var payload = await MutateAsync("updateAnimal", "UpdateAnimalInput", new { id, version = oldVersion, name = "Overwritten" },
            PartnerA, "animal { id } " + ErrorSelection);

        AssertSingleError(payload, "ConcurrencyError");
        Assert.Equal(current, payload.GetProperty("errors")[0].GetProperty("currentVersion").GetString());
        await using var db = OpenDb();
        Assert.Equal("Fresh", (await db.Animals.SingleAsync(a => a.Id == KeyOf(id))).Name);
    }

    [Fact]
    public async Task Of_concurrent_updates_carrying_the_same_version_exactly_one_wins_and_none_is_lost_silently()
    {
        const int writers = 8;
        var (id, version) = await CreateAnimalAsync("Contested");

        var payloads = await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() =>
            MutateAsync("updateAnimal", "UpdateAnimalInput", new { id, version, name = $"Writer {i}", story = $"story {i}" },
                PartnerA, "animal { name version } " + ErrorSelection))));

        var winners = payloads.Where(p => p.GetProperty("errors").ValueKind == JsonValueKind.Null).ToList();
        var winner = Assert.Single(winners);
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null),
            p => AssertSingleError(p, "ConcurrencyError"));

        // The stored row is the winner's, entirely: no field of a losing writer slipped in.
        await using var db = OpenDb();
        var stored = await db.Animals.SingleAsync(a => a.Id == KeyOf(id));
        var winnerName = winner.GetProperty("animal").GetProperty("name").GetString()!;
        Assert.Equal(winnerName, stored.Name);
        Assert.Equal("story " + winnerName["Writer ".Length..], stored.Story);
        Assert.Equal(winner.GetProperty("animal").GetProperty("version").GetString(), stored.Version.ToString());
        // One audit entry for the create, one for the single accepted update.
        Assert.Equal([AuditAction.Create, AuditAction.Update], (await AuditOfAsync("Animal", stored.Id)).Select(a => a.Action));
    }

    [Fact]
    public async Task Publishing_makes_the_animal_public_and_unpublishing_hides_it_again()
    {
        var (id, version) = await CreateAnimalAsync("Publishable");
        const string read = "query($id: ID!) { animal(id: $id) { name } }";
        Assert.Equal(JsonValueKind.Null, (await Api.QueryAsync(read, new { id })).GetProperty("animal").ValueKind);

        var published = await MutateAsync("publishAnimal", "PublishAnimalInput", new { id, version }, PartnerA, "animal { version publishedAt } " + ErrorSelection);
        AssertSucceeded(published);
        Assert.Equal("Publishable", (await Api.QueryAsync(read, new { id })).GetProperty("animal").GetProperty("name").GetString());

        var unpublished = await MutateAsync("unpublishAnimal", "UnpublishAnimalInput",
            new { id, version = published.GetProperty("animal").GetProperty("version").GetString() }, PartnerA, "animal { id } " + ErrorSelection);
        AssertSucceeded(unpublished);
        Assert.Equal(JsonValueKind.Null, (await Api.QueryAsync(read, new { id })).GetProperty("animal").ValueKind);
    }

    [Fact]
    public async Task Partners_of_another_organization_are_not_authorized_for_its_published_animals()
    {
        var (id, version) = await CreateAnimalAsync("Published A");
        var published = await MutateAsync("publishAnimal", "PublishAnimalInput", new { id, version }, PartnerA, "animal { version } " + ErrorSelection);
        version = published.GetProperty("animal").GetProperty("version").GetString()!;

        var payload = await MutateAsync("updateAnimal", "UpdateAnimalInput", new { id, version, name = "Hijacked" }, PartnerB, "animal { id } " + ErrorSelection);
        AssertSingleError(payload, "NotAuthorizedError");
        var adminPayload = await MutateAsync("updateAnimal", "UpdateAnimalInput", new { id, version, name = "Moderated" }, Admin, "animal { name } " + ErrorSelection);
        Assert.Equal("Moderated", adminPayload.GetProperty("animal").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Another_organizations_unpublished_animal_is_not_found_exactly_like_a_missing_one()
    {
        var hidden = NodeId("Animal", Fixture.HiddenAnimalB);
        var missing = NodeId("Animal", 987_654_321);

        var hiddenPayload = await MutateAsync("updateAnimal", "UpdateAnimalInput", new { id = hidden, version = "1", name = "x" }, PartnerA, "animal { id } " + ErrorSelection);
        var missingPayload = await MutateAsync("updateAnimal", "UpdateAnimalInput", new { id = missing, version = "1", name = "x" }, PartnerA, "animal { id } " + ErrorSelection);

        AssertSingleError(hiddenPayload, "NotFoundError");
        AssertSingleError(missingPayload, "NotFoundError");
        Assert.Equal(missingPayload.GetProperty("errors")[0].GetProperty("message").GetString(), hiddenPayload.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(hidden, hiddenPayload.GetProperty("errors")[0].GetProperty("id").GetString());

        // Its own organization's partner reaches it (and then meets the stale version).
        var own = await MutateAsync("updateAnimal", "UpdateAnimalInput", new { id = hidden, version = "1", name = "x" }, PartnerB, "animal { id } " + ErrorSelection);
        AssertSingleError(own, "ConcurrencyError");
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("T3JnYW5pemF0aW9uOjE=")] // Organization:1, an id of another type
    public async Task Malformed_ids_and_ids_of_another_type_are_validation_errors_on_the_id(string id)
    {
        var payload = await MutateAsync("publishAnimal", "PublishAnimalInput", new { id, version = "1" }, PartnerA, "animal { id } " + ErrorSelection);
        AssertSingleError(payload, "ValidationError", "id");
    }

    [Fact]
    public async Task Refused_writes_leave_no_audit_entries()
    {
        await using var db = OpenDb();
        var before = await db.AuditEntries.CountAsync();
        var (id, version) = (NodeId("Animal", Fixture.HiddenAnimalB), "1");
        await MutateAsync("updateAnimal", "UpdateAnimalInput", new { id, version, name = "x" }, PartnerA, ErrorSelection);
        await MutateAsync("createAnimal", "CreateAnimalInput", new { centerId = "bad", name = "x", species = "DOG", ageGroup = "ADULT", intakeDate = "2025-01-01", intakeType = "OTHER" },
            PartnerA, CreateErrors);
        Assert.Equal(before, await db.AuditEntries.CountAsync());
    }
}
