using System.Runtime.CompilerServices;
using NpgsqlTypes;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Modeling;

namespace RescueGraph.Directory.Data.Queries;

public readonly record struct TypeCount<TType>(TType Type, long Count) where TType : struct, Enum;

/// <summary>One month of intakes and outcomes, by Shelter Animals Count type (types with no event are left out).</summary>
public sealed class MonthlyEventCounts
{
    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; init; }
    public IReadOnlyList<TypeCount<IntakeType>> Intakes { get; init; } = [];
    public IReadOnlyList<TypeCount<OutcomeType>> Outcomes { get; init; } = [];
    public long IntakeTotal { get; init; }
    public long OutcomeTotal { get; init; }
}

/// <summary>
/// The month × intake type and month × outcome type counts of one period, optionally split by species: the result of
/// one aggregate statement, from which the months of every species (or of all) are read without another query.
/// </summary>
public sealed class MonthlyEventTable
{
    private static readonly int IntakeTypes = EnumNames<IntakeType>.Names.Length;
    private static readonly int OutcomeTypes = EnumNames<OutcomeType>.Names.Length;
    private static readonly int SpeciesCount = EnumNames<Species>.Names.Length;

    private readonly DateOnly[] _months;
    // [month][species slot][intake types, then outcome types]; one slot when not split by species.
    private readonly long[] _counts;
    private readonly int _slots;

    internal MonthlyEventTable(DateOnly[] months, bool bySpecies)
    {
        _months = months;
        BySpecies = bySpecies;
        _slots = bySpecies ? SpeciesCount : 1;
        _counts = new long[months.Length * _slots * (IntakeTypes + OutcomeTypes)];
    }

    /// <summary>Whether the counts are split by species, i.e. <see cref="For"/> accepts a species.</summary>
    public bool BySpecies { get; }

    internal void Add(int month, Species? species, IntakeType? intake, OutcomeType? outcome, long count)
    {
        var row = Offset(month, species is { } s && BySpecies ? (int)s : 0);
        if (intake is { } intakeType) _counts[row + (int)intakeType] += count;
        if (outcome is { } outcomeType) _counts[row + IntakeTypes + (int)outcomeType] += count;
    }

    /// <summary>Every month of the period, in order, for one species or (null) for all.</summary>
    /// <exception cref="InvalidOperationException">A species was asked of a table not split by species.</exception>
    public IReadOnlyList<MonthlyEventCounts> For(Species? species)
    {
        if (species is not null && !BySpecies) throw new InvalidOperationException("These counts are not split by species.");
        var result = new MonthlyEventCounts[_months.Length];
        var sums = new long[IntakeTypes + OutcomeTypes];
        for (var month = 0; month < _months.Length; month++)
        {
            Array.Clear(sums);
            for (var slot = 0; slot < _slots; slot++)
            {
                if (species is { } wanted && slot != (int)wanted) continue;
                var row = Offset(month, slot);
                for (var i = 0; i < sums.Length; i++) sums[i] += _counts[row + i];
            }
            var intakes = Counts<IntakeType>(sums, 0, IntakeTypes, out var intakeTotal);
            var outcomes = Counts<OutcomeType>(sums, IntakeTypes, OutcomeTypes, out var outcomeTotal);
            result[month] = new MonthlyEventCounts
            {
                Month = _months[month], Intakes = intakes, Outcomes = outcomes, IntakeTotal = intakeTotal, OutcomeTotal = outcomeTotal,
            };
        }
        return result;
    }

    private int Offset(int month, int slot) => (month * _slots + slot) * (IntakeTypes + OutcomeTypes);

    // Types in declaration order, those without events left out.
    private static TypeCount<TType>[] Counts<TType>(long[] sums, int start, int length, out long total) where TType : struct, Enum
    {
        var present = 0;
        total = 0;
        for (var i = 0; i < length; i++)
        {
            if (sums[start + i] == 0) continue;
            present++;
            total += sums[start + i];
        }
        if (present == 0) return [];
        var counts = new TypeCount<TType>[present];
        var next = 0;
        for (var i = 0; i < length; i++)
        {
            var type = i; // the project's enums are int-based and numbered 0..n-1 (EnumNames checks)
            if (sums[start + i] != 0) counts[next++] = new TypeCount<TType>(Unsafe.As<int, TType>(ref type), sums[start + i]);
        }
        return counts;
    }
}

/// <summary>Intake and outcome counts over the event timeline: one aggregate statement per call.</summary>
public static class EventStatistics
{
    /// <summary>
    /// Month-by-month intake counts by intake type and outcome counts by outcome type. An intake is an event with an
    /// intake type, an outcome one with an outcome type (an event carrying both counts as both). Every month of the
    /// period is present, in order, months without events included (with empty lists and zero totals).
    /// </summary>
    public static async Task<IReadOnlyList<MonthlyEventCounts>> MonthlyAsync(DirectoryDbContext db, EventFilter filter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var table = await MonthlyTableAsync(db, filter with { Species = null }, bySpecies: filter.Species is not null, cancellationToken)
            .ConfigureAwait(false);
        return table.For(filter.Species);
    }

    /// <summary>
    /// The counts behind <see cref="MonthlyAsync"/> for <paramref name="filter"/> (its species included, if set), split by
    /// species when <paramref name="bySpecies"/>, in one <c>GROUP BY</c> statement that returns at most
    /// months × species × types rows: several species' months cost one statement. Events carry their animal's species,
    /// so with or without the split the statement reads one covering index only (unless an organization or center
    /// filter needs the animal).
    /// </summary>
    public static async Task<MonthlyEventTable> MonthlyTableAsync(DirectoryDbContext db, EventFilter filter, bool bySpecies,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var months = filter.Months();
        var bounds = filter.MonthBounds();
        var starts = new DateTimeOffset[months.Length];
        var ends = new DateTimeOffset[months.Length];
        Array.Copy(bounds, 0, starts, 0, months.Length);
        Array.Copy(bounds, 1, ends, 0, months.Length);

        var sql = new EventSql($"""
            SELECT m.month::int AS "Month", {(bySpecies ? "e.species" : "NULL::text")} AS "Species",
                   e.intake_type AS "IntakeType", e.outcome_type AS "OutcomeType", count(*) AS "Count"
            FROM unnest(@month_starts, @month_ends) WITH ORDINALITY AS m(starts, ends, month)
            JOIN animal_events e ON e.occurred_at >= m.starts AND e.occurred_at < m.ends
            """);
        sql.Parameter("month_starts", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, starts);
        sql.Parameter("month_ends", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, ends);
        sql.Text.Append("\nWHERE (e.intake_type IS NOT NULL OR e.outcome_type IS NOT NULL)");
        sql.AppendFilters(filter, "e", animal: null);
        sql.Text.Append("\nGROUP BY 1, 2, 3, 4");

        var rows = await sql.ToListAsync<MonthRow>(db, cancellationToken).ConfigureAwait(false);
        var table = new MonthlyEventTable(months, bySpecies);
        foreach (var row in rows)
        {
            table.Add(row.Month - 1, row.Species is null ? null : EnumNames<Species>.Parse(row.Species),
                row.IntakeType is null ? null : EnumNames<IntakeType>.Parse(row.IntakeType),
                row.OutcomeType is null ? null : EnumNames<OutcomeType>.Parse(row.OutcomeType), row.Count);
        }
        return table;
    }

    private sealed class MonthRow
    {
        /// <summary>1-based position in the period's months.</summary>
        public int Month { get; init; }
        public string? Species { get; init; }
        public string? IntakeType { get; init; }
        public string? OutcomeType { get; init; }
        public long Count { get; init; }
    }
}
