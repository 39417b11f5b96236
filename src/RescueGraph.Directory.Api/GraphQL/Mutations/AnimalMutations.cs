using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Writes;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>Writes to animals, their timeline and their photos, by staff of the owning organization (or admins).</summary>
internal static class AnimalMutations
{
    private const int LongTextLength = 20_000;
    private const string AnimalResult = "The animal as it is now; null when there were errors.";

    /// <summary>The animal's editable fields, shared by <c>createAnimal</c> and <c>updateAnimal</c>.</summary>
    private static readonly InputFields<Animal> AnimalFields = new InputFields<Animal>()
        .Text("name", a => a.Name, DirectoryDbContext.NameLength, "The animal's name.", required: true)
        .Value("species", a => a.Species, "Species", "The animal's species.", requiredOnCreate: true)
        .Text("primaryBreed", a => a.PrimaryBreed, 100, "Main breed, when known.")
        .Text("secondaryBreed", a => a.SecondaryBreed, 100, "Second breed of a mix, when known.")
        .Value("mixedBreed", a => a.MixedBreed, "Boolean", "Whether the animal is a mix.")
        .Value("sex", a => a.Sex, "AnimalSex", "The animal's sex (default UNKNOWN).")
        .Value("ageGroup", a => a.AgeGroup, "AgeGroup", "Age group.", requiredOnCreate: true)
        .Value<DateOnly?>("birthDateEstimate", a => a.BirthDateEstimate, "Date", "Estimated date of birth; not in the future.",
            rule: date => date is { } d ? WriteRules.NotInFuture(d, DateTimeOffset.UtcNow) : null)
        .Value<AnimalSize?>("size", a => a.Size, "AnimalSize", "Size when grown.")
        .Value<CoatLength?>("coat", a => a.Coat, "CoatLength", "Coat length.")
        .TextList("colors", a => a.Colors, 10, 50, "Coat colors, main color first.")
        .Text("story", a => a.Story, LongTextLength, "The animal's story, for adopters.")
        .Value("spayedNeutered", a => a.SpayedNeutered, "Boolean", "Whether the animal is spayed or neutered.")
        .Value("vaccinated", a => a.Vaccinated, "Boolean", "Whether vaccinations are up to date.")
        .Value("houseTrained", a => a.HouseTrained, "Boolean", "Whether the animal is house-trained.")
        .Value("specialNeeds", a => a.SpecialNeeds, "Boolean", "Whether the animal has special needs.")
        .Text("specialNeedsDescription", a => a.SpecialNeedsDescription, DirectoryDbContext.ShortTextLength * 2, "What the special needs are.")
        .Value("goodWithChildren", a => a.GoodWithChildren, "Compatibility", "Whether the animal gets along with children.")
        .Value("goodWithDogs", a => a.GoodWithDogs, "Compatibility", "Whether the animal gets along with dogs.")
        .Value("goodWithCats", a => a.GoodWithCats, "Compatibility", "Whether the animal gets along with cats.")
        .Text("behaviourNotes", a => a.BehaviourNotes, LongTextLength, "Private: behaviour notes for staff.")
        .Text("medicalNotes", a => a.MedicalNotes, LongTextLength, "Private: medical notes for staff.")
        .Text("adopterName", a => a.AdopterName, DirectoryDbContext.NameLength, "Private: the adopter's name.")
        .Text("adopterContact", a => a.AdopterContact, DirectoryDbContext.ShortTextLength, "Private: how to reach the adopter.")
        .Text("fosterName", a => a.FosterName, DirectoryDbContext.NameLength, "Private: the foster's name.")
        .Text("fosterContact", a => a.FosterContact, DirectoryDbContext.ShortTextLength, "Private: how to reach the foster.")
        .Text("fosterAddress", a => a.FosterAddress, DirectoryDbContext.ShortTextLength, "Private: where the animal is fostered.");

