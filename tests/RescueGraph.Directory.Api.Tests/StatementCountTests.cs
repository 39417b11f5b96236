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

    private const string OrganizationsCentersAnimalsPhotos =
        "{ organizations { slug centers { slug animals { name photos { mediumUrl } } } } }";

    private const string CampaignLocalitiesOfficialsUpdatesResponses = """
        {
          campaign(slug: "jeonju-florence") {
            koreanLocality { name officials { name } }
            partnerLocality { name officials { name } }
            updates { title }
            responses { responderName }
          }
        }
        """;

    private const string AnimalsCenterOrganization = "{ animals { name center { name organization { name } } } }";

    [Fact]
    public async Task Organizations_centers_animals_photos_cost_one_statement_per_level()
    {
        var (data, statements) = await Api.QueryCountingStatementsAsync(OrganizationsCentersAnimalsPhotos);
        Assert.True(statements == 4, $"Expected 4 statements, got {statements}:\n{Api.Statements.Describe()}");
        Assert.True(data.GetProperty("organizations").GetArrayLength() > 1);
    }

    [Fact]
    public async Task Campaign_localities_officials_updates_responses_cost_one_statement_per_loader()
    {
        // campaign by slug; both localities (one loader); updates and responses (siblings, same level); officials.
        var (_, statements) = await Api.QueryCountingStatementsAsync(CampaignLocalitiesOfficialsUpdatesResponses);
        Assert.True(statements == 5, $"Expected 5 statements, got {statements}:\n{Api.Statements.Describe()}");
    }

    [Fact]
    public async Task Animals_center_organization_cost_three_statements()
    {
        var (data, statements) = await Api.QueryCountingStatementsAsync(AnimalsCenterOrganization);
        Assert.True(statements == 3, $"Expected 3 statements, got {statements}:\n{Api.Statements.Describe()}");
        Assert.True(data.GetProperty("animals").GetArrayLength() > 10);
    }

    [Fact]
    public async Task Aliased_lookups_share_their_statements()
    {
        var (data, statements) = await Api.QueryCountingStatementsAsync("""
            {
              a: organization(slug: "jindo-love-rescue") { centers { name } }
              b: organization(slug: "in-defense-of-animals") { centers { name } }
              c: organization(slug: "care-korea") { centers { name } }
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

    private async Task<int[]> CountAllAsync() =>
    [
        (await Api.QueryCountingStatementsAsync(OrganizationsCentersAnimalsPhotos)).Statements,
        (await Api.QueryCountingStatementsAsync(CampaignLocalitiesOfficialsUpdatesResponses)).Statements,
        (await Api.QueryCountingStatementsAsync(AnimalsCenterOrganization)).Statements,
    ];

    /// <summary>How many objects the three requests return in total.</summary>
    private async Task<int> CountItemsAsync()
    {
        var total = 0;
        foreach (var query in new[] { OrganizationsCentersAnimalsPhotos, CampaignLocalitiesOfficialsUpdatesResponses, AnimalsCenterOrganization })
            total += CountObjects((await Api.QueryAsync(query)));
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
