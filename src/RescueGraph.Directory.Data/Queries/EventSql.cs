using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Modeling;

namespace RescueGraph.Directory.Data.Queries;

/// <summary>
/// What the event aggregates share: one parameterized SQL statement under construction, the organization / center /
/// species conditions of an <see cref="EventFilter"/>, and running it through the context (so command interceptors
/// see it). The aggregates are hand-written SQL because they group by month ranges, count with <c>FILTER</c> and
/// reach the animal only when a row needs it, none of which LINQ expresses.
/// </summary>
internal sealed class EventSql
{
    private readonly List<NpgsqlParameter> _parameters = [];

    public EventSql(string select) => Text = new StringBuilder(select);

    public StringBuilder Text { get; }

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string Parameter(string name, NpgsqlDbType type, object value)
    {
        _parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        return "@" + name;
    }

    /// <summary>
    /// Appends <c>AND …</c> for the filter's organization, center and species (not its period). With
    /// <paramref name="animal"/> the animal is already joined under that alias; without, it is looked up by primary
    /// key only for the rows that need it (organization, center), so an unfiltered or species-filtered aggregate never
    /// reads the animals table.
    /// </summary>
    public void AppendFilters(EventFilter filter, string events, string? animal)
    {
        if (filter.OrganizationId is { } organizationId)
        {
            var value = Parameter("organization_id", NpgsqlDbType.Bigint, organizationId);
            Text.Append(animal is null
                ? $"\n  AND EXISTS (SELECT FROM animals x WHERE x.id = {events}.animal_id AND x.organization_id = {value})"
                : $"\n  AND {animal}.organization_id = {value}");
        }
        if (filter.CenterId is { } centerId)
        {
            var value = Parameter("center_id", NpgsqlDbType.Bigint, centerId);
            // An event without a recording center counts at the animal's center.
            Text.Append(animal is null
                ? $"\n  AND ({events}.center_id = {value} OR {events}.center_id IS NULL AND EXISTS (SELECT FROM animals x WHERE x.id = {events}.animal_id AND x.center_id = {value}))"
                : $"\n  AND COALESCE({events}.center_id, {animal}.center_id) = {value}");
        }
        if (filter.Species is { } species)
        {
            var value = Parameter("species", NpgsqlDbType.Text, EnumNames<Species>.ToName(species));
            // Events carry their animal's species (kept by the database), so no lookup either way.
            Text.Append($"\n  AND {events}.species = {value}");
        }
    }

    /// <summary>The center an event counts at: the one that recorded it, else the animal's (looked up only then).</summary>
    public static string EventCenter(string events) =>
        $"COALESCE({events}.center_id, (SELECT x.center_id FROM animals x WHERE x.id = {events}.animal_id))";

    /// <summary>A SQL list of stored enum names, e.g. <c>'adoption', 'returned_to_owner'</c>; names are constants, never input.</summary>
    public static string NameList<TEnum>(Func<TEnum, bool> include) where TEnum : struct, Enum
    {
        var list = new StringBuilder();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (!include(value)) continue;
            if (list.Length > 0) list.Append(", ");
            list.Append('\'').Append(EnumNames<TEnum>.ToName(value)).Append('\'');
        }
        return list.ToString();
    }

    public Task<List<TRow>> ToListAsync<TRow>(DirectoryDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<TRow>(Text.ToString(), [.. _parameters]).ToListAsync(cancellationToken);
}