    /// <summary>A photo's editable fields, shared by <c>addAnimalPhoto</c> and <c>updateAnimalPhoto</c>.</summary>
    private static readonly InputFields<AnimalPhoto> PhotoFields = new InputFields<AnimalPhoto>()
        .Text("smallUrl", p => p.SmallUrl, DirectoryDbContext.UrlLength, "http(s) URL of the thumbnail size.", required: true, rule: WriteRules.HttpUrl)
        .Text("mediumUrl", p => p.MediumUrl, DirectoryDbContext.UrlLength, "http(s) URL of the medium size.", required: true, rule: WriteRules.HttpUrl)
        .Text("largeUrl", p => p.LargeUrl, DirectoryDbContext.UrlLength, "http(s) URL of the large size.", required: true, rule: WriteRules.HttpUrl)
        .Text("originalUrl", p => p.OriginalUrl, DirectoryDbContext.UrlLength, "http(s) URL of the original upload.", required: true, rule: WriteRules.HttpUrl)
        .Value<int?>("width", p => p.Width, "Int", "Width of the original in pixels.", rule: w => w is { } v ? WriteRules.Positive(v) : null)
        .Value<int?>("height", p => p.Height, "Int", "Height of the original in pixels.", rule: h => h is { } v ? WriteRules.Positive(v) : null)
        .Text("caption", p => p.Caption, DirectoryDbContext.ShortTextLength, "Caption.");

    public static IEnumerable<MutationDefinition> Definitions()
    {
        yield return new MutationDefinition("createAnimal",
            "Adds an animal to a center, in care and unpublished, with its intake on the timeline. Staff of the center's organization, or admins.",
            input =>
            {
                input.Field("centerId", "ID!", "The center taking the animal in; the animal belongs to the center's organization.");
                input.Field("intakeDate", "Date!", "When the animal came into care; not in the future.");
                input.Field("intakeType", "IntakeType!", "How it came into care (Shelter Animals Count intake category).");
                input.Field("intakeSource", "IntakeSource", "Where it was rescued from, e.g. a dog meat farm.");
                AnimalFields.Declare(input, forCreate: true);
            },
            [("animal", "Animal", AnimalResult)], MutationErrorKinds.Create, CreateAnimalAsync);

        yield return new MutationDefinition("updateAnimal",
            "Changes the fields the input names (public and private); `status` only among IN_CARE, AVAILABLE and ADOPTION_PENDING.",
            input =>
            {
                input.Field("id", "ID!", "The animal's `id`.");
                input.Field("version", "String!", "The animal's `version` as read; a stale one is refused with a ConcurrencyError.");
                input.Field("status", "AnimalStatus", "New listing status: IN_CARE, AVAILABLE or ADOPTION_PENDING (outcomes are recorded as events).");
                AnimalFields.Declare(input, forCreate: false);
            },
            [("animal", "Animal", AnimalResult)], MutationErrorKinds.Update, UpdateAnimalAsync);

        yield return new MutationDefinition("publishAnimal", "Publishes the animal's listing: everyone can see it from now on.",
            VersionedInput("animal"), [("animal", "Animal", AnimalResult)], MutationErrorKinds.Update, call => SetPublishedAsync(call, true));

        yield return new MutationDefinition("unpublishAnimal", "Withdraws the animal's listing: only its organization's staff can see it from now on.",
            VersionedInput("animal"), [("animal", "Animal", AnimalResult)], MutationErrorKinds.Update, call => SetPublishedAsync(call, false));

        yield return new MutationDefinition("recordAnimalEvent",
            "Adds an entry to the animal's timeline and moves its status, center and intake consistently (e.g. ADOPTION: AVAILABLE → ADOPTED).",
            input =>
            {
                input.Field("animalId", "ID!", "The animal's `id`.");
                input.Field("version", "String!", "The animal's `version` as read; a stale one is refused with a ConcurrencyError.");
                input.Field("kind", "AnimalEventKind!", "What happened.");
                input.Field("occurredAt", "DateTime!", "When it happened; not in the future, not before the intake.");
                input.Field("intakeType", "IntakeType", "INTAKE: the intake category (required).");
                input.Field("intakeSource", "IntakeSource", "INTAKE: where the animal came from.");
                input.Field("outcomeType", "OutcomeType", "OUTCOME (required) or DEATH: the outcome category; implied by ADOPTION, RETURN and TRANSFER out.");
                input.Field("toCenterId", "ID", "TRANSFER: the center the animal moves to; without it, a transfer out of the organization's care.");
                input.Field("flightNumber", "String", "TRANSPORT: flight number.");
                input.Field("carrier", "String", "TRANSPORT: airline or carrier.");
                input.Field("escortName", "String", "TRANSPORT: the volunteer escort.");
                input.Field("destinationCity", "String", "TRANSPORT: destination city.");
                input.Field("destinationCountry", "String", "TRANSPORT: ISO 3166-1 alpha-2 code of the destination country.");
                input.Field("notes", "String", "Public notes.");
                input.Field("privateDetails", "String", "Private details (adopter, foster), for staff only.");
            },
            [("animalEvent", "AnimalEvent", "The recorded event; null when there were errors."), ("animal", "Animal", AnimalResult)],
            MutationErrorKinds.Update, RecordEventAsync);

        yield return new MutationDefinition("addAnimalPhoto", "Adds a photo (by URL, in four sizes) to the animal, last unless `position` is given.",
            input =>
            {
                input.Field("animalId", "ID!", "The animal's `id`.");
                input.Field("position", "Int", "Display position from 0 (0 = cover); must be free. Default: after the last photo.");
                PhotoFields.Declare(input, forCreate: true);
            },
            [("photo", "AnimalPhoto", "The added photo; null when there were errors."), ("animal", "Animal", AnimalResult)],
            MutationErrorKinds.Create, AddPhotoAsync);

        yield return new MutationDefinition("updateAnimalPhoto", "Changes a photo's caption, URLs, size or position (to a free one).",
            input =>
            {
                input.Field("id", "ID!", "The photo's `id`.");
                input.Field("version", "String!", "The photo's `version` as read; a stale one is refused with a ConcurrencyError.");
                input.Field("position", "Int", "New display position from 0; must be free.");
                PhotoFields.Declare(input, forCreate: false);
            },
            [("photo", "AnimalPhoto", "The photo as it is now; null when there were errors.")], MutationErrorKinds.Update, UpdatePhotoAsync);
    }

