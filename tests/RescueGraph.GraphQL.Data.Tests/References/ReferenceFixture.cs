using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Execution;
using RescueGraph.Testing;

namespace RescueGraph.GraphQL.Data.Tests.References;

/// <summary>
/// Its own database (two shelters, four animals, one of them without a shelter) and a schema whose
/// <c>Animal.shelter</c> is a data-library reference: joined when the animal is projected, else read by a counted
/// fallback. <c>animal(name:)</c> is a lookup; <c>unprojectedAnimals</c> returns whole entities read outside the library.
/// </summary>
public sealed class ReferenceFixture : PostgresFixture
{
    private int _fallbackCalls;

    public SqlLog Log { get; } = new();
    public RequestExecutor Executor { get; private set; } = null!;
    public int FallbackCalls => Volatile.Read(ref _fallbackCalls);

    protected override async Task OnDatabaseCreatedAsync(string connectionString)
    {
        var factory = new ShelterDbFactory(connectionString, Log);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.EnsureCreatedAsync();
            var north = new Shelter { Name = "North", City = "Gimhae", Capacity = 100 };
            var south = new Shelter { Name = "South", City = "Busan", Capacity = 20 };
            var intake = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
            db.Animals.AddRange(
                new Animal { Name = "Rex", Age = 3, Shelter = north, IntakeAt = intake, ExternalId = Guid.NewGuid() },
                new Animal { Name = "Mimi", Age = 1, Shelter = north, IntakeAt = intake, ExternalId = Guid.NewGuid() },
                new Animal { Name = "Sora", Age = 2, Shelter = south, IntakeAt = intake, ExternalId = Guid.NewGuid() },
                new Animal { Name = "Stray", Age = 4, IntakeAt = intake, ExternalId = Guid.NewGuid() });
            await db.SaveChangesAsync();
        }

        using var model = factory.CreateDbContext();
        var schema = new SchemaBuilder();
        var data = new DataSchema<ShelterDb>(schema, model.Model, _ => factory.CreateDbContext());
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
            data.Reference(t, "shelter", a => a.Shelter, async (animal, context) =>
            {
                Interlocked.Increment(ref _fallbackCalls);
                if (animal.ShelterId is not long id) return null;
                await using var db = factory.CreateDbContext();
                return await db.Shelters.AsNoTracking().SingleAsync(s => s.Id == id, context.CancellationToken);
            });
        });
        schema.Query(q =>
        {
            data.Connection(q, "animals", d => d.Animals).Sorting();
            data.Lookup(q, "animal", (d, _) => d.Animals, a => a.Name, context => context.Argument<string>("name") is { Length: > 0 } name ? name : null)
                .Argument("name", "String!");
            q.FieldAsync("unprojectedAnimals", async (_, context) =>
            {
                await using var db = factory.CreateDbContext();
                return await db.Animals.AsNoTracking().OrderBy(a => a.Name).ToListAsync(context.CancellationToken);
            }).Type("[Animal!]!");
            data.NodeFields(q);
        });
        Executor = new RequestExecutor(schema.Build());
    }

    /// <summary>Runs <paramref name="query"/> off xunit's synchronization context; its response, statements and fallback calls.</summary>
    public async Task<(JsonElement Response, IReadOnlyList<string> Statements, int FallbackCalls)> RunAsync(string query)
    {
        // The fixture is shared by the class's tests, which xunit runs one at a time.
        Log.Clear();
        var fallbacksBefore = FallbackCalls;
        var response = await Task.Run(() => ShelterFixture.RunAsync(Executor, query));
        return (response, [.. Log.Statements], FallbackCalls - fallbacksBefore);
    }
}
