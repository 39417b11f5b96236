using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.Tests.Infrastructure;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Api.Tests;

/// <summary>
/// No N+1: a request costs one statement per relationship level (one per loader per execution level), and that
/// number stays the same when more parents and list items are involved. This class owns its database and adds rows to it.
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
        // The page; centers and organizations (siblings, one statement each); every animal's first photo (one nested-connection statement).
        var (data, statements) = await Api.QueryCountingStatementsAsync(AnimalListingPage, new { first = pageSize });
        Assert.True(statements == 4, $"Expected 4 statements, got {statements}:\n{Api.Statements.Describe()}");
        Assert.InRange(data.GetProperty("animals").GetProperty("nodes").GetArrayLength(), 2, pageSize);
    }

    [Fact]
    public async Task Campaign_localities_officials_updates_responses_cost_one_statement_per_loader()
    {
        // campaign by slug; both localities (one loader); updates and responses (siblings, same level); officials.
        var (_, statements) = await Api.QueryCountingStatementsAsync(CampaignUpdatesResponsesLocalities);
        Assert.True(statements == 5, $"Expected 5 statements, got {statements}:\n{Api.Statements.Describe()}");
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