    /// <summary><c>{ id, version }</c>, the input of writes that only need to know which record at which version.</summary>
    internal static Action<InputObjectTypeBuilder<object>> VersionedInput(string what) => input => input
        .Field("id", "ID!", $"The {what}'s `id`.")
        .Field("version", "String!", $"The {what}'s `version` as read; a stale one is refused with a ConcurrencyError.");

    private static Task<Animal?> LoadAnimal(DirectoryDbContext db, long id) => db.Animals.FirstOrDefaultAsync(a => a.Id == id);

    private static Task<(Animal?, MutationPayload?)> FindAnimalAsync(MutationCall call, string field) =>
        call.FindForChangeAsync(field, "Animal", "animal", LoadAnimal, a => a.OrganizationId, a => a.IsPublished);

    private static async Task<MutationPayload> CreateAnimalAsync(MutationCall call)
    {
        var input = call.Input;
        var centerId = input.Id("centerId", "RescueCenter", required: true);
        var intakeDate = input.Value<DateOnly>("intakeDate");
        if (intakeDate is { } date) input.Errors.Check("intakeDate", WriteRules.NotInFuture(date, call.Now));
        var animal = new Animal
        {
            IntakeDate = intakeDate ?? default,
            IntakeType = input.Value<IntakeType>("intakeType") ?? IntakeType.Other,
            Status = AnimalStatus.InCare,
            StatusChangedAt = call.Now,
        };
        AnimalFields.Apply(input, animal);
        if (call.HasErrors) return call.Invalid();

        var center = await call.Db.RescueCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == centerId, call.CancellationToken);
        if (center is null) return call.NotFound("centerId", "center");
        if (!call.Caller.IsPartnerOf(center.OrganizationId)) return MutationCall.NotAuthorized("center");

