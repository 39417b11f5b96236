using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests;

/// <summary>The demo data through the real host: what a partner site or app asks for first.</summary>
public sealed class DirectoryQueryTests(DirectoryApiFixture fixture) : IClassFixture<DirectoryApiFixture>
{
    private DirectoryApiFactory Api => fixture.Factory;

    [Fact]
    public async Task Jeonju_Florence_campaign_has_twinning_year_updates_and_both_letters()
    {
        var data = await Api.QueryAsync("""
            {
              campaign(slug: "jeonju-florence") {
                title twinnedYear status kind
                koreanLocality { name country }
                partnerLocality { name country }
                updates { nodes { postedAt title } }
                suggestedMessages { nodes { language subject body } }
                replacedBy { slug status replaces { nodes { slug } } }
                organization { slug }
              }
            }
            """);

        var campaign = data.GetProperty("campaign");
        Assert.Equal(2007, campaign.GetProperty("twinnedYear").GetInt32());
        Assert.Equal("REPLACED", campaign.GetProperty("status").GetString());
        Assert.Equal("FRIENDSHIP_CITY", campaign.GetProperty("kind").GetString());
        Assert.Equal("Jeonju", campaign.GetProperty("koreanLocality").GetProperty("name").GetString());
        Assert.Equal("KR", campaign.GetProperty("koreanLocality").GetProperty("country").GetString());
        Assert.Equal("Florence", campaign.GetProperty("partnerLocality").GetProperty("name").GetString());
        Assert.Equal("IT", campaign.GetProperty("partnerLocality").GetProperty("country").GetString());

        var updates = campaign.GetProperty("updates").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(3, updates.Length);
        Assert.StartsWith("2018-03-28T00:00:00", updates[0].GetProperty("postedAt").GetString());
        Assert.Contains("Dog Meat Free", updates[1].GetProperty("title").GetString());

        var languages = campaign.GetProperty("suggestedMessages").GetProperty("nodes").EnumerateArray().Select(m => m.GetProperty("language").GetString()!).ToArray();
        Assert.Equal(["it", "en"], languages);
        Assert.All(campaign.GetProperty("suggestedMessages").GetProperty("nodes").EnumerateArray(),
            m => Assert.Contains("Nardella", m.GetProperty("body").GetString()));

        var replacement = campaign.GetProperty("replacedBy");
        Assert.Equal("jeonju-florence-renewed", replacement.GetProperty("slug").GetString());
        Assert.Equal("ACTIVE", replacement.GetProperty("status").GetString());
        Assert.Equal("jeonju-florence", Assert.Single(replacement.GetProperty("replaces").GetProperty("nodes").EnumerateArray()).GetProperty("slug").GetString());
        Assert.Equal("sister-city-campaigns", campaign.GetProperty("organization").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Organization_leads_to_its_centers_and_their_animals_and_back()
    {
        var data = await Api.QueryAsync("""
            {
              organization(slug: "jindo-love-rescue") {
                name
                centers {
                  nodes {
                    slug city
                    organization { slug }
                    animals { nodes { id name species center { slug } organization { slug } photos { nodes { position smallUrl } } } }
                  }
                }
              }
            }
            """);

        var organization = data.GetProperty("organization");
        var centers = organization.GetProperty("centers").GetProperty("nodes").EnumerateArray().ToArray();
        var gimhae = Assert.Single(centers, c => c.GetProperty("slug").GetString() == "jindo-love-rescue-gimhae");
        Assert.Equal("Gimhae", gimhae.GetProperty("city").GetString());
        foreach (var center in centers)
        {
            Assert.Equal("jindo-love-rescue", center.GetProperty("organization").GetProperty("slug").GetString());
            foreach (var animal in center.GetProperty("animals").GetProperty("nodes").EnumerateArray())
                Assert.Equal(center.GetProperty("slug").GetString(), animal.GetProperty("center").GetProperty("slug").GetString());
        }
        Assert.NotEmpty(gimhae.GetProperty("animals").GetProperty("nodes").EnumerateArray());
    }

    [Fact]
    public async Task Animal_by_id_and_stories_navigate_both_ways()
    {
        var stories = await Api.QueryAsync("{ stories(first: 100) { nodes { id slug animals { nodes { id name stories { nodes { slug } } } } organization { slug } } } }");
        var story = stories.GetProperty("stories").GetProperty("nodes").EnumerateArray().First(s => s.GetProperty("animals").GetProperty("nodes").GetArrayLength() > 0);
        var slug = story.GetProperty("slug").GetString();
        var animal = story.GetProperty("animals").GetProperty("nodes")[0];
        Assert.Contains(animal.GetProperty("stories").GetProperty("nodes").EnumerateArray(), s => s.GetProperty("slug").GetString() == slug);

        var byId = await Api.QueryAsync("query($id: ID!) { animal(id: $id) { name stories { nodes { slug } } } }",
            new { id = animal.GetProperty("id").GetString() });
        Assert.Equal(animal.GetProperty("name").GetString(), byId.GetProperty("animal").GetProperty("name").GetString());

        var missing = await Api.QueryAsync("query($absent: ID!, $story: ID!) { a: animal(id: $absent) { id } b: animal(id: \"not-an-id\") { id } c: animal(id: $story) { id } }",
            new { absent = Convert.ToBase64String("Animal:999999999"u8.ToArray()), story = story.GetProperty("id").GetString() });
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("b").ValueKind);
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("c").ValueKind);
    }

