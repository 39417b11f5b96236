using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Migrations;

/// <summary>Writes one row of every entity through EF into the migrated schema and reads it back.</summary>
[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class EntityRoundTripTests(DirectoryDatabaseFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task One_row_of_every_entity_round_trips()
    {
        var connectionString = await fixture.CreateMigratedDatabaseAsync();
        var options = DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(connectionString);

        await using (var write = new DirectoryDbContext(options))
        {
            var rescue = new Organization
            {
                Name = "Korea Rescue", Slug = "korea-rescue", Kind = OrganizationKind.Rescue, Country = "KR", FoundedYear = 2015,
                SocialLinks = ["https://instagram.com/korearescue"], StaffContactEmail = "staff@example.org",
            };
            var advocacy = new Organization { Name = "Advocates", Slug = "advocates", Kind = OrganizationKind.Advocacy, Country = "US" };
            var center = new RescueCenter
            {
                Organization = rescue, Name = "Gimhae Center", Slug = "gimhae", City = "Gimhae", Country = "KR",
                Latitude = 35.2285, Longitude = 128.8894, IsShelter = true, IsAdoptionCenter = true, Capacity = 120,
            };
            var animal = new Animal
            {
                Center = center, Organization = rescue, Name = "Bori", Species = Species.Dog, PrimaryBreed = "Jindo", MixedBreed = true,
                Sex = AnimalSex.Female, AgeGroup = AgeGroup.Young, Size = AnimalSize.ExtraLarge, Coat = CoatLength.Short,
                Colors = ["white", "tan"], Status = AnimalStatus.AdoptionPending, IsPublished = true, PublishedAt = Now,
                StatusChangedAt = Now, IntakeDate = new DateOnly(2023, 7, 1), IntakeType = IntakeType.SeizedConfiscated,
                GoodWithChildren = Compatibility.Yes, GoodWithDogs = Compatibility.No, MedicalNotes = "heartworm treated",
            };
            var jeonju = new Locality
            {
                Name = "Jeonju", NativeName = "전주시", Kind = LocalityKind.City, Country = "KR",
                DogMeatFreeStatus = DogMeatFreeStatus.Declared, DogMeatFreeDeclaredOn = new DateOnly(2018, 7, 1),
            };
            var florence = new Locality { Name = "Florence", Kind = LocalityKind.City, Country = "IT" };
            var mayor = new LocalityOfficial { Locality = jeonju, Name = "Mayor Kim", Title = "Mayor", TermStart = new DateOnly(2022, 7, 1) };
            var campaign = new Campaign
            {
                Slug = "jeonju-florence", Title = "Jeonju ↔ Florence", Kind = CampaignKind.SisterCity, KoreanLocality = jeonju,
                PartnerLocality = florence, TwinnedYear = 2007, Status = CampaignStatus.Active, Organization = advocacy,
                SignatureCount = 12345, PledgeAmount = 1000m, PledgeCurrency = "USD", PledgePerSignatures = 10000,
            };
            var story = new Story { Slug = "farm-closed", Title = "Farm closed", PublishedOn = new DateOnly(2024, 1, 2), Organization = rescue };
            var staff = new StaffMember { Subject = "auth0|1", DisplayName = "Staffer", CreatedAt = Now };

            write.AddRange(rescue, advocacy, center, animal, jeonju, florence, mayor, campaign, story, staff);
            write.Add(new Partnership { Organization = rescue, Partner = advocacy, Since = new DateOnly(2017, 1, 1) });
            write.Add(new AnimalPhoto { Animal = animal, Position = 0, SmallUrl = "s", MediumUrl = "m", LargeUrl = "l", OriginalUrl = "o", Width = 800, Height = 600 });
            write.Add(new AnimalEvent
            {
                Animal = animal, Kind = AnimalEventKind.Transport, OccurredAt = Now, FromCenter = center, FlightNumber = "KE017",
                Carrier = "Korean Air", EscortName = "Volunteer", DestinationCity = "Los Angeles", DestinationCountry = "US",
                IntakeSource = IntakeSource.DogMeatFarm, OutcomeType = OutcomeType.TransferredOut,
            });
            write.Add(new CampaignTarget { Campaign = campaign, Official = mayor, Role = "Mayor of Jeonju" });
            write.Add(new CampaignUpdate { Campaign = campaign, PostedAt = Now, Title = "Letter sent", Body = "…" });
            write.Add(new OfficialResponse { Campaign = campaign, Official = mayor, ResponderName = "Mayor Kim", ReceivedOn = new DateOnly(2024, 2, 1), Commitment = "Review" });
            write.Add(new SuggestedMessage { Campaign = campaign, LanguageCode = "it", Subject = "Oggetto", Body = "Testo" });
            write.Add(new StoryAnimal { Story = story, Animal = animal });
            write.Add(new RoleGrant { StaffMember = staff, Organization = rescue, Role = StaffRole.Partner, GrantedAt = Now, GrantedBy = "system" });
            write.Add(new AuditEntry { Actor = "auth0|1", OccurredAt = Now, EntityType = "Animal", EntityId = 1, Action = AuditAction.Update, Changes = """{"status": {"old": "available", "new": "adoption_pending"}}""" });
            await write.SaveChangesAsync();
        }

        await using var read = new DirectoryDbContext(options);
        var bori = await read.Animals.Include(a => a.Photos).Include(a => a.Events).Include(a => a.Center).SingleAsync();
        Assert.Equal(AnimalStatus.AdoptionPending, bori.Status);
        Assert.Equal(AnimalSize.ExtraLarge, bori.Size);
        Assert.Equal(["white", "tan"], bori.Colors);
        Assert.Equal(Now, bori.PublishedAt);
        Assert.Equal(Compatibility.Unknown, bori.GoodWithCats);
        Assert.NotEqual(0u, bori.Version);
        Assert.Equal("Gimhae Center", bori.Center.Name);
        Assert.Equal(800, Assert.Single(bori.Photos).Width);
        var transport = Assert.Single(bori.Events);
        Assert.Equal(AnimalEventKind.Transport, transport.Kind);
        Assert.Equal(IntakeSource.DogMeatFarm, transport.IntakeSource);
        Assert.Equal(OutcomeType.TransferredOut, transport.OutcomeType);

        var readCampaign = await read.Campaigns.Include(c => c.Targets).Include(c => c.Updates).Include(c => c.Responses)
            .Include(c => c.SuggestedMessages).Include(c => c.PartnerLocality).Include(c => c.KoreanLocality).SingleAsync();
        Assert.Equal(CampaignKind.SisterCity, readCampaign.Kind);
        Assert.Equal(1000m, readCampaign.PledgeAmount);
        Assert.Equal("IT", readCampaign.PartnerLocality!.Country);
        Assert.Equal("전주시", readCampaign.KoreanLocality!.NativeName);
        Assert.Single(readCampaign.Targets);
        Assert.Single(readCampaign.Updates);
        Assert.Equal("Review", Assert.Single(readCampaign.Responses).Commitment);
        Assert.Equal("it", Assert.Single(readCampaign.SuggestedMessages).LanguageCode);

        Assert.Equal(new DateOnly(2017, 1, 1), (await read.Partnerships.SingleAsync()).Since);
        Assert.Equal(DogMeatFreeStatus.Declared, (await read.Localities.SingleAsync(l => l.Name == "Jeonju")).DogMeatFreeStatus);
        Assert.Equal("Mayor", (await read.LocalityOfficials.SingleAsync()).Title);
        Assert.Equal(bori.Id, (await read.StoryAnimals.SingleAsync()).AnimalId);
        Assert.Equal("farm-closed", (await read.Stories.SingleAsync()).Slug);
        Assert.Equal(StaffRole.Partner, (await read.RoleGrants.Include(g => g.StaffMember).SingleAsync()).Role);
        Assert.Contains("adoption_pending", (await read.AuditEntries.SingleAsync()).Changes);
        Assert.Equal(["https://instagram.com/korearescue"], (await read.Organizations.SingleAsync(o => o.Slug == "korea-rescue")).SocialLinks);
        // Enum comparisons are translated to SQL with the stored snake_case names.
        Assert.Equal(1, await read.Animals.CountAsync(a => a.Status == AnimalStatus.AdoptionPending && a.Size == AnimalSize.ExtraLarge));
    }

    [Fact]
    public async Task A_stale_version_is_rejected_instead_of_overwriting_a_concurrent_edit()
    {
        var connectionString = await fixture.CreateMigratedDatabaseAsync();
        var options = DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(connectionString);
        await using (var setup = new DirectoryDbContext(options))
        {
            setup.Organizations.Add(new Organization { Name = "Org", Slug = "org", Kind = OrganizationKind.Shelter, Country = "CA" });
            await setup.SaveChangesAsync();
        }

        await using var first = new DirectoryDbContext(options);
        await using var second = new DirectoryDbContext(options);
        var mine = await first.Organizations.SingleAsync();
        var theirs = await second.Organizations.SingleAsync();
        var versionBefore = mine.Version;

        mine.Mission = "first edit";
        await first.SaveChangesAsync();
        Assert.NotEqual(versionBefore, mine.Version);

        theirs.Mission = "second edit";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = new DirectoryDbContext(options);
        Assert.Equal("first edit", (await check.Organizations.SingleAsync()).Mission);
    }
}