        animal.CenterId = center.Id;
        animal.OrganizationId = center.OrganizationId;
        animal.Events.Add(new AnimalEvent
        {
            Kind = AnimalEventKind.Intake,
            OccurredAt = new DateTimeOffset(animal.IntakeDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            CenterId = center.Id,
            IntakeType = animal.IntakeType,
            IntakeSource = input.Value<IntakeSource>("intakeSource"),
        });
        call.Db.Animals.Add(animal);
        await call.SaveAuditedAsync();
        return MutationPayload.Success(animal);
    }

    private static async Task<MutationPayload> UpdateAnimalAsync(MutationCall call)
    {
        var version = call.Input.Version();
        var (animal, refusal) = await FindAnimalAsync(call, "id");
        if (refusal is not null) return refusal;
        if (version is null) return call.Invalid();
        if (call.CheckVersion(animal!, version.Value) is { } stale) return stale;

        var previousStatus = animal!.Status;
        AnimalFields.Apply(call.Input, animal);
        if (call.Input.Has("status"))
        {
            if (call.Input.Value<AnimalStatus>("status") is not { } status) call.Input.Errors.Add("status", "Must not be null.");
            else if (call.Input.Errors.Check("status", AnimalLifecycle.CheckStatusUpdate(previousStatus, status)) && status != previousStatus)
            {
                animal.Status = status;
                animal.StatusChangedAt = call.Now;
            }
        }
        if (call.HasErrors) return call.Invalid();
        return await call.SaveAsync(animal, animal.Id) ?? MutationPayload.Success(animal);
    }

    private static async Task<MutationPayload> SetPublishedAsync(MutationCall call, bool published)
    {
        var version = call.Input.Version();
        var (animal, refusal) = await FindAnimalAsync(call, "id");
        if (refusal is not null) return refusal;
        if (version is null) return call.Invalid();
        if (call.CheckVersion(animal!, version.Value) is { } stale) return stale;
        if (animal!.IsPublished == published) return MutationPayload.Success(animal); // already so: nothing to write or audit

        animal.IsPublished = published;
        if (published) animal.PublishedAt = call.Now;
        return await call.SaveAsync(animal, animal.Id) ?? MutationPayload.Success(animal);
    }

    private static async Task<MutationPayload> RecordEventAsync(MutationCall call)
    {
        var input = call.Input;
        var version = input.Version();
        var kind = input.Value<AnimalEventKind>("kind") ?? AnimalEventKind.Other;
        var toCenterId = input.Id("toCenterId", "RescueCenter");
        var recorded = new AnimalEvent
        {
            Kind = kind,
            OccurredAt = input.Value<DateTimeOffset>("occurredAt") ?? call.Now,
            IntakeType = input.Value<IntakeType>("intakeType"),
            IntakeSource = input.Value<IntakeSource>("intakeSource"),
            OutcomeType = input.Value<OutcomeType>("outcomeType"),
            FlightNumber = TransportDetail(input, kind, "flightNumber", 16),
            Carrier = TransportDetail(input, kind, "carrier", 100),
            EscortName = TransportDetail(input, kind, "escortName", DirectoryDbContext.NameLength),
            DestinationCity = TransportDetail(input, kind, "destinationCity", DirectoryDbContext.NameLength),
            DestinationCountry = TransportDetail(input, kind, "destinationCountry", DirectoryDbContext.CountryCodeLength, WriteRules.CountryCode),
            Notes = input.Text("notes", LongTextLength),
            PrivateDetails = input.Text("privateDetails", LongTextLength),
        };
        var (animal, refusal) = await FindAnimalAsync(call, "animalId");
        if (refusal is not null) return refusal;
        if (version is null) return call.Invalid();
        if (call.CheckVersion(animal!, version.Value) is { } stale) return stale;

        // The state machine runs even when some input was refused, so the caller learns every problem at once.
        RescueCenter? toCenter = null;
        if (toCenterId is { } centerId)
        {
            toCenter = await call.Db.RescueCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == centerId, call.CancellationToken);
            if (toCenter is null) input.Errors.Add("toCenterId", "No center has this id.");
        }
        foreach (var failure in AnimalLifecycle.Apply(animal!, recorded, toCenter, call.Now)) input.Errors.Add(failure);
        if (call.HasErrors) return call.Invalid();

