using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Seeding;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Seeding;

/// <summary>Seeds the demo data set into a fresh, migrated PostgreSQL database per test and reads it back.</summary>
[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class DemoDataSeederTests(DirectoryDatabaseFixture fixture) : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await fixture.CreateMigratedDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private DirectoryDbContext NewContext() => new(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(_connectionString));

    private async Task<DirectoryDbContext> SeededContextAsync()
    {
        await using (var seeding = NewContext())
            Assert.True(await DemoDataSeeder.SeedIfEmptyAsync(seeding));
        return NewContext();
    }

    [Fact]
    public async Task Seeds_every_organization_center_locality_campaign_story_and_animal()
    {
        await using var db = await SeededContextAsync();

        Assert.Equal(8, await db.Organizations.CountAsync());
        Assert.Equal(3, await db.Partnerships.CountAsync());
        Assert.Equal(4, await db.RescueCenters.CountAsync());
        Assert.Equal(36, await db.Localities.CountAsync());
        Assert.Equal(20, await db.Campaigns.CountAsync());
        Assert.Equal(11, await db.Stories.CountAsync());
        Assert.Equal(54, await db.Animals.CountAsync());

        var twinPairs = await db.Campaigns
            .Where(c => c.Kind == CampaignKind.SisterCity || c.Kind == CampaignKind.FriendshipCity || c.Kind == CampaignKind.FriendshipState)
            .Select(c => new { Korean = c.KoreanLocality!.Name, Partner = c.PartnerLocality!.Name, PartnerCountry = c.PartnerLocality.Country })
            .Distinct()
            .ToListAsync();
        Assert.Equal(15, twinPairs.Count);
        Assert.Contains(twinPairs, p => p is { Korean: "Incheon", Partner: "Veneto", PartnerCountry: "IT" });
        Assert.Contains(twinPairs, p => p is { Korean: "Gunpo", Partner: "Grant County", PartnerCountry: "US" });
        Assert.Contains(twinPairs, p => p is { Korean: "Seoul Gangseo-gu", Partner: "Nottingham", PartnerCountry: "GB" });
    }

    [Fact]
    public async Task Jeonju_Florence_campaign_is_complete()
    {
        await using var db = await SeededContextAsync();

        var campaign = await db.Campaigns
            .Include(c => c.KoreanLocality)
            .Include(c => c.PartnerLocality)
            .Include(c => c.ReplacedBy)
            .Include(c => c.Updates)
            .Include(c => c.SuggestedMessages)
            .Include(c => c.Targets).ThenInclude(t => t.Official)
            .Include(c => c.Organization)
            .SingleAsync(c => c.Slug == "jeonju-florence");

        Assert.Equal(CampaignKind.FriendshipCity, campaign.Kind);
        Assert.Equal((short)2007, campaign.TwinnedYear);
        Assert.Equal("Jeonju", campaign.KoreanLocality!.Name);
        Assert.Equal(("Florence", "IT"), (campaign.PartnerLocality!.Name, campaign.PartnerLocality.Country));
        Assert.Equal(CampaignStatus.Replaced, campaign.Status);
        Assert.Equal("jeonju-florence-renewed", campaign.ReplacedBy!.Slug);
        Assert.Equal(CampaignStatus.Active, campaign.ReplacedBy.Status);

        Assert.Equal(
            [new DateOnly(2018, 3, 28), new DateOnly(2018, 7, 27), new DateOnly(2021, 10, 12)],
            campaign.Updates.Select(u => DateOnly.FromDateTime(u.PostedAt.UtcDateTime)).Order().ToArray());
        Assert.All(campaign.Updates, u => Assert.False(string.IsNullOrWhiteSpace(u.Body)));

        Assert.Equal(["en", "it"], campaign.SuggestedMessages.Select(m => m.LanguageCode).Order().ToArray());
        var italian = campaign.SuggestedMessages.Single(m => m.LanguageCode == "it");
        Assert.Contains("Nardella", italian.Body);
        Assert.Contains("Seung-Su Kim", italian.Body);

        // Targets that name a listed official link to that official's row.
        Assert.Contains(campaign.Targets, t => t.Official is { Name: "Dario Nardella", Title: "Mayor" });
        Assert.Contains(campaign.Targets, t => t.Official is { Name: "Seung-Su Kim" });
        Assert.Contains(campaign.Targets, t => t.Official is null && t.TargetName == "Florence City Council");
    }

    [Fact]
    public async Task Gimhae_center_is_the_2019_renovation_with_its_adoptable_dogs()
    {
        await using var db = await SeededContextAsync();

        var gimhae = await db.RescueCenters.Include(c => c.Organization).SingleAsync(c => c.Slug == "jindo-love-rescue-gimhae");
        Assert.Equal((short)2019, gimhae.RenovatedYear);
        Assert.Equal(100, gimhae.Capacity);
        Assert.Equal("Min Jeong Song", gimhae.CurrentHead);
        Assert.Equal(("Gimhae", "KR"), (gimhae.City, gimhae.Country));
        Assert.InRange(gimhae.Latitude!.Value, 35.1, 35.4);
        Assert.InRange(gimhae.Longitude!.Value, 128.7, 129.0);
        Assert.Equal("Jindo Love Rescue", gimhae.Organization.Name);
        Assert.Equal((short)2015, gimhae.Organization.FoundedYear);

        var available = await db.Animals
            .Where(a => a.CenterId == gimhae.Id && a.Status == AnimalStatus.Available && a.IsPublished)
            .Include(a => a.Photos)
            .ToListAsync();
        Assert.Equal(36, available.Count);
        Assert.All(available, a => Assert.NotEmpty(a.Photos));

        var since = await db.Partnerships
            .Where(p => p.Organization.Slug == "in-defense-of-animals" || p.Partner.Slug == "in-defense-of-animals")
            .Select(p => p.Since)
            .SingleAsync();
        Assert.Equal(2017, since!.Value.Year);
    }

    [Fact]
    public async Task Petition_carries_its_pledge_and_target()
    {
        await using var db = await SeededContextAsync();

        var petition = await db.Campaigns.Include(c => c.Organization).SingleAsync(c => c.Slug == "bring-fido-home");

        Assert.Equal(CampaignKind.Petition, petition.Kind);
        Assert.Equal("Alpha Paw", petition.Organization.Name);
        Assert.Equal(OrganizationKind.Sponsor, petition.Organization.Kind);
        Assert.Equal(1000m, petition.PledgeAmount);
        Assert.Equal("USD", petition.PledgeCurrency);
        Assert.Equal(10_000, petition.PledgePerSignatures);
        Assert.Equal("Stephen E. Biegun", petition.PetitionTarget);
    }

    [Fact]
    public async Task Mayors_responses_and_dog_meat_free_declarations_are_recorded()
    {
        await using var db = await SeededContextAsync();

        var responses = await db.OfficialResponses.Include(r => r.Official).Include(r => r.Campaign).ToListAsync();
        var gunpo = Assert.Single(responses, r => r.Campaign.Slug == "gunpo-belleville");
        Assert.Equal("Yoon-Joo Kim", gunpo.Official!.Name);
        Assert.StartsWith("None", gunpo.Commitment);
        var gangseo = Assert.Single(responses, r => r.Campaign.Slug == "seoul-gangseo-gu-nottingham");
        Assert.Equal("Ro", gangseo.Official!.Name);
        Assert.Contains("administrative guidance", gangseo.Commitment);
        Assert.Equal(CampaignStatus.Closed, gangseo.Campaign.Status);

        var jeonju = await db.Localities.Include(l => l.Officials).SingleAsync(l => l.Name == "Jeonju");
        Assert.Equal(DogMeatFreeStatus.Declared, jeonju.DogMeatFreeStatus);
        Assert.Equal(new DateOnly(2018, 7, 27), jeonju.DogMeatFreeDeclaredOn);
        Assert.Contains(jeonju.Officials, o => o is { Name: "Seung-Su Kim", Title: "Mayor" });

        var bucheon = await db.Localities.Include(l => l.Officials).SingleAsync(l => l.Name == "Bucheon");
        Assert.Equal(DogMeatFreeStatus.InProgress, bucheon.DogMeatFreeStatus);
        Assert.Contains(bucheon.Officials, o => o.Name == "Man-Soo Kim");

        var gangdong = await db.Localities.Include(l => l.Parent).SingleAsync(l => l.Name == "Seoul Gangdong-gu");
        Assert.Equal("Seoul", gangdong.Parent!.Name);
    }

    [Fact]
    public async Task Story_animals_named_in_the_seeds_exist_with_their_stories()
    {
        await using var db = await SeededContextAsync();

        var storyAnimals = await db.StoryAnimals
            .Select(sa => new { Story = sa.Story.Slug, sa.Animal.Name, sa.Animal.Species, Organization = sa.Animal.Organization.Slug })
            .ToListAsync();
        Assert.Contains(storyAnimals, x => x is { Story: "bailey-rescued-by-an-elementary-school-student", Name: "Bailey", Species: Species.Cat });
        Assert.Contains(storyAnimals, x => x is { Story: "ato-abused-as-revenge-for-break-up", Name: "Ato", Species: Species.Dog });
        Assert.Contains(storyAnimals, x => x is { Story: "beckham-bound-to-carriage-on-muchangpo-beach", Name: "Beckham", Species: Species.Horse });
        Assert.Contains(storyAnimals, x => x is { Story: "fly-away-little-bird", Species: Species.Bird });
        Assert.All(storyAnimals.Where(x => x.Story != "jindo-love-rescue-a-lifeline"), x => Assert.Equal("care-korea", x.Organization));

        var fine = await db.Stories.SingleAsync(s => s.Slug == "highest-ever-fine-for-animal-abuse");
        Assert.Contains("highest fine", fine.Outcome);

        var farmIntakes = await db.AnimalEvents
            .Where(e => e.Kind == AnimalEventKind.Intake && e.IntakeType == IntakeType.SeizedConfiscated && e.IntakeSource == IntakeSource.DogMeatFarm)
            .CountAsync();
        Assert.True(farmIntakes >= 3, "the Bucheon farm dogs are seized from a dog meat farm");

        var flights = await db.AnimalEvents
            .Where(e => e.Kind == AnimalEventKind.Transport)
            .Select(e => new { e.DestinationCountry, e.EscortName, Center = e.FromCenter!.Slug })
            .ToListAsync();
        Assert.NotEmpty(flights);
        Assert.All(flights, f =>
        {
            Assert.Contains(f.DestinationCountry, new[] { "US", "CA" });
            Assert.NotNull(f.EscortName);
            Assert.Equal("jindo-love-rescue-gimhae", f.Center);
        });
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        await using (var first = await SeededContextAsync()) { }
        var before = await CountEveryTableAsync();

        await using (var second = NewContext())
            Assert.False(await DemoDataSeeder.SeedIfEmptyAsync(second));

        Assert.Equal(before, await CountEveryTableAsync());
        Assert.Equal(8, before[0]);
    }

    [Fact]
    public async Task Concurrent_starters_seed_exactly_once()
    {
        await using var first = NewContext();
        await using var second = NewContext();

        var results = await Task.WhenAll(DemoDataSeeder.SeedIfEmptyAsync(first), DemoDataSeeder.SeedIfEmptyAsync(second));

        Assert.Single(results, seeded => seeded);
        await using var check = NewContext();
        Assert.Equal(8, await check.Organizations.CountAsync());
        Assert.Equal(54, await check.Animals.CountAsync());
    }

    [Fact]
    public async Task Does_not_seed_a_database_that_already_has_organizations()
    {
        await using (var db = NewContext())
        {
            db.Organizations.Add(new Organization { Name = "Existing Rescue", Slug = "existing-rescue", Kind = OrganizationKind.Rescue, Country = "KR" });
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
            Assert.False(await DemoDataSeeder.SeedIfEmptyAsync(db));

        await using var check = NewContext();
        Assert.Equal("existing-rescue", (await check.Organizations.SingleAsync()).Slug);
        Assert.Equal(0, await check.Campaigns.CountAsync());
    }

    private async Task<int[]> CountEveryTableAsync()
    {
        await using var db = NewContext();
        return
        [
            await db.Organizations.CountAsync(), await db.Partnerships.CountAsync(), await db.RescueCenters.CountAsync(),
            await db.Localities.CountAsync(), await db.LocalityOfficials.CountAsync(), await db.Campaigns.CountAsync(),
            await db.CampaignTargets.CountAsync(), await db.CampaignUpdates.CountAsync(), await db.OfficialResponses.CountAsync(),
            await db.SuggestedMessages.CountAsync(), await db.Animals.CountAsync(), await db.AnimalPhotos.CountAsync(),
            await db.AnimalEvents.CountAsync(), await db.Stories.CountAsync(), await db.StoryAnimals.CountAsync(),
        ];
    }
}
