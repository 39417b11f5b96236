using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Data.Queries;

/// <summary>Outcome counts of one center (or of all, for the overall row) and the live-release rate they give.</summary>
public sealed class LiveReleaseRateRow
{
    /// <summary>The center; null on the overall row.</summary>
    public long? CenterId { get; init; }
    /// <summary>Adoption, returned to owner, transferred out, returned to field, other live outcome.</summary>
    public long LiveOutcomes { get; init; }
    /// <summary>Died in care, lost in care, shelter euthanasia (except owner-intended euthanasia).</summary>
    public long NonLiveOutcomes { get; init; }
    /// <summary>Euthanasia of animals taken in as owner-intended euthanasia: reported, but outside the rate.</summary>
    public long OwnerIntendedEuthanasia { get; init; }
    public long TotalOutcomes => LiveOutcomes + NonLiveOutcomes;
    /// <summary><see cref="LiveReleaseRate.Definition"/>; null when there is no counted outcome.</summary>
    public double? Rate => TotalOutcomes == 0 ? null : (double)LiveOutcomes / TotalOutcomes;
}

public sealed class LiveReleaseRateReport
{
    public LiveReleaseRateRow Overall { get; init; } = null!;
    /// <summary>One row per center with at least one outcome in the period, by ascending center id.</summary>
    public IReadOnlyList<LiveReleaseRateRow> Centers { get; init; } = [];
}

/// <summary>
/// Live-release rate as Shelter Animals Count defines it: live outcomes ÷ all outcomes, where live outcomes are
/// adoption + returned to owner + transferred out + returned to field + other live outcome, and all outcomes are the
/// live outcomes + died in care + lost in care + shelter euthanasia. Owner-intended euthanasia (euthanasia of an
/// animal whose owner brought it in to be euthanised, i.e. taken in as owner-intended euthanasia) is excluded from
/// both, as SAC excludes it. Outcomes are counted when they occur within the period, at the center that recorded them.
/// </summary>
public static class LiveReleaseRate
{
    /// <summary>The formula as one sentence, for API field descriptions.</summary>
    public const string Definition =
        "Live outcomes ÷ all outcomes, per Shelter Animals Count: live outcomes = adoption + returned to owner + transferred out "
        + "+ returned to field + other live outcome; all outcomes = live outcomes + died in care + lost in care + shelter euthanasia; "
        + "euthanasia of animals taken in as owner-intended euthanasia is excluded from both. Null when there is no outcome.";

    public static bool IsLive(OutcomeType outcome) => outcome <= OutcomeType.OtherLiveOutcome;

    /// <summary>
    /// The rate per center and overall for <paramref name="filter"/>'s period, from one <c>GROUP BY</c> statement
    /// (center × outcome type × owner-intended); the overall row is the exact sum of the center rows.
    /// </summary>
    /// <param name="events">Usually <c>db.AnimalEvents</c>; <paramref name="filter"/> is applied on top.</param>
    public static async Task<LiveReleaseRateReport> ComputeAsync(IQueryable<AnimalEvent> events, EventFilter filter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(filter);
        var rows = await filter.Apply(events)
            .Where(e => e.OutcomeType != null)
            .GroupBy(e => new
            {
                CenterId = e.CenterId ?? e.Animal.CenterId,
                OutcomeType = e.OutcomeType!.Value,
                OwnerIntended = e.OutcomeType == OutcomeType.ShelterEuthanasia && e.Animal.IntakeType == IntakeType.OwnerIntendedEuthanasia,
            })
            .Select(g => new { g.Key.CenterId, g.Key.OutcomeType, g.Key.OwnerIntended, Count = g.LongCount() })
            .OrderBy(r => r.CenterId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var centers = new List<LiveReleaseRateRow>();
        var overall = new Tally();
        var current = new Tally();
        long? centerId = null;
        foreach (var row in rows)
        {
            if (centerId != row.CenterId)
            {
                if (centerId is not null) centers.Add(current.ToRow(centerId));
                centerId = row.CenterId;
                current = new Tally();
            }
            current.Add(row.OutcomeType, row.OwnerIntended, row.Count);
            overall.Add(row.OutcomeType, row.OwnerIntended, row.Count);
        }
        if (centerId is not null) centers.Add(current.ToRow(centerId));
        return new LiveReleaseRateReport { Overall = overall.ToRow(null), Centers = centers };
    }

    private struct Tally
    {
        private long _live, _nonLive, _ownerIntended;

        public void Add(OutcomeType outcome, bool ownerIntended, long count)
        {
            if (ownerIntended) _ownerIntended += count;
            else if (IsLive(outcome)) _live += count;
            else _nonLive += count;
        }

        public readonly LiveReleaseRateRow ToRow(long? centerId) =>
            new() { CenterId = centerId, LiveOutcomes = _live, NonLiveOutcomes = _nonLive, OwnerIntendedEuthanasia = _ownerIntended };
    }
}
