using RescueGraph.Directory.Api.Tests.Infrastructure;

namespace RescueGraph.Directory.Api.Tests;

/// <summary>
/// The read paths the benchmarks measure, as SQL: statements per request for the partner listing and the nearby page,
/// keyset pages as seekable row comparisons in the default order's direction, and projections that leave private columns unread.
/// </summary>
public sealed class ReadPathsTests(DirectoryApiFixture fixture) : IClassFixture<DirectoryApiFixture>
{
    private DirectoryApiFactory Api => fixture.Factory;

    /// <summary>Scenario 1 of bench/ (a smaller page): available dogs of one organization, newest first, with center and cover photo.</summary>
    private const string PartnerListing = """
        query($organization: String!) {
          animals(first: 5, where: { organization: { slug: { eq: $organization } }, species: { eq: DOG }, status: { eq: AVAILABLE } },
                  order: [{ publishedAt: DESC }]) {
            nodes { id name publishedAt center { name city } photos(first: 1) { nodes { mediumUrl } } }
          }
        }
        """;

    private const string NewestFirst = """
        query($after: String) {
          animals(first: 3, after: $after) { nodes { name publishedAt } pageInfo { endCursor } }
        }
        """;

    [Fact]
    public async Task The_partner_listing_is_one_statement_for_the_page_and_one_per_nested_level()
    {
        // Before the center was joined into the page: 3 (page, centers, cover photos).
        var (data, statements) = await Api.QueryCountingStatementsAsync(PartnerListing, new { organization = "jindo-love-rescue" });
        Assert.True(statements == 2, $"Expected 2 statements (page with its centers, cover photos), got {statements}:\n{Api.Statements.Describe()}");
        Assert.NotEmpty(data.GetProperty("animals").GetProperty("nodes").EnumerateArray());
        // The organization's slug (unique in the model) is a key lookup, so the listing index serves the page in order.
        var page = Api.Statements.Describe().Split("\n---\n")[0];
        Assert.DoesNotContain("JOIN organizations", page);
        Assert.Matches(@"a\.organization_id = \(\s*SELECT", page);
    }

    [Fact]
    public async Task The_next_newest_first_page_is_a_row_comparison_in_one_direction()
    {
        var first = (await Api.QueryAsync(NewestFirst)).GetProperty("animals");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var (data, statements) = await Api.QueryCountingStatementsAsync(NewestFirst, new { after = cursor });
        Assert.Equal(1, statements);
        var sql = Api.Statements.Describe();
        Assert.Matches(@"\(a\.published_at, a\.id\) < \(@\w+, @\w+\)", sql);
        Assert.Contains("ORDER BY a.published_at DESC, a.id DESC", sql);

        // The second page continues the first: strictly older (or as old with a smaller id), no row twice.
        var lastOfFirst = first.GetProperty("nodes").EnumerateArray().Last().GetProperty("publishedAt").GetDateTimeOffset();
        var second = data.GetProperty("animals").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.NotEmpty(second);
        Assert.All(second, n => Assert.True(n.GetProperty("publishedAt").GetDateTimeOffset() <= lastOfFirst));
        var firstNames = first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ToHashSet();
        Assert.DoesNotContain(second, n => firstNames.Contains(n.GetProperty("name").GetString()) && n.GetProperty("publishedAt").GetDateTimeOffset() == lastOfFirst);
    }

    [Fact]
    public async Task Nearby_animals_read_only_the_selected_columns()
    {
        // Around Gimhae, where the demo data has Korean centers.
        var (data, statements) = await Api.QueryCountingStatementsAsync("""
            { nearbyAnimals(near: { latitude: 35.2285, longitude: 128.8894, radius: 500 }, first: 5) {
                edges { distance node { name center { name } } } } }
            """);
        // Before the center was joined into the page: 2 (page, centers).
        Assert.True(statements == 1, $"Expected 1 statement (page with its centers), got {statements}:\n{Api.Statements.Describe()}");
        Assert.NotEmpty(data.GetProperty("nearbyAnimals").GetProperty("edges").EnumerateArray());
        Assert.All(data.GetProperty("nearbyAnimals").GetProperty("edges").EnumerateArray(),
            e => Assert.False(string.IsNullOrEmpty(e.GetProperty("node").GetProperty("center").GetProperty("name").GetString())));
        var page = Api.Statements.Describe().Split("\n---\n")[0];
        Assert.Contains("a.name", page);
        Assert.DoesNotContain("medical_notes", page);
        Assert.DoesNotContain("adopter_contact", page);
        Assert.DoesNotContain("a.story", page);
    }
}
