using Microsoft.EntityFrameworkCore;
using RescueGraph.Directory.Api.GraphQL.Loading;
using RescueGraph.Directory.Data;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Queries;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Data;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;

namespace RescueGraph.Directory.Api.GraphQL.Types;

/// <summary>
/// The analysts' aggregates: grouped animal counts, and intake/outcome statistics over the event timeline. Each
/// aggregate is one statement built by <c>RescueGraph.Directory.Data.Queries</c> that returns aggregate rows only, run
/// once per request however many fields need it (per-request loaders keyed by the filter).
/// </summary>
internal static class StatisticsTypes
{
    public static void AddStatisticsFields(this ObjectTypeBuilder<object> query, DataSchema<DirectoryDbContext> data)
    {
        query.FieldAsync("animalStatistics", async (_, ctx) =>
            {
                var groupBy = ctx.Argument<AnimalGroupBy[]>("groupBy") ?? [];
                await using var db = await ctx.Service<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var animals = data.Where(db.VisibleAnimals.AsNoTracking(), ctx.Arguments.GetValueOrDefault("where"));
                try
                {
                    return await AnimalStatistics.GroupAsync(animals, groupBy, ctx.CancellationToken);
                }
                catch (ArgumentException exception)
                {
                    throw ArgumentErrors.InvalidArgument("groupBy", exception);
                }
            })
            .Type("[AnimalGroup!]!")
            .Argument("where", data.FilterInput<Animal>(), "Which published animals to count (as in `animals`).")
            .Argument("groupBy", "[AnimalGroupBy!]", "Dimensions to group by, each at most once; none gives one group with the total.")
            .Description("Published animals counted per combination of the `groupBy` dimensions, in one SQL `GROUP BY`. " +
                         "Groups are ordered by their keys in the order the dimensions are given.");

        query.Field("eventStatistics", (_, ctx) => EventFilterOf(ctx))
            .Type("EventStatistics!")
            .Argument("from", "Date!", "First day of the period (inclusive), in `timeZone`.")
            .Argument("to", "Date!", $"Day after the period (exclusive), in `timeZone`; at most {EventFilter.MaxMonths} months after `from`.")
            .Argument("timeZone", "String", "IANA time zone of the dates and month boundaries, e.g. `Asia/Seoul`.", "UTC")
            .Argument("organization", "ID", "Only animals this organization owns (its `id`).")
            .Argument("center", "ID", "Only events at this center (its `id`): the center that recorded the event, else the animal's.")
            .Argument("species", "Species", "Only animals of this species.")
            .Description("Intakes, outcomes, length of stay and live-release rate over a period, counted from every animal's " +
                         "timeline (unpublished animals included: only aggregates are returned).");
    }

