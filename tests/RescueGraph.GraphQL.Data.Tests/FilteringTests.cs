using System.Text.Json;

namespace RescueGraph.GraphQL.Data.Tests;

[Collection(ShelterCollection.Name)]
public sealed class FilteringTests(ShelterFixture fixture)
{
    private async Task<string[]> Names(string where)
    {
        var response = await fixture.RunAsync($"{{ animals(first: 50, where: {where}, order: [{{ name: ASC }}]) {{ nodes {{ name }} }} }}");
        return response.Data("animals").Names();
    }

    [Theory]
    [InlineData("{ name: { eq: \"Rex\" } }", "Rex")]
    [InlineData("{ name: { neq: \"Rex\" } }", "Bori,Dubu,Mimi,Nabi,Toto")]
    [InlineData("{ name: { contains: \"AB\" } }", "Nabi")]
    [InlineData("{ name: { ncontains: \"O\" } }", "Dubu,Mimi,Nabi,Rex")]
    [InlineData("{ name: { in: [\"Rex\", \"Toto\"] } }", "Rex,Toto")]
    [InlineData("{ name: { nin: [\"Rex\", \"Toto\"] } }", "Bori,Dubu,Mimi,Nabi")]
    [InlineData("{ name: { startsWith: \"B\" } }", "Bori")]
    [InlineData("{ name: { nstartsWith: \"B\" } }", "Dubu,Mimi,Nabi,Rex,Toto")]
    [InlineData("{ name: { endsWith: \"i\" } }", "Bori,Mimi,Nabi")]
    [InlineData("{ name: { nendsWith: \"i\" } }", "Dubu,Rex,Toto")]
    [InlineData("{ name: { or: [{ eq: \"Rex\" }, { eq: \"Mimi\" }] } }", "Mimi,Rex")]
    [InlineData("{ name: { and: [{ startsWith: \"N\" }, { endsWith: \"i\" }] } }", "Nabi")]
    public async Task String_operations(string where, string expected) =>
        Assert.Equal(expected.Split(','), await Names(where));

    [Theory]
    [InlineData("{ age: { eq: 3 } }", "Dubu,Rex")]
    [InlineData("{ age: { neq: 1 } }", "Bori,Dubu,Nabi,Rex")]
    [InlineData("{ age: { in: [1, 7] } }", "Bori,Mimi,Toto")]
    [InlineData("{ age: { nin: [1, 3] } }", "Bori,Nabi")]
    [InlineData("{ age: { gt: 3 } }", "Bori")]
    [InlineData("{ age: { ngt: 2 } }", "Mimi,Nabi,Toto")]
    [InlineData("{ age: { gte: 3 } }", "Bori,Dubu,Rex")]
    [InlineData("{ age: { ngte: 2 } }", "Mimi,Toto")]
    [InlineData("{ age: { lt: 2 } }", "Mimi,Toto")]
    [InlineData("{ age: { nlt: 3 } }", "Bori,Dubu,Rex")]
    [InlineData("{ age: { lte: 2 } }", "Mimi,Nabi,Toto")]
    [InlineData("{ age: { nlte: 3 } }", "Bori")]
    [InlineData("{ weightKg: { gt: 10 } }", "Dubu,Rex")]
    [InlineData("{ weightKg: { eq: null } }", "Bori")]
    [InlineData("{ weightKg: { neq: null } }", "Dubu,Mimi,Nabi,Rex,Toto")]
    [InlineData("{ score: { gte: 4.5 } }", "Nabi,Rex")]
    [InlineData("{ birthDate: { lt: \"2021-02-01\" } }", "Bori,Dubu")]
    [InlineData("{ intakeAt: { gte: \"2024-01-05T00:00:00Z\" } }", "Dubu,Toto")]
    [InlineData("{ externalId: { eq: \"00000002-0000-0000-0000-000000000000\" } }", "Mimi")]
    [InlineData("{ adoptable: { eq: false } }", "Bori,Toto")]
    [InlineData("{ adoptable: { neq: false } }", "Dubu,Mimi,Nabi,Rex")]
    [InlineData("{ species: { eq: CAT } }", "Mimi,Nabi")]
    [InlineData("{ species: { neq: DOG } }", "Mimi,Nabi,Toto")]
    [InlineData("{ species: { in: [RABBIT, CAT] } }", "Mimi,Nabi,Toto")]
    [InlineData("{ species: { nin: [DOG] } }", "Mimi,Nabi,Toto")]
    [InlineData("{ breed: { eq: null } }", "Mimi,Toto")]
    [InlineData("{ temperament: { in: [SHY, PLAYFUL] } }", "Mimi")]
    [InlineData("{ breed: { in: [\"Jindo\", null] } }", "Dubu,Mimi,Rex,Toto")]
    public async Task Comparable_boolean_enum_and_null_operations(string where, string expected) =>
        Assert.Equal(expected.Split(','), await Names(where));

    [Theory]
    [InlineData("{ and: [{ species: { eq: DOG } }, { age: { eq: 3 } }] }", "Dubu,Rex")]
    [InlineData("{ or: [{ species: { eq: RABBIT } }, { age: { gt: 5 } }] }", "Bori,Toto")]
    [InlineData("{ species: { eq: DOG }, adoptable: { eq: true } }", "Dubu,Rex")]
    [InlineData("{ shelter: { city: { eq: \"Busan\" } } }", "Bori,Dubu")]
    [InlineData("{ shelter: { name: { contains: \"100%\" } } }", "Nabi")]
    [InlineData("{ shelter: { name: { contains: \"_\" } } }", "Nabi")]
    [InlineData("{ photos: { some: { width: { gte: 1200 } } } }", "Nabi,Rex")]
    [InlineData("{ photos: { all: { width: { lt: 1000 } } } }", "Bori,Dubu,Mimi,Toto")]
    [InlineData("{ photos: { none: { width: { lt: 1000 } } } }", "Bori,Dubu,Nabi,Toto")]
    [InlineData("{ photos: { any: true } }", "Mimi,Nabi,Rex")]
    [InlineData("{ photos: { any: false } }", "Bori,Dubu,Toto")]
    public async Task Logical_nested_and_list_filters(string where, string expected) =>
        Assert.Equal(expected.Split(','), await Names(where));

