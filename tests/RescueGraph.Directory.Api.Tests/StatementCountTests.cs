using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests;

/// <summary>
/// No N+1: a request costs one statement per list level (to-one references are joined into their parent's statement
/// when the parent is read by a projection), and that number stays the same when more parents and list items are
/// involved. This class owns its database and adds rows to it.
/// </summary>
public sealed class StatementCountTests(DirectoryApiFixture fixture) : IClassFixture<DirectoryApiFixture>
{
    private DirectoryApiFactory Api => fixture.Factory;

    /// <summary>A mobile listing page: animals with their center, organization and first photo.</summary>
    private const string AnimalListingPage =
        "query($first: Int) { animals(first: $first) { nodes { name center { name } organization { name } photos(first: 1) { nodes { mediumUrl } } } } }";

    private const string CampaignUpdatesResponsesLocalities = """
        {
          campaign(slug: "jeonju-florence") {
            koreanLocality { name officials { nodes { name } } }
            partnerLocality { name officials { nodes { name } } }
            updates { nodes { title } }
            responses { nodes { responderName } }
          }
        }
        """;

    /// <summary>An organization profile page: its centers, each with its first five available animals and their photos.</summary>
    private const string OrganizationsCentersAvailableAnimals =
        "query($first: Int) { organizations(first: $first, where: { centers: { any: true } }) { nodes { slug centers { nodes { slug animals(first: 5, where: { status: { eq: AVAILABLE } }) { nodes { name photos(first: 1) { nodes { mediumUrl } } } } } } } } }";

