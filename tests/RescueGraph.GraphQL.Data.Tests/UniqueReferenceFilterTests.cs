namespace RescueGraph.GraphQL.Data.Tests;

/// <summary>
/// A to-one relation filtered by equality on a unique column becomes <c>fk = (SELECT key … LIMIT 1)</c>, which
/// PostgreSQL evaluates once and uses as an index condition; other relation filters stay joins. Same rows either way.
/// </summary>
[Collection(ShelterCollection.Name)]
public sealed class UniqueReferenceFilterTests(ShelterFixture fixture)
{
    private async Task<(string Sql, string[] Names)> RunAsync(string where)
    {
        fixture.Log.Clear();
        var names = (await fixture.RunAsync($"{{ animals(first: 50, where: {where}, order: [{{ name: ASC }}]) {{ nodes {{ name }} }} }}")).Data("animals").Names();
        return (Assert.Single(fixture.Log.Statements), names);
    }

    [Fact]
    public async Task Equality_on_a_unique_column_of_the_relation_is_a_scalar_subquery_on_the_foreign_key()
    {
        var (sql, names) = await RunAsync("""{ shelter: { name: { eq: "North Haven" } } }""");
        Assert.Equal(["Mimi", "Rex"], names);
        Assert.Matches(@"a\.""ShelterId"" = \(\s*SELECT s\.""Id""\s+FROM ""Shelters"" AS s\s+WHERE s\.""Name"" = @\w+\s+LIMIT 1\)", sql);
        Assert.DoesNotContain("JOIN", sql);
    }

    [Fact]
    public async Task Other_conditions_on_the_pinned_row_apply_inside_the_subquery()
    {
        Assert.Equal(["Mimi", "Rex"], (await RunAsync("""{ shelter: { name: { eq: "North Haven" }, capacity: { gt: 10 } } }""")).Names);
        var (sql, names) = await RunAsync("""{ shelter: { name: { eq: "North Haven" }, capacity: { gt: 100 } } }""");
        Assert.Empty(names);
        Assert.DoesNotContain("JOIN", sql);
    }

    [Fact]
    public async Task No_matching_row_matches_no_animal_not_even_those_without_a_relation()
    {
        // Toto has no shelter: a NULL foreign key must not equal the subquery's NULL.
        var (_, names) = await RunAsync("""{ shelter: { name: { eq: "Nowhere" } } }""");
        Assert.Empty(names);
    }

    [Fact]
    public async Task A_filter_on_a_non_unique_column_stays_a_join()
    {
        var (sql, names) = await RunAsync("""{ shelter: { city: { eq: "Busan" } } }""");
        Assert.Equal(["Bori", "Dubu"], names);
        Assert.Contains("JOIN", sql);
    }

    [Fact]
    public async Task Other_operators_on_a_unique_column_stay_a_join()
    {
        var (sql, names) = await RunAsync("""{ shelter: { name: { startsWith: "North" } } }""");
        Assert.Equal(["Mimi", "Rex"], names);
        Assert.Contains("JOIN", sql);
    }
}
