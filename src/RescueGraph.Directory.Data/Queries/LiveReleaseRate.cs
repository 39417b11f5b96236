using NpgsqlTypes;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Modeling;

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

    private static readonly string LiveNames = EventSql.NameList<OutcomeType>(IsLive);
    private static readonly string NonLiveNames = EventSql.NameList<OutcomeType>(outcome => !IsLive(outcome));
    // A scalar subquery (never turned into a hashed scan of all animals, as EXISTS may be) that AND reaches only for
    // shelter euthanasia: the animal is read for those rows alone.
    private static readonly string OwnerIntendedCondition =
        $"e.outcome_type = '{EnumNames<OutcomeType>.ToName(OutcomeType.ShelterEuthanasia)}' AND "
        + $"(SELECT x.intake_type FROM animals x WHERE x.id = e.animal_id) = '{EnumNames<IntakeType>.ToName(IntakeType.OwnerIntendedEuthanasia)}'";

    /// <summary>
    /// The rate per center and overall for <paramref name="filter"/>'s period, from one statement that groups the
    /// period's outcomes by center and counts live, non-live and owner-intended ones with <c>FILTER</c>: one row per
    /// center, all centers at once. The animal is read only for the rows that need it (shelter euthanasia, an event
    /// without a recording center, an organization or species filter). The overall row is the exact sum of the center rows.
    /// </summary>
    public static async Task<LiveReleaseRateReport> ComputeAsync(DirectoryDbContext db, EventFilter filter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new EventSql($"""
            SELECT center_id AS "CenterId",
                   count(*) FILTER (WHERE outcome_type IN ({LiveNames})) AS "Live",
                   count(*) FILTER (WHERE outcome_type IN ({NonLiveNames}) AND NOT owner_intended) AS "NonLive",
                   count(*) FILTER (WHERE owner_intended) AS "OwnerIntended"
            FROM (
                SELECT {EventSql.EventCenter("e")} AS center_id, e.outcome_type, {OwnerIntendedCondition} AS owner_intended
                FROM animal_events e
                WHERE e.outcome_type IS NOT NULL AND e.occurred_at >= @from AND e.occurred_at < @to
            """);
        sql.Parameter("from", NpgsqlDbType.TimestampTz, filter.FromInstant);
        sql.Parameter("to", NpgsqlDbType.TimestampTz, filter.ToInstant);
        sql.AppendFilters(filter, "e", animal: null);
        // OFFSET 0 keeps the subquery whole, so owner_intended is computed once per row, not once per FILTER using it.
        sql.Text.Append("\n    OFFSET 0\n) AS outcomes\nGROUP BY center_id\nORDER BY center_id");

        var rows = await sql.ToListAsync<CenterRow>(db, cancellationToken).ConfigureAwait(false);
        var centers = new LiveReleaseRateRow[rows.Count];
        long live = 0, nonLive = 0, ownerIntended = 0;
        for (var i = 0; i < centers.Length; i++)
        {
            var row = rows[i];
            centers[i] = new LiveReleaseRateRow
            {
                CenterId = row.CenterId, LiveOutcomes = row.Live, NonLiveOutcomes = row.NonLive, OwnerIntendedEuthanasia = row.OwnerIntended,
            };
            live += row.Live;
            nonLive += row.NonLive;
            ownerIntended += row.OwnerIntended;
        }
        var overall = new LiveReleaseRateRow { LiveOutcomes = live, NonLiveOutcomes = nonLive, OwnerIntendedEuthanasia = ownerIntended };
        return new LiveReleaseRateReport { Overall = overall, Centers = centers };
    }

    private sealed class CenterRow
    {
        public long CenterId { get; init; }
        public long Live { get; init; }
        public long NonLive { get; init; }
        public long OwnerIntended { get; init; }
    }
}