        call.Db.AnimalEvents.Add(recorded);
        return await call.SaveAsync(animal!, animal!.Id) ?? MutationPayload.Success(recorded, animal);
    }

    /// <summary>A transport detail: refused on other kinds of event, where it would mean nothing.</summary>
    private static string? TransportDetail(InputReader input, AnimalEventKind kind, string name, int maxLength, Func<string, string?>? rule = null)
    {
        if (input.Raw(name) is null) return null;
        if (kind == AnimalEventKind.Transport) return input.Text(name, maxLength, rule: rule);
        input.Errors.Add(name, "Only a TRANSPORT has flight and destination details.");
        return null;
    }

    private static async Task<MutationPayload> AddPhotoAsync(MutationCall call)
    {
        var input = call.Input;
        var photo = new AnimalPhoto();
        PhotoFields.Apply(input, photo);
        var position = input.Value<int>("position");
        if (position is { } requested) input.Errors.Check("position", PositionRule(requested));
        var (animal, refusal) = await FindAnimalAsync(call, "animalId");
        if (refusal is not null) return refusal;
        if (call.HasErrors) return call.Invalid();

        var positions = call.Db.AnimalPhotos.Where(p => p.AnimalId == animal!.Id).Select(p => (int?)p.Position);
        if (position is { } wanted)
        {
            if (await positions.AnyAsync(p => p == wanted, call.CancellationToken))
                return MutationPayload.Failure(new ValidationError("position", "Another photo has this position."));
            photo.Position = (short)wanted;
        }
        else
        {
            var last = await positions.MaxAsync(call.CancellationToken);
            if (last >= short.MaxValue) return MutationPayload.Failure(new ValidationError("animalId", "The animal has too many photos."));
            photo.Position = (short)((last ?? -1) + 1);
        }
        photo.AnimalId = animal!.Id;
        call.Db.AnimalPhotos.Add(photo);
        await call.SaveAuditedAsync();
        return MutationPayload.Success(photo, animal);
    }

    private static async Task<MutationPayload> UpdatePhotoAsync(MutationCall call)
    {
        var input = call.Input;
        var version = input.Version();
        var (photo, refusal) = await call.FindForChangeAsync("id", "AnimalPhoto", "photo",
            (db, id) => db.AnimalPhotos.Include(p => p.Animal).FirstOrDefaultAsync(p => p.Id == id),
            p => p.Animal.OrganizationId, p => p.Animal.IsPublished);
        if (refusal is not null) return refusal;
        if (version is null) return call.Invalid();
        if (call.CheckVersion(photo!, version.Value) is { } stale) return stale;

        PhotoFields.Apply(input, photo!);
        if (input.Has("position"))
        {
            if (input.Value<int>("position") is not { } wanted) input.Errors.Add("position", "Must not be null.");
            else if (input.Errors.Check("position", PositionRule(wanted)) && wanted != photo!.Position)
            {
                if (await call.Db.AnimalPhotos.AnyAsync(p => p.AnimalId == photo.AnimalId && p.Position == wanted, call.CancellationToken))
                    input.Errors.Add("position", "Another photo has this position.");
                photo.Position = (short)wanted;
            }
        }
        if (call.HasErrors) return call.Invalid();
        return await call.SaveAsync(photo!, photo!.Id) ?? MutationPayload.Success(photo);
    }

    private static string? PositionRule(int position) => position is >= 0 and < short.MaxValue ? null : "Must be from 0 to 32766.";
}