    [Fact]
    public async Task Contains_is_a_parameterised_ilike_with_wildcards_escaped()
    {
        fixture.Log.Clear();
        Assert.Equal(["Nabi"], await Names("{ shelter: { name: { contains: \"T_s\" } } }"));
        Assert.Empty(await Names("{ name: { contains: \"%\" } }"));
        var statements = fixture.Log.Statements.Where(s => s.Contains("ILIKE")).ToList();
        Assert.Equal(2, statements.Count);
        Assert.All(statements, sql => Assert.DoesNotContain("T_s", sql));
        Assert.All(statements, sql => Assert.Contains("ESCAPE", sql));
    }

    [Fact]
    public async Task Enum_and_boolean_equalities_are_literals_other_values_parameters()
    {
        fixture.Log.Clear();
        Assert.Equal(["Mimi"], await Names("{ temperament: { eq: SHY }, adoptable: { eq: true }, name: { neq: \"Bori\" } }"));
        var statement = Assert.Single(fixture.Log.Statements);
        Assert.Contains("'Shy'", statement);
        Assert.DoesNotContain("Bori", statement);
    }

    [Fact]
    public async Task Null_operand_for_contains_is_an_error()
    {
        var response = await fixture.RunAsync("{ animals(where: { name: { contains: null } }) { nodes { name } } }");
        Assert.Equal(DataErrors.InvalidFilterValueCode, response.SingleError().GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Private_column_is_not_filterable()
    {
        var response = await fixture.RunAsync("{ animals(where: { secretNotes: { eq: \"private 1\" } }) { nodes { name } } }");
        Assert.Contains("secretNotes", response.SingleError().GetProperty("message").GetString());
    }

    [Fact]
    public void Schema_has_hotchocolate_filter_types()
    {
        var sdl = RescueGraph.GraphQL.Utilities.SchemaPrinter.Print(fixture.Executor.Schema);
        Assert.Contains("input ListFilterInputTypeOfPhotoFilterInput {\n  all: PhotoFilterInput\n  none: PhotoFilterInput\n  some: PhotoFilterInput\n  any: Boolean\n}", sdl);
        Assert.Contains("input SpeciesOperationFilterInput {\n  eq: Species\n  neq: Species\n  in: [Species!]\n  nin: [Species!]\n}", sdl);
        Assert.Contains("input IntOperationFilterInput {\n  eq: Int\n  neq: Int\n  in: [Int]\n  nin: [Int]\n  gt: Int\n  ngt: Int\n  gte: Int\n  ngte: Int\n  lt: Int\n  nlt: Int\n  lte: Int\n  nlte: Int\n}", sdl);
        Assert.Contains("input StringOperationFilterInput {\n  and: [StringOperationFilterInput!]\n  or: [StringOperationFilterInput!]\n  eq: String", sdl);
        Assert.Contains("input AnimalFilterInput {\n  and: [AnimalFilterInput!]\n  or: [AnimalFilterInput!]\n  id: LongOperationFilterInput\n  name: StringOperationFilterInput", sdl);
        Assert.Contains("shelter: ShelterFilterInput", sdl);
        Assert.Contains("birthDate: DateOperationFilterInput", sdl);
        Assert.Contains("externalId: UuidOperationFilterInput", sdl);
        Assert.Contains("weightKg: DecimalOperationFilterInput", sdl);
        Assert.Contains("score: FloatOperationFilterInput", sdl);
        Assert.Contains("intakeAt: DateTimeOperationFilterInput", sdl);
        Assert.Contains("input BooleanOperationFilterInput {\n  eq: Boolean\n  neq: Boolean\n}", sdl);
        Assert.DoesNotContain("secretNotes", sdl);
        Assert.DoesNotContain("label:", sdl);
        // Shelter.Tags leads to a link entity with a two-column key: left out, not a build failure.
        Assert.Contains("input ShelterFilterInput {", sdl);
        Assert.DoesNotContain("tags:", sdl);
        Assert.DoesNotContain("ShelterTag", sdl);
    }

    [Fact]
    public async Task Enum_stored_as_text_is_filterable_and_sortable()
    {
        var sortInput = (RescueGraph.GraphQL.Types.InputObjectType)fixture.Executor.Schema.GetType("AnimalSortInput")!;
        Assert.NotNull(sortInput.GetField("temperament"));
        Assert.NotNull(sortInput.GetField("species"));
        var response = await fixture.RunAsync("{ animals(order: [{ temperament: DESC }, { name: ASC }]) { nodes { name } } }");
        Assert.Equal("Mimi", response.Data("animals").Names()[0]);
    }

    [Fact]
    public void Untranslatable_filter_is_rejected_when_the_schema_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ShelterFixture.BuildSchema(fixture.Factory, data => data.Entity<Animal>(e => e.Include(a => a.Label))));
        Assert.Contains("Animal.Label cannot be filtered or sorted", error.Message);
        Assert.Contains("does not map it", error.Message);
    }
}
