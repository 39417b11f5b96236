namespace RescueGraph.GraphQL.Analysis;

/// <summary>
/// Static cost analysis settings (HotChocolate 14's <c>CostOptions</c>): operations whose field cost or type
/// cost exceeds the maximum are refused before anything executes.
/// </summary>
public sealed class CostOptions
{
    /// <summary>Largest allowed field cost (the work resolvers do). Default 1000.</summary>
    public double MaxFieldCost { get; init; } = 1_000;

    /// <summary>Largest allowed type cost (the objects the response may hold). Default 1000.</summary>
    public double MaxTypeCost { get; init; } = 1_000;

    /// <summary>Whether operations over a limit are refused; when false, costs are only computed and reported.</summary>
    public bool EnforceCostLimits { get; init; } = true;

    /// <summary>
    /// Whether the schema-wide defaults below apply to fields without their own <c>@cost</c>/<c>@listSize</c>:
    /// resolver-backed fields cost <see cref="DefaultResolverCost"/> and connection fields get a list size.
    /// </summary>
    public bool ApplyCostDefaults { get; init; } = true;

    /// <summary>
    /// Weight of a field computed by a resolver of its own (one that may reach a database) rather than read from
    /// its parent object, as HotChocolate weighs async resolvers. Default 10.
    /// </summary>
    public double DefaultResolverCost { get; init; } = 10;

    /// <summary>
    /// Assumed item count of a connection field (HotChocolate: the paging <c>MaxPageSize</c>, default 50), used when
    /// no slicing argument and no slicing default applies.
    /// </summary>
    public int DefaultConnectionAssumedSize { get; init; } = 50;

    /// <summary>
    /// Item count assumed for a connection requested without <c>first</c>/<c>last</c> (HotChocolate's
    /// <c>slicingArgumentDefaultValue</c> = paging <c>DefaultPageSize</c>, default 10); null uses the assumed size.
    /// </summary>
    public int? DefaultConnectionPageSize { get; init; } = 10;

    private CostLimits? _limits;

    /// <summary>These options' limits, the ones a request without its own <c>GraphQLRequest.CostLimits</c> gets (built once: the options are immutable).</summary>
    public CostLimits Limits => _limits ??= new CostLimits(MaxFieldCost, MaxTypeCost, EnforceCostLimits);
}

/// <summary>The limits applied to one request; a request may carry its own to override the executor's.</summary>
public sealed record CostLimits(double MaxFieldCost, double MaxTypeCost, bool EnforceCostLimits = true);

/// <summary>The computed cost of one operation (HotChocolate's <c>CostMetrics</c>).</summary>
public readonly record struct CostMetrics(double FieldCost, double TypeCost);

/// <summary>What the caller wants besides execution (HotChocolate's <c>GraphQL-Cost</c> request header).</summary>
public enum CostReportMode
{
    /// <summary>Enforce limits; report nothing.</summary>
    None,

    /// <summary>Execute and add <c>extensions.operationCost</c> to the response (<c>GraphQL-Cost: report</c>).</summary>
    Report,

    /// <summary>Compute and report the cost without executing (<c>GraphQL-Cost: validate</c>).</summary>
    Validate,
}
