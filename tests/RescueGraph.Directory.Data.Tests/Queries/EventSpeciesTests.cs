using Microsoft.EntityFrameworkCore;
using Npgsql;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Queries;
using RescueGraph.Testing;

namespace RescueGraph.Directory.Data.Tests.Queries;

/// <summary>animal_events.species is a copy of the animal's species that the database keeps (migration 0005).</summary>
[Collection(DirectoryDatabaseFixture.DirectoryCollection)]
public sealed class EventSpeciesTests(DirectoryDatabaseFixture fixture)
{
    private static AnimalEvent Intake(DateTimeOffset at) => new()
    {
        Kind = AnimalEventKind.Intake, OccurredAt = at, IntakeType = IntakeType.StrayAtLarge,
    };

    [Fact]
    public async Task An_event_saved_through_EF_gets_its_animals_species_without_EF_sending_one()
    {
        var database = new QueryDatabase(await fixture.CreateMigratedDatabaseAsync());
        var center = QueryDatabase.Center(QueryDatabase.Organization("species-org"), "species-center", null, null);
        var cat = QueryDatabase.Animal(center, "Nabi", Species.Cat);
        // Dog is the enum's default: a value EF sent would be "dog", so "cat" can only come from the trigger.
        var intake = Intake(new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.Zero));
        cat.Events.Add(intake);
        await database.SaveAsync(cat);

        Assert.Equal(Species.Cat, intake.Species); // read back after the insert
        Assert.Equal("cat", await SpeciesInDatabaseAsync(database.ConnectionString, intake.Id));

        await using (var context = database.CreateContext())
        {
            var insert = new AnimalEvent { AnimalId = cat.Id, Kind = AnimalEventKind.Medical, OccurredAt = intake.OccurredAt.AddDays(1) };
            context.AnimalEvents.Add(insert);
            await context.SaveChangesAsync();
            Assert.Equal(Species.Cat, insert.Species);
            // Species is only in the RETURNING list, never among the inserted columns.
            var statement = Assert.Single(database.Statements.Commands, c => c.Contains("INSERT INTO animal_events", StringComparison.Ordinal));
            var returning = statement.IndexOf("RETURNING", StringComparison.Ordinal);
            Assert.True(returning > 0, statement);
            Assert.DoesNotContain("species", statement[..returning], StringComparison.Ordinal);
            Assert.Contains("species", statement[returning..], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_insert_that_names_another_species_still_gets_the_animals()
    {
        var database = new QueryDatabase(await fixture.CreateMigratedDatabaseAsync());
        var center = QueryDatabase.Center(QueryDatabase.Organization("raw-org"), "raw-center", null, null);
        var rabbit = QueryDatabase.Animal(center, "Toki", Species.Rabbit);
        await database.SaveAsync(rabbit);

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO animal_events (animal_id, kind, occurred_at, species) VALUES ($1, 'medical', now(), 'horse') RETURNING species", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = rabbit.Id });
        Assert.Equal("rabbit", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Correcting_an_animals_species_moves_its_events_and_the_statistics_with_them()
    {
        var database = new QueryDatabase(await fixture.CreateMigratedDatabaseAsync());
        var center = QueryDatabase.Center(QueryDatabase.Organization("move-org"), "move-center", null, null);
        var animal = QueryDatabase.Animal(center, "Mistaken", Species.Dog);
        var other = QueryDatabase.Animal(center, "Unchanged", Species.Dog);
        var at = new DateTimeOffset(2024, 5, 10, 12, 0, 0, TimeSpan.Zero);
        animal.Events.Add(Intake(at));
        animal.Events.Add(new AnimalEvent { Kind = AnimalEventKind.Medical, OccurredAt = at.AddDays(2) });
        other.Events.Add(Intake(at));
        await database.SaveAsync(animal, other);

        var filter = new EventFilter(new DateOnly(2024, 5, 1), new DateOnly(2024, 6, 1));
        Assert.Equal(2, await IntakesAsync(Species.Dog));
        Assert.Equal(0, await IntakesAsync(Species.Deer));

        await using (var context = database.CreateContext())
        {
            var stored = await context.Animals.SingleAsync(a => a.Id == animal.Id);
            stored.Species = Species.Deer;
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var species = await context.AnimalEvents.Where(e => e.AnimalId == animal.Id).Select(e => e.Species).ToListAsync();
            Assert.Equal([Species.Deer, Species.Deer], species);
            Assert.Equal(Species.Dog, await context.AnimalEvents.Where(e => e.AnimalId == other.Id).Select(e => e.Species).SingleAsync());
        }
        Assert.Equal(1, await IntakesAsync(Species.Dog));
        Assert.Equal(1, await IntakesAsync(Species.Deer));

        async Task<long> IntakesAsync(Species species)
        {
            await using var context = database.CreateContext();
            var months = await EventStatistics.MonthlyAsync(context, filter with { Species = species });
            return Assert.Single(months).IntakeTotal;
        }
    }

    [Fact]
    public async Task Moving_an_event_to_another_animal_takes_that_animals_species()
    {
        var database = new QueryDatabase(await fixture.CreateMigratedDatabaseAsync());
        var center = QueryDatabase.Center(QueryDatabase.Organization("reassign-org"), "reassign-center", null, null);
        var dog = QueryDatabase.Animal(center, "Baduk", Species.Dog);
        var bird = QueryDatabase.Animal(center, "Saeya", Species.Bird);
        var intake = Intake(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero));
        dog.Events.Add(intake);
        await database.SaveAsync(dog, bird);

        await using var context = database.CreateContext();
        var stored = await context.AnimalEvents.SingleAsync(e => e.Id == intake.Id);
        stored.AnimalId = bird.Id;
        await context.SaveChangesAsync();

        Assert.Equal(Species.Bird, stored.Species); // read back after the update
        Assert.Equal("bird", await SpeciesInDatabaseAsync(database.ConnectionString, intake.Id));
    }

    private static async Task<string> SpeciesInDatabaseAsync(string connectionString, long eventId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT species FROM animal_events WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = eventId });
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
