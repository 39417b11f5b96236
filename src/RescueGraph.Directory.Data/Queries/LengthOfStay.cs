using NpgsqlTypes;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Modeling;

namespace RescueGraph.Directory.Data.Queries;

[Flags]
public enum LengthOfStayGroupBy { None = 0, Species = 1, Center = 2 }

/// <summary>Length-of-stay statistics of one group, in days (fractional).</summary>
public sealed class LengthOfStayRow
{
    /// <summary>Set when grouped by species.</summary>
    public Species? Species { get; init; }
    /// <summary>Set when grouped by center: the center that recorded the outcome (or the animal's center).</summary>
    public long? CenterId { get; init; }
    /// <summary>Number of stays (outcomes) measured.</summary>
    public long Stays { get; init; }
    public double MeanDays { get; init; }
    public double MedianDays { get; init; }
    /// <summary>90th percentile: nine stays in ten were at most this long.</summary>
    public double P90Days { get; init; }
}

/// <summary>
/// Length of stay: for every outcome in the period, the time from the animal's latest intake event at or before
/// that outcome (or, when none was recorded, from midnight of its intake date in the filter's time zone) to the
/// outcome. Median and 90th percentile are <c>percentile_cont</c> (interpolated), the mean is <c>avg</c>; all in one
/// parameterized SQL statement (ordered-set aggregates have no LINQ form).
/// </summary>
public static class LengthOfStay
{
    public static async Task<IReadOnlyList<LengthOfStayRow>> ComputeAsync(DirectoryDbContext db, EventFilter filter,
        LengthOfStayGroupBy groupBy = LengthOfStayGroupBy.None, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        if ((groupBy & ~(LengthOfStayGroupBy.Species | LengthOfStayGroupBy.Center)) != 0)
            throw new ArgumentException($"Unknown grouping {groupBy}.", nameof(groupBy));

        var bySpecies = (groupBy & LengthOfStayGroupBy.Species) != 0;
        var byCenter = (groupBy & LengthOfStayGroupBy.Center) != 0;
        var sql = new EventSql($"""
            SELECT {(bySpecies ? "species" : "NULL::text")} AS "Species", {(byCenter ? "center_id" : "NULL::bigint")} AS "CenterId",
                   count(*) AS "Stays", avg(days) AS "MeanDays",
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS "MedianDays",
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS "P90Days"
            FROM (
                SELECT o.species, COALESCE(o.center_id, a.center_id) AS center_id,
                       extract(epoch FROM o.occurred_at - COALESCE(i.occurred_at, timezone(@time_zone, a.intake_date::timestamp)))::double precision / 86400 AS days
                FROM animal_events o
                JOIN animals a ON a.id = o.animal_id
                LEFT JOIN LATERAL (
                    SELECT ie.occurred_at FROM animal_events ie
                    WHERE ie.animal_id = o.animal_id AND ie.intake_type IS NOT NULL AND ie.occurred_at <= o.occurred_at
                    ORDER BY ie.occurred_at DESC
                    LIMIT 1) i ON true
                WHERE o.outcome_type IS NOT NULL AND o.occurred_at >= @from AND o.occurred_at < @to
            """);
        sql.Parameter("from", NpgsqlDbType.TimestampTz, filter.FromInstant);
        sql.Parameter("to", NpgsqlDbType.TimestampTz, filter.ToInstant);
        sql.Parameter("time_zone", NpgsqlDbType.Text, filter.TimeZone);
        sql.AppendFilters(filter, "o", "a");
        sql.Text.Append("\n) AS stays");
        if (bySpecies || byCenter)
            sql.Text.Append(bySpecies && byCenter ? "\nGROUP BY species, center_id" : bySpecies ? "\nGROUP BY species" : "\nGROUP BY center_id");

        var records = await sql.ToListAsync<StayRecord>(db, cancellationToken).ConfigureAwait(false);

        var rows = new List<LengthOfStayRow>(records.Count);
        foreach (var record in records)
        {
            if (record.Stays == 0) continue; // the ungrouped aggregate yields one all-null row when nothing matched
            rows.Add(new LengthOfStayRow
            {
                Species = record.Species is null ? null : EnumNames<Species>.Parse(record.Species),
                CenterId = record.CenterId,
                Stays = record.Stays,
                MeanDays = record.MeanDays!.Value,
                MedianDays = record.MedianDays!.Value,
                P90Days = record.P90Days!.Value,
            });
        }
        rows.Sort(static (left, right) =>
        {
            var order = Nullable.Compare(left.Species, right.Species);
            return order != 0 ? order : Nullable.Compare(left.CenterId, right.CenterId);
        });
        return rows;
    }

    private sealed class StayRecord
    {
        public string? Species { get; init; }
        public long? CenterId { get; init; }
        public long Stays { get; init; }
        public double? MeanDays { get; init; }
        public double? MedianDays { get; init; }
        public double? P90Days { get; init; }
    }
}