    public static SchemaBuilder AddStatisticsTypes(this SchemaBuilder schema) => schema
        .Enum<AnimalGroupBy>(description: "A dimension to group animals by.", configure: values => values
            .Value(AnimalGroupBy.IntakeMonth, "The month of the intake date (its first day)."))
        .Object<AnimalGroup>("AnimalGroup", t =>
        {
            t.Description("One combination of the requested dimensions and how many animals have it; dimensions not requested are null.");
            t.Field("count", (g, _) => checked((int)g.Count)).Description("Number of animals in the group.");
            t.Field("species", g => g.Key.Species).Description("The species, when grouped by `SPECIES`.");
            t.Field("status", g => g.Key.Status).Description("The status, when grouped by `STATUS`.");
            t.Field("sex", g => g.Key.Sex).Description("The sex, when grouped by `SEX`.");
            t.Field("ageGroup", g => g.Key.AgeGroup).Description("The age group, when grouped by `AGE_GROUP`.");
            t.Field("size", g => g.Key.Size).Description("The size, when grouped by `SIZE` (null also for animals of unrecorded size).");
            t.OptionalReference("center", "RescueCenter", DirectoryLoaders.CenterById, g => g.Key.CenterId)
                .Description("The center, when grouped by `CENTER`.");
            t.OptionalReference("organization", "Organization", DirectoryLoaders.OrganizationById, g => g.Key.OrganizationId)
                .Description("The owning organization, when grouped by `ORGANIZATION`.");
            t.Field("intakeType", g => g.Key.IntakeType).Description("The intake type, when grouped by `INTAKE_TYPE`.");
            t.Field("intakeMonth", g => g.Key.IntakeMonth).Description("First day of the intake month, when grouped by `INTAKE_MONTH`.");
        })
        .Object<EventFilter>("EventStatistics", t =>
        {
            t.Description("Statistics of one period; each field is computed by one SQL statement, only when selected, and shared " +
                          "by every `eventStatistics` of the request that asks the same.");
            t.Field("from", f => f.From).Description("First day of the period.");
            t.Field("to", f => f.To).Description("Day after the period.");
            t.Field("timeZone", f => f.TimeZone).Description("Time zone of the dates and month boundaries.");
            t.FieldAsync("months", async (filter, ctx) =>
                {
                    // Every eventStatistics of the request with the same period and organization/center shares one
                    // statement: the species-specific ones read their species out of a table split by species.
                    var table = await BatchLoading.LoadAsync(ctx, MonthlyLoader, new MonthlyKey(filter with { Species = null }, filter.Species is not null),
                        FetchMonthlyTablesAsync);
                    return table!.For(filter.Species);
                })
                .Type("[MonthlyEventCounts!]!")
                .Description("Every month the period touches, in order: intakes by intake type and outcomes by outcome type.");
            t.FieldAsync("lengthOfStay", async (filter, ctx) =>
                {
                    var rows = await BatchLoading.LoadAsync(ctx, LengthOfStayLoader, filter, (db, filters, cancellationToken) =>
                        EachAsync(filters, filter => LengthOfStay.ComputeAsync(db, filter, LengthOfStayGroupBy.None, cancellationToken)));
                    return rows!.Count == 0 ? null : rows[0];
                })
                .Type("LengthOfStay")
                .Description("How long animals stayed, over the outcomes of the period: from the latest intake before the outcome " +
                             "(else the intake date) to the outcome. Null when the period has no outcome.");
            t.FieldAsync("liveReleaseRate", async (filter, ctx) =>
                    (await BatchLoading.LoadAsync(ctx, LiveReleaseRateLoader, filter, (db, filters, cancellationToken) =>
                        EachAsync(filters, filter => LiveReleaseRate.ComputeAsync(db, filter, cancellationToken))))!)
                .Type("LiveReleaseReport!")
                .Description("Live-release rate overall and per center. " + LiveReleaseRate.Definition);
        })
        .Object<MonthlyEventCounts>("MonthlyEventCounts", t =>
        {
            t.Description("Intakes and outcomes of one month, by Shelter Animals Count type (types without events are left out).");
            t.Field("month", m => m.Month).Description("First day of the month.");
            t.Field("intakes", (m, _) => m.Intakes).Type("[IntakeCount!]!").Description("Intakes by intake type.");
            t.Field("outcomes", (m, _) => m.Outcomes).Type("[OutcomeCount!]!").Description("Outcomes by outcome type.");
            t.Field("intakeTotal", (m, _) => checked((int)m.IntakeTotal)).Description("All intakes of the month.");
            t.Field("outcomeTotal", (m, _) => checked((int)m.OutcomeTotal)).Description("All outcomes of the month.");
        })
        .Object<TypeCount<IntakeType>>("IntakeCount", t =>
        {
            t.Description("How many intakes of one type.");
            t.Field("type", c => c.Type).Description("The intake type.");
            t.Field("count", (c, _) => checked((int)c.Count)).Description("Number of intakes.");
        })
        .Object<TypeCount<OutcomeType>>("OutcomeCount", t =>
        {
            t.Description("How many outcomes of one type.");
            t.Field("type", c => c.Type).Description("The outcome type.");
            t.Field("count", (c, _) => checked((int)c.Count)).Description("Number of outcomes.");
        })
        .Object<LengthOfStayRow>("LengthOfStay", t =>
        {
            t.Description("Length of stay in days (fractional).");
            t.Field("stays", (r, _) => checked((int)r.Stays)).Description("Number of stays (outcomes) measured.");
            t.Field("meanDays", r => r.MeanDays).Description("Mean length of stay.");
            t.Field("medianDays", r => r.MedianDays).Description("Median length of stay (interpolated, `percentile_cont(0.5)`).");
            t.Field("p90Days", r => r.P90Days).Description("90th percentile: nine stays in ten were at most this long.");
        })
        .Object<LiveReleaseRateReport>("LiveReleaseReport", t =>
        {
            t.Description("Live-release rate of a period. " + LiveReleaseRate.Definition);
            t.Field("overall", r => new CenterRate(r.Overall, null)).Description("All centers together.");
            t.FieldAsync("byCenter", (r, ctx) => WithCentersAsync(r, ctx))
                .Type("[LiveReleaseRate!]!").Description("One entry per center with outcomes in the period.");
        })
        .Object<CenterRate>("LiveReleaseRate", t =>
        {
            t.Description("Outcome counts of one center, or of all, and the live-release rate they give.");
            t.Field("rate", r => r.Rate.Rate).Description(LiveReleaseRate.Definition);
            t.Field("liveOutcomes", (r, _) => checked((int)r.Rate.LiveOutcomes))
                .Description("Adoption, returned to owner, transferred out, returned to field, other live outcome.");
            t.Field("nonLiveOutcomes", (r, _) => checked((int)r.Rate.NonLiveOutcomes))
                .Description("Died in care, lost in care, shelter euthanasia (owner-intended euthanasia excluded).");
            t.Field("totalOutcomes", (r, _) => checked((int)r.Rate.TotalOutcomes)).Description("`liveOutcomes` + `nonLiveOutcomes`: the rate's denominator.");
            t.Field("ownerIntendedEuthanasia", (r, _) => checked((int)r.Rate.OwnerIntendedEuthanasia))
                .Description("Euthanasia of animals taken in as owner-intended euthanasia: reported, but outside the rate.");
            t.Field("center", (r, _) => r.Center).Type("RescueCenter").Description("The center; null on the overall entry.");
        });

