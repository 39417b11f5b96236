using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests.Access;

/// <summary>
/// The demo data plus rows only some callers may see: an unpublished animal of organization A (Jindo Love Rescue) and
/// one of organization B (CARE), each with a photo and an event carrying private details; a published animal of A
/// with private notes; a draft update on a campaign of the campaigns organization; staff contacts; and a staff member
/// whose partner grant (for B) is stored in the database rather than in its token.
/// </summary>
public sealed class AccessFixture : DirectoryApiFixture
{
    public const string OrganizationA = "jindo-love-rescue";
    public const string OrganizationB = "care-korea";
    public const string CampaignOrganization = "sister-city-campaigns";
    public const string CampaignSlug = "jeonju-florence";
    public const string StorySlugA = "jindo-love-rescue-a-lifeline";
    public const string GrantedSubject = "granted-staff";

    public long HiddenAnimalA { get; private set; }
    public long HiddenAnimalB { get; private set; }
    public long OpenAnimalA { get; private set; }
    public long HiddenPhotoA { get; private set; }
    public long HiddenEventA { get; private set; }
    public long DraftUpdate { get; private set; }
    public long OrganizationAId { get; private set; }
    public long OrganizationBId { get; private set; }

    protected override async Task AddRowsAsync(string connectionString)
    {
        await using var db = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(connectionString));
        var centerA = await db.RescueCenters.SingleAsync(c => c.Slug == "jindo-love-rescue-gimhae");
        var centerB = await db.RescueCenters.SingleAsync(c => c.Slug == "care-shelter");
        var organizationA = await db.Organizations.SingleAsync(o => o.Slug == OrganizationA);
        var organizationB = await db.Organizations.SingleAsync(o => o.Slug == OrganizationB);
        organizationA.StaffContactEmail = "staff-a@example.org";
        organizationB.StaffContactEmail = "staff-b@example.org";

        var hiddenA = NewAnimal(centerA, "Hidden Alpha", published: false, "alpha-medical");
        var hiddenB = NewAnimal(centerB, "Hidden Bravo", published: false, "bravo-medical");
        var openA = NewAnimal(centerA, "Open Alpha", published: true, "open-alpha-medical");
        openA.AdopterName = "open-alpha-adopter";
        db.Animals.AddRange(hiddenA, hiddenB, openA);
        var campaign = await db.Campaigns.SingleAsync(c => c.Slug == CampaignSlug);
        var draft = new CampaignUpdate { CampaignId = campaign.Id, PostedAt = DateTimeOffset.UtcNow, Title = "Draft Update", Body = "not yet", IsDraft = true };
        db.CampaignUpdates.Add(draft);
        await db.SaveChangesAsync();

        var photo = new AnimalPhoto { AnimalId = hiddenA.Id, SmallUrl = "https://example.org/s.jpg", MediumUrl = "https://example.org/m.jpg",
            LargeUrl = "https://example.org/l.jpg", OriginalUrl = "https://example.org/o.jpg" };
        db.AnimalPhotos.Add(photo);
        var hiddenEvent = NewEvent(hiddenA, "alpha-event-private");
        db.AnimalEvents.AddRange(hiddenEvent, NewEvent(hiddenB, "bravo-event-private"), NewEvent(openA, "open-alpha-event-private"));
        var storyA = await db.Stories.SingleAsync(s => s.Slug == StorySlugA);
        db.StoryAnimals.Add(new StoryAnimal { StoryId = storyA.Id, AnimalId = hiddenA.Id });

        var staff = new StaffMember { Subject = GrantedSubject, DisplayName = "Granted Staff", CreatedAt = DateTimeOffset.UtcNow };
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        db.RoleGrants.Add(new RoleGrant { StaffMemberId = staff.Id, OrganizationId = organizationB.Id, Role = StaffRole.Partner,
            GrantedAt = DateTimeOffset.UtcNow, GrantedBy = "system" });
        await db.SaveChangesAsync();

        (HiddenAnimalA, HiddenAnimalB, OpenAnimalA, HiddenPhotoA, HiddenEventA, DraftUpdate) = (hiddenA.Id, hiddenB.Id, openA.Id, photo.Id, hiddenEvent.Id, draft.Id);
        (OrganizationAId, OrganizationBId) = (organizationA.Id, organizationB.Id);
    }

    private static Animal NewAnimal(RescueCenter center, string name, bool published, string medicalNotes)
    {
        var now = DateTimeOffset.UtcNow.AddYears(1); // newest of all, so a leak would top every list
        return new Animal
        {
            CenterId = center.Id, OrganizationId = center.OrganizationId, Name = name, Species = Species.Dog, Status = AnimalStatus.InCare,
            IsPublished = published, PublishedAt = now, StatusChangedAt = now, IntakeDate = new DateOnly(2024, 1, 1),
            IntakeType = IntakeType.StrayAtLarge, MedicalNotes = medicalNotes,
        };
    }

    private static AnimalEvent NewEvent(Animal animal, string privateDetails) => new()
    {
        AnimalId = animal.Id, CenterId = animal.CenterId, Kind = AnimalEventKind.Intake, OccurredAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
        IntakeType = IntakeType.StrayAtLarge, PrivateDetails = privateDetails,
    };

    /// <summary>The global id of a row, as <c>id</c> fields return it.</summary>
    public static string NodeId(string typeName, long key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{typeName}:{key}"));
}
