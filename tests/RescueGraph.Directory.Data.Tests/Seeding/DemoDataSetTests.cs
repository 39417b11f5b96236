using System.Text;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Seeding;

namespace RescueGraph.Directory.Data.Tests.Seeding;

/// <summary>Checks of the data file itself, without a database: content from the seeds and internal consistency.</summary>
public class DemoDataSetTests
{
    private static readonly DemoDataSet Data = DemoDataSeeder.LoadDataSet();

    /// <summary>The fifteen Korean ↔ foreign pairs named in the seeds (001: ten listed, Gunpo ×3, Gangseo-gu; 002: Jeonju).</summary>
    public static readonly (string Korean, string Partner)[] TwinPairsInSeeds =
    [
        ("gwangju", "bathurst"), ("yongin", "redland"), ("suwon", "townsville"), ("daejeon", "brisbane"),
        ("seoul-seocho-gu", "perth"), ("gyeongsangbuk-do", "western-australia"), ("jeju", "tasmania"),
        ("gyeongsangnam-do", "queensland"), ("seoul-gangdong-gu", "willoughby"), ("incheon", "veneto"),
        ("gunpo", "belleville"), ("gunpo", "clarksville"), ("gunpo", "grant-county-washington"),
        ("seoul-gangseo-gu", "nottingham"), ("jeonju", "florence"),
    ];

    [Fact]
    public void Every_reference_in_the_file_resolves()
    {
        var graph = DemoEntityGraph.Build(Data);

        Assert.Equal(Data.Organizations.Length, graph.Organizations.Count);
        Assert.Equal(Data.Animals.Length, graph.Animals.Count);
        Assert.Equal(Data.Partnerships.Length, graph.PendingPartnerships.Count);
    }

    [Fact]
    public void Twin_campaigns_cover_exactly_the_fifteen_pairs_named_in_the_seeds()
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var campaign in Data.Campaigns)
        {
            if (campaign.Kind is CampaignKind.SisterCity or CampaignKind.FriendshipCity or CampaignKind.FriendshipState)
                pairs.Add((campaign.KoreanLocality!, campaign.PartnerLocality!));
        }

        Assert.Equal(15, pairs.Count);
        Assert.True(pairs.SetEquals(TwinPairsInSeeds));
    }

    [Fact]
    public void Every_organization_named_in_the_seeds_is_present_with_its_kind()
    {
        var kinds = Data.Organizations.ToDictionary(o => o.Slug, o => o.Kind);

        Assert.Equal(OrganizationKind.Advocacy, kinds["in-defense-of-animals"]);
        Assert.Equal(OrganizationKind.Rescue, kinds["jindo-love-rescue"]);
        Assert.Equal(OrganizationKind.Rescue, kinds["care-korea"]);
        Assert.Equal(OrganizationKind.Advocacy, kinds["dog-meat-free-cities-team"]);
        Assert.Equal(OrganizationKind.Sponsor, kinds["alpha-paw"]);
        Assert.Equal(OrganizationKind.Training, kinds["hans-care-school-coop"]);
        Assert.Equal(OrganizationKind.Advocacy, kinds["watchdog-korea"]);
        Assert.Equal((short)2015, Data.Organizations.Single(o => o.Slug == "jindo-love-rescue").FoundedYear);
    }

    [Fact]
    public void Gimhae_center_has_at_least_36_available_illustrative_dogs_with_three_photo_sizes()
    {
        var available = Data.Animals
            .Where(a => a.Center == "jindo-love-rescue-gimhae" && a.Status == AnimalStatus.Available)
            .ToList();

        Assert.True(available.Count >= 36, $"only {available.Count} available dogs at Gimhae");
        Assert.All(available, dog =>
        {
            Assert.True(dog.Illustrative);
            Assert.Equal(Species.Dog, dog.Species);
            Assert.NotEmpty(dog.Photos);
            Assert.All(dog.Photos, photo =>
            {
                Assert.StartsWith("https://images.rescuegraph.example/", photo.Small);
                Assert.NotEqual(photo.Small, photo.Medium);
                Assert.NotEqual(photo.Medium, photo.Large);
            });
        });
        // Varied enough to exercise filters.
        Assert.True(available.Select(a => a.Size).Distinct().Count() >= 3);
        Assert.True(available.Select(a => a.AgeGroup).Distinct().Count() >= 3);
        Assert.Equal(2, available.Select(a => a.Sex).Distinct().Count());
        Assert.Equal(available.Count, available.Select(a => a.Name).Distinct().Count());
    }

    [Fact]
    public void Animals_named_in_the_seeds_are_not_marked_illustrative()
    {
        var named = Data.Animals.Where(a => a.Name is "Bailey" or "Ato" or "Beckham").ToList();

        Assert.Equal(3, named.Count);
        Assert.All(named, a => Assert.False(a.Illustrative));
        Assert.Equal(Species.Horse, named.Single(a => a.Name == "Beckham").Species);
        Assert.Contains(Data.Animals, a => a.Species == Species.Bird && !a.Illustrative);
    }

    [Fact]
    public void Adopted_dogs_travel_abroad_with_a_volunteer_escort_before_adoption()
    {
        var adopted = Data.Animals.Where(a => a.Status == AnimalStatus.Adopted).ToList();

        Assert.NotEmpty(adopted);
        Assert.All(adopted, dog =>
        {
            var transport = Assert.Single(dog.Events, e => e.Kind == AnimalEventKind.Transport);
            var adoption = Assert.Single(dog.Events, e => e.Kind == AnimalEventKind.Adoption);
            Assert.Contains(transport.DestinationCountry, new[] { "US", "CA" });
            Assert.False(string.IsNullOrEmpty(transport.Escort));
            Assert.True(transport.OccurredAt < adoption.OccurredAt);
            Assert.Equal(OutcomeType.Adoption, adoption.OutcomeType);
        });
    }

    [Fact]
    public void Parse_rejects_unknown_properties_so_typos_cannot_vanish()
    {
        const string json = """
            { "version": 1, "organizations": [], "partnerships": [], "localities": [], "centers": [],
              "campaigns": [], "animals": [], "stories": [], "organisations": [] }
            """;

        Assert.ThrowsAny<System.Text.Json.JsonException>(
            () => DemoDataSeeder.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Build_reports_a_dangling_reference_by_name()
    {
        var broken = Data with
        {
            Centers = [Data.Centers[0] with { Organization = "no-such-organization" }, .. Data.Centers[1..]],
        };

        var error = Assert.Throws<InvalidDataException>(() => DemoEntityGraph.Build(broken));
        Assert.Contains("no-such-organization", error.Message);
    }
}
