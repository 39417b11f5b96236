using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RescueGraph.GraphQL.Data.Tests;

public enum Species { Dog, Cat, Rabbit }

public enum Temperament { Calm, Shy, Playful }

public class Shelter
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string City { get; set; } = "";
    public int? Capacity { get; set; }
    public List<Animal> Animals { get; set; } = [];

    /// <summary>A link entity keyed by two columns: not filterable through, and no obstacle to the schema build.</summary>
    public List<ShelterTag> Tags { get; set; } = [];
}

public class ShelterTag
{
    public long ShelterId { get; set; }
    public string Tag { get; set; } = "";
}

public class Animal
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public Species Species { get; set; }
    public string? Breed { get; set; }
    public int Age { get; set; }
    public decimal? WeightKg { get; set; }
    public double? Score { get; set; }
    public bool Adoptable { get; set; }
    public DateOnly? BirthDate { get; set; }
    public DateTimeOffset IntakeAt { get; set; }
    public Guid ExternalId { get; set; }

    /// <summary>Stored as text, as the directory stores its enums.</summary>
    public Temperament Temperament { get; set; }
    public string? SecretNotes { get; set; }
    public long? ShelterId { get; set; }
    public Shelter? Shelter { get; set; }
    public List<Photo> Photos { get; set; } = [];

    /// <summary>Computed in C#: EF Core cannot translate a filter on it.</summary>
    public string Label => Name + " (" + Species + ")";
}

public class Photo
{
    public long Id { get; set; }
    public long AnimalId { get; set; }
    public string Url { get; set; } = "";
    public int Width { get; set; }
}

public sealed class ShelterDb(DbContextOptions<ShelterDb> options) : DbContext(options)
{
    public DbSet<Shelter> Shelters => Set<Shelter>();
    public DbSet<Animal> Animals => Set<Animal>();
    public DbSet<Photo> Photos => Set<Photo>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        // Unique, as a slug would be: a filter naming a shelter by it is a scalar subquery on the foreign key, not a join.
        model.Entity<Shelter>().HasIndex(s => s.Name).IsUnique();
        model.Entity<ShelterTag>().HasKey(t => new { t.ShelterId, t.Tag });
        model.Entity<Animal>().Ignore(a => a.Label);
        model.Entity<Animal>().Property(a => a.Temperament).HasConversion<string>();
        model.Entity<Animal>().HasOne(a => a.Shelter).WithMany(s => s.Animals).HasForeignKey(a => a.ShelterId);
        model.Entity<Photo>().HasOne<Animal>().WithMany(a => a.Photos).HasForeignKey(p => p.AnimalId);
    }
}

/// <summary>Records every SQL statement, so tests can count statements and read the columns selected.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly List<string> _statements = [];

    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements) return [.. _statements];
        }
    }

    public void Clear()
    {
        lock (_statements) _statements.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        lock (_statements) _statements.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        lock (_statements) _statements.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }
}

/// <summary>One context per call, all logging into one <see cref="SqlLog"/>.</summary>
public sealed class ShelterDbFactory(string connectionString, SqlLog log) : IDbContextFactory<ShelterDb>
{
    public int Created;

    public ShelterDb CreateDbContext()
    {
        Interlocked.Increment(ref Created);
        return new ShelterDb(new DbContextOptionsBuilder<ShelterDb>().UseNpgsql(connectionString).AddInterceptors(log).Options);
    }
}
