using RescueGraph.GraphQL.Analysis;

namespace RescueGraph.Directory.Api.Extensions;

/// <summary>
/// The limits that protect the directory service, from the configuration section <c>GraphQL</c> (appsettings, or
/// environment variables such as <c>GraphQL__ExecutionTimeout</c>). Defaults are HotChocolate 14's where it has one;
/// the README's "Security and limits" lists every key.
/// </summary>
public sealed class DirectoryGraphQLSettings
{
    public const string SectionName = "GraphQL";

    /// <summary>How long one request may execute; its database commands are cancelled with it (HotChocolate: 30 s).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deepest field nesting of an operation (introspection fields exempt). The deepest listing a partner needs is about 10.</summary>
    public int MaxExecutionDepth { get; set; } = 15;

    /// <summary>How often one field coordinate may recur on a path, e.g. <c>Organization.centers</c> (HotChocolate: 3).</summary>
    public int MaxFieldCycleDepth { get; set; } = MaxFieldCycleDepthRule.DefaultCycleLimit;

    /// <summary>Largest POST body in bytes (413 beyond). 1 MiB: a hand-written document is a few KiB.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Most lexical tokens one document may have (a syntax error beyond; GraphiQL's introspection query has about 300).</summary>
    public int MaxParserTokens { get; set; } = 15_000;

    /// <summary>Whether anonymous callers may introspect outside Development (authenticated callers always may). Production: false.</summary>
    public bool AllowAnonymousIntrospection { get; set; } = true;

    public DirectoryCostSettings Cost { get; set; } = new();
    public DirectoryPersistedDocumentSettings PersistedDocuments { get; set; } = new();
    public DirectoryRateLimitSettings RateLimit { get; set; } = new();
    public DirectoryCorsSettings Cors { get; set; } = new();

    /// <summary>Binds <see cref="SectionName"/>; missing keys keep the defaults above.</summary>
    public static DirectoryGraphQLSettings FromConfiguration(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<DirectoryGraphQLSettings>() ?? new DirectoryGraphQLSettings();
}

/// <summary><c>GraphQL:Cost</c>: the static cost budget, checked before anything executes.</summary>
public sealed class DirectoryCostSettings
{
    /// <summary>Largest field cost (resolver work) for anonymous and partner callers (HotChocolate: 1000).</summary>
    public double MaxFieldCost { get; set; } = 1_000;

    /// <summary>Largest type cost (objects in the response) for anonymous and partner callers (HotChocolate: 1000).</summary>
    public double MaxTypeCost { get; set; } = 1_000;

    /// <summary>How many times the budget analysts and admins get, for ad-hoc analysis.</summary>
    public double PrivilegedMultiplier { get; set; } = 10;

    /// <summary>Item count assumed for a connection without <c>first</c>/<c>last</c> limits (HotChocolate: MaxPageSize, 50).</summary>
    public int ConnectionAssumedSize { get; set; } = 50;

    /// <summary>When false, costs are computed and reported (<c>GraphQL-Cost: report</c>) but nothing is refused.</summary>
    public bool EnforceCostLimits { get; set; } = true;
}

/// <summary><c>GraphQL:PersistedDocuments</c>: trusted documents requested by id.</summary>
public sealed class DirectoryPersistedDocumentSettings
{
    /// <summary>Folder of <c>&lt;sha256&gt;.graphql</c> files; relative to the repository root in a checkout, else to the content root.</summary>
    public string Folder { get; set; } = "schema/persisted";

    /// <summary>Whether anonymous callers may only send ids of persisted documents (partner websites in production). Never in Development.</summary>
    public bool OnlyPersistedForAnonymous { get; set; }
}

/// <summary><c>GraphQL:RateLimit</c>: requests per client (API key, else token subject, else IP) per window.</summary>
public sealed class DirectoryRateLimitSettings
{
    /// <summary>Requests per client per window; 0 turns rate limiting off (e.g. for load benchmarks).</summary>
    public int PermitLimit { get; set; } = 6_000;

    /// <summary>The fixed window. Default one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests that wait for the next window instead of being refused. Default 0.</summary>
    public int QueueLimit { get; set; }

    /// <summary>The header naming a partner's API key, which identifies the client first.</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";
}

/// <summary><c>GraphQL:Cors</c>: which websites may call the API from the browser.</summary>
public sealed class DirectoryCorsSettings
{
    /// <summary>Allowed origins (<c>https://partner.example</c>); empty allows any origin (never with credentials).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
