using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Data.Tests.Queries;

/// <summary>A fresh migrated database whose contexts record every SQL statement they send.</summary>
public sealed class QueryDatabase
{
    private readonly DbContextOptions<DirectoryDbContext> _options;

    public QueryDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        _options = new DbContextOptionsBuilder<DirectoryDbContext>(DirectoryDataServiceCollectionExtensions.CreateDirectoryDbOptions(connectionString))
            .AddInterceptors(Statements)
            .Options;
    }

    public string ConnectionString { get; }

    public StatementLog Statements { get; } = new();

    public DirectoryDbContext CreateContext() => new(_options);

    public async Task SaveAsync(params object[] entities)
    {
        await using var context = CreateContext();
        context.AddRange(entities);
        await context.SaveChangesAsync();
        Statements.Clear();
    }

    public static Organization Organization(string slug) => new() { Name = slug, Slug = slug, Kind = OrganizationKind.Rescue, Country = "KR" };

    public static RescueCenter Center(Organization organization, string slug, double? latitude, double? longitude) => new()
    {
        Organization = organization, Name = slug, Slug = slug, City = slug, Country = "KR", Latitude = latitude, Longitude = longitude,
    };

    public static Animal Animal(RescueCenter center, string name, Species species = Species.Dog, DateOnly? intakeDate = null,
        IntakeType intakeType = IntakeType.StrayAtLarge) => new()
    {
        Center = center, Organization = center.Organization, Name = name, Species = species, Sex = AnimalSex.Female,
        AgeGroup = AgeGroup.Adult, Status = AnimalStatus.Available, StatusChangedAt = DateTimeOffset.UnixEpoch,
        IntakeDate = intakeDate ?? new DateOnly(2024, 1, 1), IntakeType = intakeType,
    };
}

/// <summary>Commands sent through the contexts, to check that an aggregate costs exactly one statement.</summary>
public sealed class StatementLog : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands { get { lock (_commands) return [.. _commands]; } }

    public void Clear() { lock (_commands) _commands.Clear(); }

    public string Single() => Assert.Single(Commands);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        lock (_commands) _commands.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        lock (_commands) _commands.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
