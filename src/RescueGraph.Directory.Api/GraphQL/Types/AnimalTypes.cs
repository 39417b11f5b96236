using RescueGraph.Directory.Api.GraphQL.Access;
using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Types;

/// <summary>Animal, its photos and its timeline. Private notes, adopter and foster details are readable by the owning organization's partners only.</summary>
internal static class AnimalTypes
{
    public static SchemaBuilder AddAnimalTypes(this SchemaBuilder schema, DataSchema<DirectoryDbContext> data) => schema.AddAuthorization()
        .Object<Animal>("Animal", t =>
        {
            t.Description("An animal in the care of a rescue center, as published for adopters and supporters.");
            t.NodeId(data, a => a.Id, "animal", db => db.VisibleAnimals);
            t.VersionField();
            t.Field("name", a => a.Name).Description("The animal's name.");
            t.Field("species", a => a.Species).Description("The animal's species.");
            t.Field("primaryBreed", a => a.PrimaryBreed).Description("Main breed, when known, e.g. `Jindo`.");
            t.Field("secondaryBreed", a => a.SecondaryBreed).Description("Second breed of a mix, when known.");
            t.Field("mixedBreed", a => a.MixedBreed).Description("Whether the animal is a mix.");
            t.Field("sex", a => a.Sex).Description("The animal's sex.");
            t.Field("ageGroup", a => a.AgeGroup).Description("Age group (baby, young, adult, senior).");
            t.Field("birthDateEstimate", a => a.BirthDateEstimate).Description("Estimated date of birth, when known.");
            t.Field("size", a => a.Size).Description("Size when grown, when known.");
            t.Field("coat", a => a.Coat).Description("Coat length, when known.");
            t.Field("colors", a => a.Colors).Description("Coat colors, main color first.");
            t.Field("status", a => a.Status).Description("Where the animal is on its way home: in care, available, adoption pending, adopted…");
            t.Field("publishedAt", a => a.PublishedAt).Description("When the listing was published.");
            t.Field("statusChangedAt", a => a.StatusChangedAt).Description("When the status last changed.");
            t.Field("intakeDate", a => a.IntakeDate).Description("Date the animal came into care.");
            t.Field("intakeType", a => a.IntakeType).Description("How the animal came into care (Shelter Animals Count intake category).");
            t.Field("story", a => a.Story).Description("The animal's story, written for adopters.");
            t.Field("spayedNeutered", a => a.SpayedNeutered).Description("Whether the animal is spayed or neutered.");
            t.Field("vaccinated", a => a.Vaccinated).Description("Whether the animal's vaccinations are up to date.");
            t.Field("houseTrained", a => a.HouseTrained).Description("Whether the animal is house-trained.");
            t.Field("specialNeeds", a => a.SpecialNeeds).Description("Whether the animal has special needs.");
            t.Field("specialNeedsDescription", a => a.SpecialNeedsDescription).Description("What the special needs are, for adopters.");
            t.Field("goodWithChildren", a => a.GoodWithChildren).Description("Whether the animal gets along with children.");
            t.Field("goodWithDogs", a => a.GoodWithDogs).Description("Whether the animal gets along with dogs.");
            t.Field("goodWithCats", a => a.GoodWithCats).Description("Whether the animal gets along with cats.");
            t.Field("isPublished", a => a.IsPublished).Type("Boolean").PrivateToOrganization<Animal>(a => a.OrganizationId)
                .Description("Whether the listing is published (visible to everyone). Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.Field("medicalNotes", a => a.MedicalNotes).PrivateToOrganization<Animal>(a => a.OrganizationId)
                .Description("Medical notes for the animal's carers. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.Field("behaviourNotes", a => a.BehaviourNotes).PrivateToOrganization<Animal>(a => a.OrganizationId)
                .Description("Behaviour notes for the animal's carers. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.Field("adopterName", a => a.AdopterName).PrivateToOrganization<Animal>(a => a.OrganizationId)
                .Description("Name of the adopter, once adopted. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.Field("adopterContact", a => a.AdopterContact).PrivateToOrganization<Animal>(a => a.OrganizationId)
                .Description("How to reach the adopter. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.Field("fosterName", a => a.FosterName).PrivateToOrganization<Animal>(a => a.OrganizationId)
                .Description("Name of the foster carer, while fostered. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.Field("fosterContact", a => a.FosterContact).PrivateToOrganization<Animal>(a => a.OrganizationId)
                .Description("How to reach the foster carer. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.Field("fosterAddress", a => a.FosterAddress).PrivateToOrganization<Animal>(a => a.OrganizationId)
                .Description("Where the animal is fostered. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.JoinedReference(data, "center", a => a.Center, DirectoryLoaders.CenterById, a => a.CenterId)
                .Description("The center caring for the animal.");
            t.JoinedReference(data, "organization", a => a.Organization, DirectoryLoaders.OrganizationById, a => a.OrganizationId)
                .Description("The organization responsible for the animal (usually the center's).");
            data.NestedConnection(t, "photos", a => a.Id, p => p.AnimalId, db => db.AnimalPhotos).Filtering().Sorting()
                .Description("Photos of the animal, cover photo first unless `order` says otherwise.");
            t.OptionalReference("coverPhoto", "AnimalPhoto", DirectoryLoaders.CoverPhotoByAnimal, a => a.Id)
                .Description("The cover photo (the first of `photos`), for listing cards; null when the animal has no photo.");
            data.NestedConnection(t, "events", a => a.Id, e => e.AnimalId, db => db.AnimalEvents).Filtering().Sorting()
                .Description("The animal's timeline, oldest first unless `order` says otherwise: intake, transfers, training, transport, outcome.");
            data.NestedConnection(t, "stories", a => a.Id, (Story s, long animalId) => s.Animals.Any(link => link.AnimalId == animalId), (db, _) => db.Stories)
                .Filtering().Sorting()
                .Description("Rescue stories the animal appears in, newest first unless `order` says otherwise.");
        })
        .Object<AnimalPhoto>("AnimalPhoto", t =>
        {
            t.Description("A photo of an animal in several sizes; pick the smallest that fits the layout.");
            t.NodeId(data, p => p.Id, "photo", db => db.AnimalPhotos.Where(p => db.VisibleAnimals.Any(a => a.Id == p.AnimalId)));
            t.VersionField();
            t.Field("position", (p, _) => (int)p.Position).Requires<AnimalPhoto>(p => p.Position)
                .Description("Display order, from 0; position 0 is the cover photo.");
            t.Field("caption", p => p.Caption).Description("Caption, when given.");
            t.Field("smallUrl", p => p.SmallUrl).Description("URL of the thumbnail size.");
            t.Field("mediumUrl", p => p.MediumUrl).Description("URL of the medium size, for lists and cards.");
            t.Field("largeUrl", p => p.LargeUrl).Description("URL of the large size, for detail pages.");
            t.Field("originalUrl", p => p.OriginalUrl).Description("URL of the original upload.");
            t.Field("width", p => p.Width).Description("Width of the original in pixels, when known.");
            t.Field("height", p => p.Height).Description("Height of the original in pixels, when known.");
        })
        .Object<AnimalEvent>("AnimalEvent", t =>
        {
            t.Description("One entry of an animal's timeline. Intakes and outcomes follow the Shelter Animals Count basic data matrix.");
            t.NodeId(data, e => e.Id, "event", db => db.AnimalEvents.Where(e => db.VisibleAnimals.Any(a => a.Id == e.AnimalId)));
            t.VersionField();
            t.Field("kind", e => e.Kind).Description("What happened.");
            t.Field("occurredAt", e => e.OccurredAt).Description("When it happened.");
            t.Field("intakeType", e => e.IntakeType).Description("For intakes: the Shelter Animals Count intake category.");
            t.Field("intakeSource", e => e.IntakeSource).Description("For intakes: where the animal was rescued from, e.g. a dog meat farm.");
            t.Field("outcomeType", e => e.OutcomeType).Description("For outcomes: the Shelter Animals Count outcome category.");
            t.Field("flightNumber", e => e.FlightNumber).Description("For transports: the flight number.");
            t.Field("carrier", e => e.Carrier).Description("For transports: the airline or carrier.");
            t.Field("escortName", e => e.EscortName).Description("For transports: the volunteer who escorted the animal.");
            t.Field("destinationCity", e => e.DestinationCity).Description("For transports: the city the animal travelled to.");
            t.Field("destinationCountry", e => e.DestinationCountry).Description("For transports: ISO 3166-1 alpha-2 code of the destination country.");
            t.Field("notes", e => e.Notes).Description("Public notes on the event.");
            t.Field("privateDetails", e => e.PrivateDetails).PrivateToOrganization<AnimalEvent>(e => e.AnimalId, OrganizationOwners.OfAnimal)
                .Description("Adopter or foster identities, addresses and the like. Private: only the organization's partners and administrators may read it; anyone else gets null and an authorization error.");
            t.Reference("animal", "Animal", DirectoryLoaders.AnimalById, e => e.AnimalId)
                .Description("The animal the event belongs to.");
            t.JoinedReference(data, "center", e => e.Center, DirectoryLoaders.CenterById, e => e.CenterId)
                .Description("The center that recorded the event.");
            t.JoinedReference(data, "fromCenter", e => e.FromCenter, DirectoryLoaders.CenterById, e => e.FromCenterId)
                .Description("For transfers: the center the animal left.");
            t.JoinedReference(data, "toCenter", e => e.ToCenter, DirectoryLoaders.CenterById, e => e.ToCenterId)
                .Description("For transfers: the center the animal went to.");
        });
}
