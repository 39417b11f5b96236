using System.Text.Json;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;
using RescueGraph.Testing;

namespace RescueGraph.GraphQL.Data.Tests.Nested;

/// <summary>
/// Its own database with shelters of different sizes (7, 3 and 0 animals) and all three temperaments, and a schema
/// whose child lists are batched nested connections: <c>Shelter.animals</c>, <c>Animal.photoPage</c>.
/// </summary>
public sealed class NestedShelterFixture : PostgresFixture
{
    public SqlLog Log { get; } = new();
    public RequestExecutor Executor { get; private set; } = null!;

    protected override async Task OnDatabaseCreatedAsync(string connectionString)
    {
        var factory = new ShelterDbFactory(connectionString, Log);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.EnsureCreatedAsync();
            var north = new Shelter { Name = "North", City = "Gimhae" };
            var south = new Shelter { Name = "South", City = "Busan" };
            var east = new Shelter { Name = "East", City = "Seoul" };
            db.Shelters.AddRange(north, south, east);
            var intake = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
            var day = 0;
            Animal Add(Shelter shelter, string name, int age, Temperament temperament, params string[] photos)
            {
                var animal = new Animal
                {
                    Name = name, Age = age, Temperament = temperament, Shelter = shelter, Species = Species.Dog, IntakeAt = intake.AddDays(day++),
                    ExternalId = Guid.NewGuid(), Photos = [.. photos.Select((url, i) => new Photo { Url = url, Width = 100 * (i + 1) })],
                };
                db.Animals.Add(animal);
                return animal;
            }
            Add(north, "Rex", 3, Temperament.Calm, "rex-1", "rex-2", "rex-3");
            Add(north, "Mimi", 1, Temperament.Shy, "mimi-1");
            Add(north, "Bori", 7, Temperament.Playful);
            Add(north, "Nabi", 2, Temperament.Calm);
            Add(north, "Toto", 1, Temperament.Shy);
            Add(north, "Dubu", 3, Temperament.Playful, "dubu-1", "dubu-2");
            Add(north, "Kong", 5, Temperament.Calm);
            Add(south, "Hodu", 4, Temperament.Shy);
            Add(south, "Sora", 2, Temperament.Calm, "sora-1");
            Add(south, "Bam", 6, Temperament.Playful);
            await db.SaveChangesAsync();
        }

        using var model = factory.CreateDbContext();
        var schema = new SchemaBuilder();
        var data = new DataSchema<ShelterDb>(schema, model.Model, _ => factory.CreateDbContext());
        data.Entity<Animal>(e => e.Ignore(a => a.SecretNotes));
        schema.Object<Shelter>("Shelter", t =>
        {
            data.Node(t, s => s.Id);
            t.Field("name", s => s.Name);
            data.NestedConnection(t, "animals", s => s.Id, (Animal a, long shelterId) => a.ShelterId == shelterId, (db, _) => db.Animals)
                .Filtering().Sorting();
        });
        schema.Object<Animal>("Animal", t =>
        {
            data.Node(t, a => a.Id);
            t.Field("name", a => a.Name);
            t.Field("age", a => a.Age);
            t.Field("temperament", a => a.Temperament);
            t.Field("photos", a => a.Photos);
            data.NestedConnection(t, "photoPage", a => a.Id, p => p.AnimalId, db => db.Photos).Filtering().Sorting();
        });
        schema.Object<Photo>("Photo", t =>
        {
            t.Field("url", p => p.Url);
            t.Field("width", p => p.Width);
        });
        schema.Query(q =>
        {
            data.Connection(q, "shelters", d => d.Shelters).Filtering().Sorting();
            data.Connection(q, "animals", d => d.Animals).Filtering().Sorting();
            data.NodeFields(q);
        });
        Executor = new RequestExecutor(schema.Build());
    }

    /// <summary>
    /// Runs off xunit's synchronization context, as ASP.NET Core does: on a thread with one, the engine's batch
    /// completions cannot run their continuations inline, and a level's loads may then split into several batches.
    /// </summary>
    public Task<JsonElement> RunAsync(string query, Dictionary<string, object?>? variables = null) =>
        Task.Run(() => ShelterFixture.RunAsync(Executor, query, variables));

    /// <summary>Runs <paramref name="query"/> and returns its response with the number of SQL statements it cost.</summary>
    public async Task<(JsonElement Response, int Statements)> RunCountingAsync(string query, Dictionary<string, object?>? variables = null)
    {
        // The fixture is shared by the class's tests, which xunit runs one at a time.
        Log.Clear();
        var response = await RunAsync(query, variables);
        return (response, Log.Statements.Count);
    }
}