    /// <summary>One row of a live-release report with its center, when the request selects it.</summary>
    private sealed record CenterRate(LiveReleaseRateRow Rate, RescueCenter? Center);

    /// <summary>
    /// The report's center rows with their centers, read by one statement for the whole list when <c>center</c> is
    /// selected. A report covers every center with outcomes (thousands): resolving each row's center through a
    /// per-item loader would cost a pending task per row, which here costs more than the aggregate itself.
    /// </summary>
    private static async ValueTask<CenterRate[]> WithCentersAsync(LiveReleaseRateReport report, IResolveFieldContext context)
    {
        var rows = report.Centers;
        var result = new CenterRate[rows.Count];
        Dictionary<long, RescueCenter>? centers = null;
        if (rows.Count > 0 && Selects(context, "center"))
        {
            var ids = new long[rows.Count];
            for (var i = 0; i < ids.Length; i++) ids[i] = rows[i].CenterId!.Value;
            await using var db = await context.Service<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(context.CancellationToken);
            centers = await db.RescueCenters.AsNoTracking().Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, context.CancellationToken);
        }
        for (var i = 0; i < result.Length; i++)
            result[i] = new CenterRate(rows[i], centers is not null && centers.TryGetValue(rows[i].CenterId!.Value, out var center) ? center : null);
        return result;
    }

    /// <summary>Whether the field's selection set asks for <paramref name="name"/>, directly or through fragments.</summary>
    private static bool Selects(IResolveFieldContext context, string name)
    {
        foreach (var node in context.FieldNodes)
            if (node.SelectionSet is { } selections && Selects(selections, name, context.Fragments, depth: 0)) return true;
        return false;
    }

    private static bool Selects(SelectionSetNode selections, string name, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, int depth)
    {
        // Validation rejects fragment cycles; the bound only guards against a document that skipped it.
        if (depth > 16) return true;
        foreach (var selection in selections.Selections)
        {
            var found = selection switch
            {
                FieldNode field => field.Name.Value == name,
                InlineFragmentNode inline => Selects(inline.SelectionSet, name, fragments, depth + 1),
                FragmentSpreadNode spread => fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && Selects(fragment.SelectionSet, name, fragments, depth + 1),
                _ => false,
            };
            if (found) return true;
        }
        return false;
    }

    private static EventFilter EventFilterOf(IResolveFieldContext context)
    {
        var organization = OptionalKey(context, "organization", "Organization");
        var center = OptionalKey(context, "center", "RescueCenter");
        try
        {
            return new EventFilter(context.Argument<DateOnly>("from"), context.Argument<DateOnly>("to"), context.Argument<string>("timeZone") ?? "UTC")
            {
                OrganizationId = organization,
                CenterId = center,
                Species = context.Argument<Species?>("species"),
            };
        }
        catch (ArgumentException exception)
        {
            throw ArgumentErrors.InvalidArgument(exception.ParamName == "timeZone" ? "timeZone" : "to", exception);
        }
    }

    private static long? OptionalKey(IResolveFieldContext context, string argument, string typeName) =>
        context.Argument<string>(argument) is not { } id ? null
            : SchemaBuilderExtensions.ParseNodeKey(id, typeName) ?? throw DataErrors.InvalidNodeId(id);

    private const string MonthlyLoader = "EventStatistics.months";
    private const string LengthOfStayLoader = "EventStatistics.lengthOfStay";
    private const string LiveReleaseRateLoader = "EventStatistics.liveReleaseRate";

    /// <summary>The statement behind <c>months</c>: a filter without species, and whether a field asked for one species.</summary>
    private readonly record struct MonthlyKey(EventFilter Filter, bool BySpecies);

    /// <summary>
    /// One statement per distinct filter: when both species-specific and all-species months of the same filter are
    /// asked for, the table split by species serves both (its all-species months are the sum of the species).
    /// </summary>
    private static async Task<IReadOnlyDictionary<MonthlyKey, MonthlyEventTable>> FetchMonthlyTablesAsync(DirectoryDbContext db,
        MonthlyKey[] keys, CancellationToken cancellationToken)
    {
        var tables = new Dictionary<MonthlyKey, MonthlyEventTable>(keys.Length);
        foreach (var key in keys)
        {
            if (tables.ContainsKey(key)) continue;
            var bySpecies = key.BySpecies || Array.IndexOf(keys, key with { BySpecies = true }) >= 0;
            var table = await EventStatistics.MonthlyTableAsync(db, key.Filter, bySpecies, cancellationToken);
            tables[key with { BySpecies = bySpecies }] = table;
            if (bySpecies) tables[key with { BySpecies = false }] = table;
        }
        return tables;
    }

    // Statements of one batch run one after another: they share the batch's context.
    private static async Task<IReadOnlyDictionary<EventFilter, TResult>> EachAsync<TResult>(EventFilter[] filters,
        Func<EventFilter, Task<TResult>> compute)
    {
        var results = new Dictionary<EventFilter, TResult>(filters.Length);
        foreach (var filter in filters) results[filter] = await compute(filter);
        return results;
    }
}
