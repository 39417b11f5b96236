using Microsoft.EntityFrameworkCore;
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

/// <summary>Intake and outcome counts over the event timeline, one <c>GROUP BY</c> statement per call.</summary>
public static class EventStatistics
{
    /// <summary>
    /// Month-by-month intake counts by intake type and outcome counts by outcome type. An intake is an event with an
    /// intake type, an outcome one with an outcome type (an event carrying both counts as both). Every month of the
    /// period is present, in order, months without events included (with empty lists and zero totals).
    /// </summary>
    /// <param name="events">Usually <c>db.AnimalEvents</c>, possibly pre-filtered (e.g. by access rules); <paramref name="filter"/> is applied on top.</param>
    public static async Task<IReadOnlyList<MonthlyEventCounts>> MonthlyAsync(IQueryable<AnimalEvent> events, EventFilter filter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(filter);
        var timeZone = filter.TimeZone;
        var rows = await filter.Apply(events)
            .Where(e => e.IntakeType != null || e.OutcomeType != null)
            .GroupBy(e => new { Month = CalendarFunctions.MonthStart(e.OccurredAt, timeZone), e.IntakeType, e.OutcomeType })
            .Select(g => new { g.Key.Month, g.Key.IntakeType, g.Key.OutcomeType, Count = g.LongCount() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var months = filter.Months();
        var intakes = new List<TypeCount<IntakeType>>?[months.Length];
        var outcomes = new List<TypeCount<OutcomeType>>?[months.Length];
        foreach (var row in rows)
        {
            var index = Array.BinarySearch(months, row.Month);
            if (index < 0) continue; // unreachable: the period filter keeps every event inside one of these months
            if (row.IntakeType is { } intakeType) Add(ref intakes[index], intakeType, row.Count);
            if (row.OutcomeType is { } outcomeType) Add(ref outcomes[index], outcomeType, row.Count);
        }

        var result = new MonthlyEventCounts[months.Length];
        for (var i = 0; i < months.Length; i++)
        {
            result[i] = new MonthlyEventCounts
            {
                Month = months[i],
                Intakes = Sorted(intakes[i]),
                Outcomes = Sorted(outcomes[i]),
                IntakeTotal = Total(intakes[i]),
                OutcomeTotal = Total(outcomes[i]),
            };
        }
        return result;
    }

    // Two rows may share a type (an intake type paired with different outcome types), hence the merge.
    private static void Add<TType>(ref List<TypeCount<TType>>? counts, TType type, long count) where TType : struct, Enum
    {
        counts ??= [];
        for (var i = 0; i < counts.Count; i++)
        {
            if (!EqualityComparer<TType>.Default.Equals(counts[i].Type, type)) continue;
            counts[i] = counts[i] with { Count = counts[i].Count + count };
            return;
        }
        counts.Add(new TypeCount<TType>(type, count));
    }

    private static IReadOnlyList<TypeCount<TType>> Sorted<TType>(List<TypeCount<TType>>? counts) where TType : struct, Enum
    {
        if (counts is null) return [];
        counts.Sort((left, right) => Comparer<TType>.Default.Compare(left.Type, right.Type));
        return counts;
    }

    private static long Total<TType>(List<TypeCount<TType>>? counts) where TType : struct, Enum
    {
        long total = 0;
        if (counts is not null)
            foreach (var count in counts) total += count.Count;
        return total;
    }
}
