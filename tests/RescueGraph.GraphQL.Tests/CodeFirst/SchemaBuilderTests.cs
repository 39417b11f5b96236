using System.Text;
using System.Text.Json;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.Tests.CodeFirst;

public class SchemaBuilderTests
{
    public enum Species { Dog, Cat, GuineaPig }

    public sealed class Animal
    {
        public long Id { get; init; }
        public required string Name { get; init; }
        public string? Breed { get; init; }
        public Species Species { get; init; }
        public int? AgeYears { get; init; }
        public DateOnly IntakeDate { get; init; }
        public List<string> Tags { get; init; } = [];
    }

    public sealed class AnimalFilter
    {
        public Species? Species { get; set; }
        public string? NameStartsWith { get; set; }
    }

    /// <summary>A per-request service, to show resolvers receive the request's own services.</summary>
    public sealed class RequestClock(DateOnly today) : IServiceProvider
    {
        public DateOnly Today { get; } = today;
        public object? GetService(Type serviceType) => serviceType == typeof(RequestClock) ? this : null;
    }

    private static readonly Animal[] Animals =
    [
        new() { Id = 1, Name = "Bori", Breed = "Jindo", Species = Species.Dog, AgeYears = 3, IntakeDate = new DateOnly(2019, 5, 1), Tags = ["calm"] },
        new() { Id = 2, Name = "Nabi", Species = Species.Cat, IntakeDate = new DateOnly(2020, 1, 15) },
        new() { Id = 3, Name = "Bomi", Species = Species.Dog, AgeYears = 1, IntakeDate = new DateOnly(2021, 7, 3) },
    ];

    private static Schema BuildSchema() => new SchemaBuilder()
        .Query(q =>
        {
            q.Field("animals", (_, ctx) =>
            {
                var filter = ctx.Argument<AnimalFilter>("where");
                return Animals.Where(a =>
                    (filter?.Species is null || a.Species == filter.Species) &&
                    (filter?.NameStartsWith is null || a.Name.StartsWith(filter.NameStartsWith, StringComparison.Ordinal))).ToList();
            }).Type("[Animal!]!").Argument("where", "AnimalFilter");
            q.FieldAsync("animal", async (_, ctx) =>
            {
                await Task.Yield(); // a genuinely asynchronous resolver
                return Animals.FirstOrDefault(a => a.Id == ctx.Argument<long>("id"));
            }).Type("Animal").Argument("id", "Long!");
            q.Field("greeting", (_, ctx) => $"Hello, {ctx.Argument<string>("name")}")
                .Type("String!").Argument("name", "String", defaultValue: "partner");
        })
        .Object<Animal>("Animal", t =>
        {
            t.Description("An animal in a rescue's care.");
            t.Field("id", a => a.Id);
            t.Field("name", a => a.Name);
            t.Field("breed", a => a.Breed);
            t.Field("species", a => a.Species);
            t.Field("ageYears", a => a.AgeYears).Deprecated("Use birthDate.");
            t.Field("intakeDate", a => a.IntakeDate);
            t.Field("tags", a => a.Tags);
            t.Field("daysInCare", (a, ctx) => ctx.Service<RequestClock>().Today.DayNumber - a.IntakeDate.DayNumber).Type("Int!");
        })
        .Enum<Species>()
        .InputObject<AnimalFilter>("AnimalFilter", t =>
        {
            t.Field("species", f => f.Species);
            t.Field("nameStartsWith", f => f.NameStartsWith);
        })
        .Build();

