using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;
using RescueGraph.Testing;

namespace RescueGraph.GraphQL.Data.Tests;

[CollectionDefinition(Name)]
public sealed class ShelterCollection : ICollectionFixture<ShelterFixture>
{
    public const string Name = "ShelterDatabase";
}

/// <summary>A PostgreSQL database with a small, fixed shelter data set, and the schema under test over it.</summary>
public sealed class ShelterFixture : PostgresFixture
{
    public SqlLog Log { get; } = new();
    public ShelterDbFactory Factory { get; private set; } = null!;
    public RequestExecutor Executor { get; private set; } = null!;

    protected override async Task OnDatabaseCreatedAsync(string connectionString)
    {
        Factory = new ShelterDbFactory(connectionString, Log);
        await using (var db = Factory.CreateDbContext())
        {
            await db.Database.EnsureCreatedAsync();
            await Seed(db);
        }
        Executor = new RequestExecutor(BuildSchema(Factory));
    }

    public static Schema BuildSchema(ShelterDbFactory factory, Action<DataSchema<ShelterDb>>? configure = null)
    {
        using var db = factory.CreateDbContext();
        var schema = new SchemaBuilder();
        var data = new DataSchema<ShelterDb>(schema, db.Model, _ => factory.CreateDbContext());
        data.Entity<Animal>(e => e.Ignore(a => a.SecretNotes));
        configure?.Invoke(data);
        schema.Object<Shelter>("Shelter", t =>
        {
            data.Node(t, s => s.Id);
            t.Field("name", s => s.Name);
            t.Field("city", s => s.City);
            t.Field("capacity", s => s.Capacity);
        });
        schema.Object<Animal>("Animal", t =>
        {
            data.Node(t, a => a.Id);
            t.Field("name", a => a.Name);
            t.Field("species", a => a.Species);
            t.Field("breed", a => a.Breed);
            t.Field("age", a => a.Age);
            t.Field("weightKg", a => a.WeightKg);
            t.Field("birthDate", a => a.BirthDate);
            t.Field("intakeAt", a => a.IntakeAt);
            t.Field("shelter", a => a.Shelter);
            t.Field("photos", a => a.Photos);
            t.Field("greeting", (a, _) => "Hello " + a.Name).Requires<Animal>(a => a.Name);
        });
        schema.Object<Photo>("Photo", t =>
        {
            t.Field("url", p => p.Url);
            t.Field("width", p => p.Width);
        });
        schema.Query(q =>
        {
            data.Connection(q, "animals", d => d.Animals).Filtering().Sorting();
            data.Connection(q, "shelters", d => d.Shelters).Filtering().Sorting();
            data.NodeFields(q);
        });
        return schema.Build();
    }

    private static async Task Seed(ShelterDb db)
    {
        var north = new Shelter { Name = "North Haven", City = "Gimhae", Capacity = 40 };
        var south = new Shelter { Name = "South Shore", City = "Busan", Capacity = null };
        var east = new Shelter { Name = "East_Side 100%", City = "Seoul", Capacity = 10 };
        db.Shelters.AddRange(north, south, east);
        var intake = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var animals = new[]
        {
            new Animal { Name = "Rex", Species = Species.Dog, Breed = "Jindo", Age = 3, WeightKg = 18.5m, Score = 4.5, Adoptable = true, BirthDate = new DateOnly(2021, 3, 1), Shelter = north,
                Photos = [new Photo { Url = "rex-1.jpg", Width = 800 }, new Photo { Url = "rex-2.jpg", Width = 1600 }] },
            new Animal { Name = "Mimi", Species = Species.Cat, Breed = null, Age = 1, WeightKg = 3.2m, Score = null, Adoptable = true, BirthDate = null, Shelter = north,
                Photos = [new Photo { Url = "mimi.jpg", Width = 400 }] },
            new Animal { Name = "Bori", Species = Species.Dog, Breed = "Mixed", Age = 7, WeightKg = null, Score = 3.0, Adoptable = false, BirthDate = new DateOnly(2017, 6, 15), Shelter = south },
            new Animal { Name = "Nabi", Species = Species.Cat, Breed = "Korean Shorthair", Age = 2, WeightKg = 4.1m, Score = 5.0, Adoptable = true, BirthDate = new DateOnly(2022, 9, 9), Shelter = east,
                Photos = [new Photo { Url = "nabi.jpg", Width = 1200 }] },
            new Animal { Name = "Toto", Species = Species.Rabbit, Breed = null, Age = 1, WeightKg = 1.5m, Score = 2.5, Adoptable = false, BirthDate = null, Shelter = null },
            new Animal { Name = "Dubu", Species = Species.Dog, Breed = "Jindo", Age = 3, WeightKg = 20m, Score = 4.0, Adoptable = true, BirthDate = new DateOnly(2021, 1, 20), Shelter = south },
        };
        for (var i = 0; i < animals.Length; i++)
        {
            animals[i].IntakeAt = intake.AddDays(i);
            animals[i].ExternalId = new Guid(i + 1, 0, 0, new byte[8]);
            animals[i].SecretNotes = "private " + i;
            animals[i].Temperament = animals[i].Name == "Mimi" ? Temperament.Shy : Temperament.Calm;
        }
        db.Animals.AddRange(animals);
        await db.SaveChangesAsync();
    }

    public Task<JsonElement> RunAsync(string query, Dictionary<string, object?>? variables = null) => RunAsync(Executor, query, variables);

    public static async Task<JsonElement> RunAsync(RequestExecutor executor, string query, Dictionary<string, object?>? variables = null)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables });
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) ExecutionResultWriter.Write(writer, result);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }
}

internal static class JsonAssertions
{
    public static string[] Names(this JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];

    public static JsonElement Data(this JsonElement response, string field)
    {
        if (response.TryGetProperty("errors", out var errors)) Assert.Fail("Unexpected errors: " + errors);
        return response.GetProperty("data").GetProperty(field);
    }

    public static JsonElement SingleError(this JsonElement response) =>
        Assert.Single(response.GetProperty("errors").EnumerateArray());
}