    [Theory]
    [InlineData(2)]
    [InlineData(50)]
    public async Task Animal_listing_page_costs_one_statement_per_relationship_whatever_its_size(int pageSize)
    {
        // The page with centers and organizations joined; every animal's first photo (one nested-connection statement).
        // Before references were joined: 4 (centers and organizations were a loader statement each).
        var (data, statements) = await Api.QueryCountingStatementsAsync(AnimalListingPage, new { first = pageSize });
        Assert.True(statements == 2, $"Expected 2 statements, got {statements}:\n{Api.Statements.Describe()}");
        Assert.All(data.GetProperty("animals").GetProperty("nodes").EnumerateArray(), animal =>
        {
            Assert.False(string.IsNullOrEmpty(animal.GetProperty("center").GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(animal.GetProperty("organization").GetProperty("name").GetString()));
        });
        Assert.InRange(data.GetProperty("animals").GetProperty("nodes").GetArrayLength(), 2, pageSize);
    }

    [Fact]
    public async Task Campaign_localities_officials_updates_responses_cost_one_statement_per_list()
    {
        // campaign by slug with both localities joined; updates and responses (siblings, same level); both localities' officials
        // (one batch). Before references were joined: 5 (the localities were a loader statement).
        var (data, statements) = await Api.QueryCountingStatementsAsync(CampaignUpdatesResponsesLocalities);
        Assert.True(statements == 4, $"Expected 4 statements, got {statements}:\n{Api.Statements.Describe()}");
        var campaign = data.GetProperty("campaign");
        Assert.Equal("Jeonju", campaign.GetProperty("koreanLocality").GetProperty("name").GetString());
        Assert.Equal("Florence", campaign.GetProperty("partnerLocality").GetProperty("name").GetString());
        Assert.NotEmpty(campaign.GetProperty("partnerLocality").GetProperty("officials").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task Bench_scenario_3_animal_detail_is_one_statement_for_the_animal_and_its_references_and_one_per_list()
    {
        var withEvents = (await Api.QueryAsync("{ animals(first: 100) { nodes { id name events(first: 1) { nodes { kind } } } } }"))
            .GetProperty("animals").GetProperty("nodes").EnumerateArray()
            .First(a => a.GetProperty("events").GetProperty("nodes").GetArrayLength() > 0);
        var animalId = withEvents.GetProperty("id").GetString();
        // node(id:) with center and organization joined; photos; events. Before references were joined: 5 (node, photos,
        // events, centers, organizations).
        var (data, statements) = await Api.QueryCountingStatementsAsync(BenchDocument("3-detail"), new { id = animalId });
        Assert.True(statements == 3, $"Expected 3 statements, got {statements}:\n{Api.Statements.Describe()}");
        var animal = data.GetProperty("node");
        Assert.Equal(withEvents.GetProperty("name").GetString(), animal.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(animal.GetProperty("center").GetProperty("city").GetString()));
        Assert.False(string.IsNullOrEmpty(animal.GetProperty("organization").GetProperty("slug").GetString()));
        Assert.NotEmpty(animal.GetProperty("events").GetProperty("nodes").EnumerateArray());
        var first = Api.Statements.Describe().Split("\n---\n")[0];
        Assert.Contains("JOIN rescue_centers", first);
        Assert.Contains("JOIN organizations", first);
        Assert.DoesNotContain("staff_contact", first);
    }

    [Fact]
    public async Task Bench_scenario_4_campaign_page_is_one_statement_for_the_campaign_and_its_references_and_one_per_list()
    {
        // campaign(slug:) with organization and both localities joined; both localities' officials (one batch); updates;
        // responses. Before references were joined: 6 (campaign, organizations, localities, officials, updates, responses).
        var (data, statements) = await Api.QueryCountingStatementsAsync(BenchDocument("4-campaign"), new { slug = "jeonju-florence" });
        Assert.True(statements == 4, $"Expected 4 statements, got {statements}:\n{Api.Statements.Describe()}");
        var campaign = data.GetProperty("campaign");
        Assert.Equal(2007, campaign.GetProperty("twinnedYear").GetInt32());
        Assert.False(string.IsNullOrEmpty(campaign.GetProperty("organization").GetProperty("slug").GetString()));
        Assert.Equal("Jeonju", campaign.GetProperty("koreanLocality").GetProperty("name").GetString());
        Assert.Equal("Florence", campaign.GetProperty("partnerLocality").GetProperty("name").GetString());
        // Three in the demo data; another test of this class adds more.
        Assert.InRange(campaign.GetProperty("updates").GetProperty("nodes").GetArrayLength(), 3, 50);
    }

    [Fact]
    public async Task Nested_references_are_joined_and_agree_with_the_loaded_path()
    {
        // animals → center → organization in one statement; the same references reached from an event's animal (read by
        // the visible-animals loader, outside any projection) go through the loaders and must say the same.
        var (data, statements) = await Api.QueryCountingStatementsAsync("""
            { animals(first: 20) { nodes { name center { slug organization { slug } } events(first: 1) { nodes { animal { center { slug organization { slug } } } } } } } }
            """);
        Assert.True(statements == 5, $"Expected 5 statements (page, events, animals, centers, organizations), got {statements}:\n{Api.Statements.Describe()}");
        var compared = 0;
        foreach (var animal in data.GetProperty("animals").GetProperty("nodes").EnumerateArray())
            foreach (var @event in animal.GetProperty("events").GetProperty("nodes").EnumerateArray())
            {
                Assert.Equal(animal.GetProperty("center").GetRawText(), @event.GetProperty("animal").GetProperty("center").GetRawText());
                compared++;
            }
        Assert.True(compared > 0, "Some listed animals have events.");
    }

    private static string BenchDocument(string scenario)
    {
        var root = RescueGraph.Directory.Api.Hosting.RepositoryLayout.FindRootFrom(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Tests must run inside the repository.");
        return File.ReadAllText(Path.Combine(root, "bench", "service", "scenarios", scenario, "rescuegraph.graphql"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(50)]
    public async Task Organizations_centers_and_first_available_animals_cost_one_statement_per_level(int pageSize)
    {
        // Organizations; every organization's centers; every center's first five available animals; their first photos.
        var (data, statements) = await Api.QueryCountingStatementsAsync(OrganizationsCentersAvailableAnimals, new { first = pageSize });
        Assert.True(statements == 4, $"Expected 4 statements, got {statements}:\n{Api.Statements.Describe()}");
        var organizations = data.GetProperty("organizations").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.InRange(organizations.Length, 1, pageSize);
        Assert.All(organizations, o => Assert.All(o.GetProperty("centers").GetProperty("nodes").EnumerateArray(),
            c => Assert.InRange(c.GetProperty("animals").GetProperty("nodes").GetArrayLength(), 0, 5)));
    }

    [Fact]
    public async Task Aliased_lookups_share_their_statements()
    {
        var (data, statements) = await Api.QueryCountingStatementsAsync("""
            {
              a: organization(slug: "jindo-love-rescue") { centers { nodes { name } } }
              b: organization(slug: "in-defense-of-animals") { centers { nodes { name } } }
              c: organization(slug: "care-korea") { centers { nodes { name } } }
            }
            """);
        Assert.True(statements == 2, $"Expected 2 statements, got {statements}:\n{Api.Statements.Describe()}");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, data.GetProperty("c").ValueKind);
    }

    [Fact]
    public async Task Statement_counts_do_not_grow_with_more_rows()
    {
        var before = await CountAllAsync();
        var itemsBefore = await CountItemsAsync();

        await AddRowsAsync(Api.ConnectionString);

        var after = await CountAllAsync();
        var itemsAfter = await CountItemsAsync();
        Assert.Equal(before, after);
        Assert.True(itemsAfter > itemsBefore + 40, $"Expected many more list items after seeding ({itemsBefore} → {itemsAfter}).");
    }

    private static readonly object PageOf100 = new { first = 100 };

    private async Task<int[]> CountAllAsync() =>
    [
        (await Api.QueryCountingStatementsAsync(OrganizationsCentersAvailableAnimals, PageOf100)).Statements,
        (await Api.QueryCountingStatementsAsync(CampaignUpdatesResponsesLocalities)).Statements,
        (await Api.QueryCountingStatementsAsync(AnimalListingPage, PageOf100)).Statements,
    ];

    /// <summary>How many objects the three requests return in total.</summary>
    private async Task<int> CountItemsAsync()
    {
        var total = 0;
        foreach (var query in new[] { OrganizationsCentersAvailableAnimals, CampaignUpdatesResponsesLocalities, AnimalListingPage })
            total += CountObjects(await Api.QueryAsync(query, PageOf100));
        return total;

        static int CountObjects(System.Text.Json.JsonElement element) => element.ValueKind switch
        {
            System.Text.Json.JsonValueKind.Object => 1 + element.EnumerateObject().Sum(p => CountObjects(p.Value)),
            System.Text.Json.JsonValueKind.Array => element.EnumerateArray().Sum(CountObjects),
            _ => 0,
        };
    }

    /// <summary>Three more centers with four published animals of two photos each; officials, updates and responses for Jeonju–Florence.</summary>
    private static async Task AddRowsAsync(string connectionString)
    {
        await using var db = new DirectoryDbContext(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(connectionString));
        var organization = await db.Organizations.SingleAsync(o => o.Slug == "jindo-love-rescue");
        var now = DateTimeOffset.UtcNow;
        for (var c = 0; c < 3; c++)
        {
            var center = new RescueCenter
            {
                OrganizationId = organization.Id, Name = $"Statement Test Center {c}", Slug = $"statement-test-center-{c}",
                City = "Busan", Country = "KR",
            };
            for (var a = 0; a < 4; a++)
            {
                var animal = new Animal
                {
                    OrganizationId = organization.Id, Name = $"Test Dog {c}-{a}", Species = Species.Dog, AgeGroup = AgeGroup.Adult,
                    Status = AnimalStatus.Available, IsPublished = true, PublishedAt = now, StatusChangedAt = now,
                    IntakeDate = new DateOnly(2024, 1, 1), IntakeType = IntakeType.SeizedConfiscated,
                };
                for (short p = 0; p < 2; p++)
                    animal.Photos.Add(new AnimalPhoto { Position = p, SmallUrl = "s", MediumUrl = "m", LargeUrl = "l", OriginalUrl = "o" });
                center.Animals.Add(animal);
            }
            db.RescueCenters.Add(center);
        }

        var campaign = await db.Campaigns.SingleAsync(c => c.Slug == "jeonju-florence");
        foreach (var localityId in new[] { campaign.KoreanLocalityId!.Value, campaign.PartnerLocalityId!.Value })
            for (var i = 0; i < 3; i++)
                db.LocalityOfficials.Add(new LocalityOfficial { LocalityId = localityId, Name = $"Official {i}", Title = "Councillor" });
        for (var i = 0; i < 3; i++)
        {
            db.CampaignUpdates.Add(new CampaignUpdate { CampaignId = campaign.Id, PostedAt = now.AddDays(i), Title = $"Update {i}", Body = "…" });
            db.OfficialResponses.Add(new OfficialResponse
            {
                CampaignId = campaign.Id, ResponderName = $"Responder {i}", ReceivedOn = new DateOnly(2024, 2, 1 + i),
            });
        }
        await db.SaveChangesAsync();
    }
}