    [Fact]
    public async Task Localities_lead_to_officials_and_campaigns_on_either_side()
    {
        var data = await Api.QueryAsync("""
            {
              jeonju: locality(country: "KR", name: "Jeonju") { nativeName dogMeatFreeStatus dogMeatFreeDeclaredOn campaigns { nodes { slug } } }
              florence: locality(country: "IT", name: "Florence") { campaigns { nodes { slug koreanLocality { name } } } }
              localities(first: 100) { nodes { name officials { nodes { name locality { name } } } } }
            }
            """);

        var jeonju = data.GetProperty("jeonju");
        Assert.Contains(jeonju.GetProperty("campaigns").GetProperty("nodes").EnumerateArray(), c => c.GetProperty("slug").GetString() == "jeonju-florence");
        Assert.Contains(data.GetProperty("florence").GetProperty("campaigns").GetProperty("nodes").EnumerateArray(),
            c => c.GetProperty("koreanLocality").GetProperty("name").GetString() == "Jeonju");
        Assert.All(data.GetProperty("localities").GetProperty("nodes").EnumerateArray(), locality =>
            Assert.All(locality.GetProperty("officials").GetProperty("nodes").EnumerateArray(), official =>
                Assert.Equal(locality.GetProperty("name").GetString(), official.GetProperty("locality").GetProperty("name").GetString())));
    }

    [Fact]
    public async Task Partnerships_are_seen_from_both_organizations()
    {
        var data = await Api.QueryAsync(
            "{ organizations(first: 20) { nodes { slug partnerships(first: 10) { nodes { id since organizations { slug partnerships(first: 10) { nodes { id } } } } } } } }");
        var withPartners = data.GetProperty("organizations").GetProperty("nodes").EnumerateArray()
            .Where(o => o.GetProperty("partnerships").GetProperty("nodes").GetArrayLength() > 0).ToArray();
        Assert.NotEmpty(withPartners);
        foreach (var organization in withPartners)
        foreach (var partnership in organization.GetProperty("partnerships").GetProperty("nodes").EnumerateArray())
        {
            var parties = partnership.GetProperty("organizations").EnumerateArray().ToArray();
            Assert.Equal(2, parties.Length);
            Assert.Contains(parties, party => party.GetProperty("slug").GetString() == organization.GetProperty("slug").GetString());
            // The same stored partnership, listed from both of its organizations.
            foreach (var party in parties)
                Assert.Contains(party.GetProperty("partnerships").GetProperty("nodes").EnumerateArray(),
                    back => back.GetProperty("id").GetString() == partnership.GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Root_connections_default_to_stable_orders()
    {
        const string query = """
            {
              organizations(first: 100) { nodes { name } }
              campaigns(first: 100) { nodes { slug } }
              animals(first: 100) { nodes { publishedAt } }
              centers(first: 100) { nodes { name } }
              stories(first: 100) { nodes { publishedOn } }
              localities(first: 100) { nodes { name } }
            }
            """;
        var first = await Api.QueryAsync(query);
        Assert.Equal(first.ToString(), (await Api.QueryAsync(query)).ToString());

        string[] Values(string list, string field) =>
            first.GetProperty(list).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty(field).GetString()!).ToArray();
        Assert.Equal(Values("campaigns", "slug").Order(StringComparer.Ordinal), Values("campaigns", "slug"));
        Assert.Equal(Values("organizations", "name").Order(StringComparer.Ordinal), Values("organizations", "name"));
        Assert.Equal(Values("animals", "publishedAt").Select(DateTimeOffset.Parse).OrderDescending(),
            Values("animals", "publishedAt").Select(DateTimeOffset.Parse));
        Assert.Equal(Values("stories", "publishedOn").OrderDescending(StringComparer.Ordinal), Values("stories", "publishedOn"));
        Assert.InRange(Values("animals", "publishedAt").Length, 2, 100);
    }

    [Fact]
    public async Task GraphiQL_is_served_to_a_browser_at_the_endpoint()
    {
        using var client = Api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("graphiql", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sdl_endpoint_serves_the_directory_schema()
    {
        using var client = Api.CreateClient();
        var sdl = await client.GetStringAsync("/graphql/schema.graphql");
        Assert.Contains("type RescueCenter", sdl);
        Assert.Contains("campaign(", sdl);
    }
}
