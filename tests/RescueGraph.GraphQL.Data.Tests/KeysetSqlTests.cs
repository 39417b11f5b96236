namespace RescueGraph.GraphQL.Data.Tests;

/// <summary>
/// The SQL a keyset page boundary becomes: a form PostgreSQL can start an index scan from (a row comparison, or a
/// redundant bound on the first key), never the bare OR expansion, which makes page N cost a scan of N rows.
/// </summary>
[Collection(ShelterCollection.Name)]
public sealed class KeysetSqlTests(ShelterFixture fixture)
{
    private const string Page = "query($after: String) { animals(first: 2, after: $after, order: [ORDER]) { pageInfo { endCursor } nodes { name } } }";
    private const string BackwardPage = "query($before: String) { animals(last: 2, before: $before, order: [ORDER]) { pageInfo { startCursor } nodes { name } } }";

    /// <summary>The statement of the page after the first page's end cursor.</summary>
    private async Task<(string Sql, string[] Names)> SecondPageAsync(string order)
    {
        var query = Page.Replace("ORDER", order);
        var first = (await fixture.RunAsync(query)).Data("animals");
        fixture.Log.Clear();
        var second = (await fixture.RunAsync(query, new() { ["after"] = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data("animals");
        return (Assert.Single(fixture.Log.Statements), second.Names());
    }

    [Fact]
    public async Task Keys_in_one_direction_become_a_row_comparison_with_the_tie_breaker_in_that_direction()
    {
        var (sql, names) = await SecondPageAsync("{ intakeAt: DESC }");
        // Intake days are 0..5 in seeding order: Dubu, Toto | Nabi, Bori | Mimi, Rex.
        Assert.Equal(["Nabi", "Bori"], names);
        Assert.Matches(@"\(a\.""IntakeAt"", a\.""Id""\) < \(@\w+, @\w+\)", sql);
        Assert.Contains(@"ORDER BY a.""IntakeAt"" DESC, a.""Id"" DESC", sql);
        Assert.DoesNotContain(" OR ", sql);
    }

    [Fact]
    public async Task Ascending_keys_compare_greater_and_read_the_next_rows()
    {
        var (sql, names) = await SecondPageAsync("{ age: ASC }");
        // Ages: Mimi 1, Toto 1, Rex 3, Dubu 3, Bori 7, Nabi 2 → Mimi, Toto | Nabi, Rex | Dubu, Bori (ties by id ascending).
        Assert.Equal(["Nabi", "Rex"], names);
        Assert.Matches(@"\(a\.""Age"", a\.""Id""\) > \(@\w+, @\w+\)", sql);
        Assert.Contains(@"ORDER BY a.""Age"", a.""Id""", sql);
    }

    [Fact]
    public async Task A_nullable_first_key_read_towards_nulls_gets_a_redundant_seekable_bound()
    {
        // weightKg ASC: NULL is the greatest, so "after" includes NULL rows and a row comparison would drop them.
        var (sql, names) = await SecondPageAsync("{ weightKg: ASC }");
        // Weights: Toto 1.5, Mimi 3.2 | Nabi 4.1, Rex 18.5 | Dubu 20, Bori null.
        Assert.Equal(["Nabi", "Rex"], names);
        Assert.Matches(@"WHERE \(a\.""WeightKg"" >= @\w+ OR a\.""WeightKg"" IS NULL\) AND \(", sql);
    }

    [Fact]
    public async Task A_nullable_key_read_away_from_nulls_still_compares_rows()
    {
        // weightKg DESC: NULL first; after a non-null cursor only smaller weights follow, which the row comparison states exactly.
        var (sql, names) = await SecondPageAsync("{ weightKg: DESC }");
        // Bori null, Dubu 20 | Rex 18.5, Nabi 4.1 | Mimi 3.2, Toto 1.5.
        Assert.Equal(["Rex", "Nabi"], names);
        Assert.Matches(@"\(a\.""WeightKg"", a\.""Id""\) < \(@\w+, @\w+\)", sql);
    }

    [Fact]
    public async Task Backward_pages_compare_the_other_way()
    {
        var query = BackwardPage.Replace("ORDER", "{ intakeAt: DESC }");
        var last = (await fixture.RunAsync(query)).Data("animals");
        Assert.Equal(["Mimi", "Rex"], last.Names());
        fixture.Log.Clear();
        var previous = (await fixture.RunAsync(query, new() { ["before"] = last.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).Data("animals");
        Assert.Equal(["Nabi", "Bori"], previous.Names());
        var sql = Assert.Single(fixture.Log.Statements);
        Assert.Matches(@"\(a\.""IntakeAt"", a\.""Id""\) > \(@\w+, @\w+\)", sql);
        Assert.Contains(@"ORDER BY a.""IntakeAt"", a.""Id""", sql);
    }

    [Fact]
    public async Task Mixed_directions_keep_the_expanded_form_behind_a_bound_on_the_first_key()
    {
        var (sql, names) = await SecondPageAsync("{ species: ASC }, { age: DESC }");
        // Dogs (Bori 7, Rex 3, Dubu 3), cats (Nabi 2, Mimi 1), rabbit (Toto 1); ties by id descending (the last key's direction).
        Assert.Equal(["Rex", "Nabi"], names);
        Assert.Contains(" OR ", sql);
        Assert.Matches(@"WHERE a\.""Species"" >= @\w+ AND \(", sql);
    }
}