    private static async Task<string> ExecuteAsync(Schema schema, string query, IServiceProvider? services = null)
    {
        var result = await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest { Query = query, RequestServices = services }, CancellationToken.None);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) ExecutionResultWriter.Write(writer, result);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Types_are_inferred_from_CLR_members_with_their_nullability()
    {
        var animal = (ObjectType)BuildSchema().GetType("Animal")!;

        Assert.Equal("Long!", animal.GetField("id")!.Type.ToString());
        Assert.Equal("String!", animal.GetField("name")!.Type.ToString());
        Assert.Equal("String", animal.GetField("breed")!.Type.ToString());
        Assert.Equal("Species!", animal.GetField("species")!.Type.ToString());
        Assert.Equal("Int", animal.GetField("ageYears")!.Type.ToString());
        Assert.Equal("Date!", animal.GetField("intakeDate")!.Type.ToString());
        Assert.Equal("[String!]!", animal.GetField("tags")!.Type.ToString());
        Assert.Equal("Use birthDate.", animal.GetField("ageYears")!.DeprecationReason);
        Assert.Equal("An animal in a rescue's care.", animal.Description);
    }

    [Fact]
    public void Enum_values_are_named_in_screaming_snake_case()
    {
        var species = (EnumType)BuildSchema().GetType("Species")!;
        Assert.Equal(["DOG", "CAT", "GUINEA_PIG"], species.Values.Select(v => v.Name));
        Assert.Equal(Species.GuineaPig, species.GetValue("GUINEA_PIG")!.Value);
    }

    [Fact]
    public async Task Property_fields_enums_and_scalars_resolve_through_compiled_getters()
    {
        var json = await ExecuteAsync(BuildSchema(), "{ animals { id name breed species intakeDate tags } }");

        Assert.Equal(
            """{"data":{"animals":[{"id":1,"name":"Bori","breed":"Jindo","species":"DOG","intakeDate":"2019-05-01","tags":["calm"]},{"id":2,"name":"Nabi","breed":null,"species":"CAT","intakeDate":"2020-01-15","tags":[]},{"id":3,"name":"Bomi","breed":null,"species":"DOG","intakeDate":"2021-07-03","tags":[]}]}}""",
            json);
    }

    [Fact]
    public async Task Input_objects_are_read_into_CLR_types_and_enums_into_CLR_enums()
    {
        var json = await ExecuteAsync(BuildSchema(), """{ animals(where: { species: DOG, nameStartsWith: "Bo" }) { name } }""");
        Assert.Equal("""{"data":{"animals":[{"name":"Bori"},{"name":"Bomi"}]}}""", json);
    }

    [Fact]
    public async Task Async_resolvers_and_argument_defaults_work()
    {
        var json = await ExecuteAsync(BuildSchema(), """{ animal(id: 2) { name } greeting other: greeting(name: "Gimhae") }""");
        Assert.Equal("""{"data":{"animal":{"name":"Nabi"},"greeting":"Hello, partner","other":"Hello, Gimhae"}}""", json);
    }

    [Fact]
    public async Task Resolvers_receive_per_request_services()
    {
        var json = await ExecuteAsync(BuildSchema(), "{ animal(id: 1) { daysInCare } }", new RequestClock(new DateOnly(2019, 5, 11)));
        Assert.Equal("""{"data":{"animal":{"daysInCare":10}}}""", json);
    }

    [Fact]
    public void Building_checks_the_type_system_rules()
    {
        var builder = new SchemaBuilder()
            .Query(q => q.Field("pet", (_, _) => (object?)null).Type("Pet"))
            .Interface<object>("Pet", t => t.Field("name", "String!", _ => default))
            .Object<object>("Dog", t => t.Implements("Pet").Field("barks", "Boolean", _ => default));

        var error = Assert.Throws<SchemaValidationException>(() => builder.Build());
        Assert.Contains(error.Errors, e => e.Message == "Interface field Pet.name expected but Dog does not provide it.");
    }

    [Fact]
    public async Task Schemas_can_be_built_concurrently()
    {
        // Test hosts build schemas in parallel; type inference must not share unsynchronized caches.
        var schemas = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(BuildSchema)));
        Assert.All(schemas, s => Assert.Equal("String", ((ObjectType)s.GetType("Animal")!).GetField("breed")!.Type.ToString()));
    }

    [Fact]
    public void Unused_extended_scalars_stay_out_of_the_schema()
    {
        var schema = new SchemaBuilder().Query(q => q.Field("ok", (_, _) => true)).Build();
        Assert.Null(schema.GetType("DateTime"));
        Assert.Equal("Boolean", schema.Query!.GetField("ok")!.Type.ToString().TrimEnd('!'));
    }
}
