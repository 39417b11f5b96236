using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Data.Queries;

/// <summary>
/// The slice of the event timeline an analyst asks about: events from <see cref="From"/> (inclusive) to
/// <see cref="To"/> (exclusive), both local dates in <see cref="TimeZone"/>, optionally narrowed to one
/// organization (the animal's owner), one center (the center that recorded the event, or the animal's center when
/// none was recorded) and one species. Month boundaries are also taken in <see cref="TimeZone"/>.
/// </summary>
public sealed record EventFilter
{
    /// <summary>Longest period accepted, so one request cannot ask for centuries of months.</summary>
    public const int MaxMonths = 120;

    public EventFilter(DateOnly from, DateOnly to, string timeZone = "UTC")
    {
        if (to <= from) throw new ArgumentException($"The period must end after it starts ({from:yyyy-MM-dd} to {to:yyyy-MM-dd}).", nameof(to));
        if (from.AddMonths(MaxMonths) < to) throw new ArgumentException($"The period may span at most {MaxMonths} months.", nameof(to));
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZone);
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ArgumentException($"'{timeZone}' is not a known time zone; use an IANA name such as 'Asia/Seoul' or 'UTC'.", nameof(timeZone));
        }
        // .NET also resolves Windows names ("Korea Standard Time"), which PostgreSQL would reject mid-query.
        if (!zone.HasIanaId)
            throw new ArgumentException($"'{timeZone}' is not an IANA time zone name; use one such as 'Asia/Seoul' or 'UTC'.", nameof(timeZone));
        From = from;
        To = to;
        TimeZone = timeZone;
        FromInstant = StartOfDay(from, zone);
        ToInstant = StartOfDay(to, zone);
    }

    /// <summary>An analyst's calendar year.</summary>
    public static EventFilter Year(int year, string timeZone = "UTC") => new(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), timeZone);

    public DateOnly From { get; }
    public DateOnly To { get; }
    /// <summary>IANA time zone name, e.g. "Asia/Seoul".</summary>
    public string TimeZone { get; }
    public long? OrganizationId { get; init; }
    public long? CenterId { get; init; }
    public Species? Species { get; init; }

    /// <summary>The instants the local period starts and ends at.</summary>
    public DateTimeOffset FromInstant { get; }
    public DateTimeOffset ToInstant { get; }

    /// <summary>The first day of every month the period touches, in order.</summary>
    public DateOnly[] Months()
    {
        var first = new DateOnly(From.Year, From.Month, 1);
        var last = To.AddDays(-1);
        var count = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        var months = new DateOnly[count];
        for (var i = 0; i < count; i++) months[i] = first.AddMonths(i);
        return months;
    }

    /// <summary>
    /// The instants the period's months start at, clipped to the period, plus the period's end: month
    /// <c>i</c> of <see cref="Months"/> is <c>[bounds[i], bounds[i + 1])</c>. Computed here, so the database compares
    /// instants against an index instead of converting every event's timestamp to local time.
    /// </summary>
    public DateTimeOffset[] MonthBounds()
    {
        var months = Months();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var bounds = new DateTimeOffset[months.Length + 1];
        bounds[0] = FromInstant;
        for (var i = 1; i < months.Length; i++) bounds[i] = StartOfDay(months[i], zone);
        bounds[months.Length] = ToInstant;
        return bounds;
    }

    private static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A midnight skipped by a DST jump does not exist; the day then starts at the first valid instant after it.
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
