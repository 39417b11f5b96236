using System.Security.Claims;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Authorization;

/// <summary>
/// Who is calling, as field authorization sees it. The transport puts one into each request's
/// <see cref="GraphQLRequest.RequestState"/> (<see cref="AuthorizationRequestState.SetAuthorizationContext"/>);
/// a request without one is anonymous.
/// </summary>
public interface IAuthorizationContext
{
    /// <summary>The authenticated caller, or null (or an unauthenticated principal) for an anonymous one.</summary>
    ClaimsPrincipal? User { get; }

    /// <summary>The host's named policies (e.g. "same organization"); null when it defines none.</summary>
    AuthorizationPolicies? Policies { get; }

    /// <summary>The request's services, handed to policies that need them.</summary>
    IServiceProvider? Services { get; }
}

/// <summary>The plain <see cref="IAuthorizationContext"/>.</summary>
public sealed class AuthorizationContext(ClaimsPrincipal? user, AuthorizationPolicies? policies = null, IServiceProvider? services = null)
    : IAuthorizationContext
{
    /// <summary>An anonymous caller with no policies.</summary>
    public static readonly AuthorizationContext Anonymous = new(null);

    public ClaimsPrincipal? User { get; } = user;
    public AuthorizationPolicies? Policies { get; } = policies;
    public IServiceProvider? Services { get; } = services;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;
}

/// <summary>Stores and finds the <see cref="IAuthorizationContext"/> of a request in its request state.</summary>
public static class AuthorizationRequestState
{
    /// <summary>The <see cref="GraphQLRequest.RequestState"/> key under which the caller's context is kept.</summary>
    public const string Key = "rescuegraph.authorization";

    public static void SetAuthorizationContext(this IDictionary<string, object?> requestState, IAuthorizationContext context)
    {
        ArgumentNullException.ThrowIfNull(requestState);
        ArgumentNullException.ThrowIfNull(context);
        requestState[Key] = context;
    }

    /// <summary>The caller's context; <see cref="AuthorizationContext.Anonymous"/> when the transport set none, so a missing context never grants access.</summary>
    public static IAuthorizationContext GetAuthorizationContext(this IDictionary<string, object?>? requestState) =>
        requestState is not null && requestState.TryGetValue(Key, out var value) && value is IAuthorizationContext context
            ? context
            : AuthorizationContext.Anonymous;

    public static IAuthorizationContext GetAuthorizationContext(this IResolveFieldContext context) =>
        context.RequestState.GetAuthorizationContext();
}

/// <summary>Claim types that authorization and hosts read; the JWT layer maps token claims onto them.</summary>
public static class GraphQLClaimTypes
{
    /// <summary>Roles (<c>role</c>/<c>roles</c> in a token) — the identity's role claim type, so <see cref="ClaimsPrincipal.IsInRole"/> sees them.</summary>
    public const string Role = "role";

    /// <summary>The caller's organization (a partner's id or slug), for policies such as "same organization".</summary>
    public const string Organization = "org";

    /// <summary>The subject (the caller's user id).</summary>
    public const string Subject = "sub";

    /// <summary>The caller's organization claim, or null.</summary>
    public static string? GetOrganization(this ClaimsPrincipal? user) => user?.FindFirst(Organization)?.Value;
}

/// <summary>A named rule of the host, e.g. "the caller belongs to the organization that owns this record".</summary>
public delegate ValueTask<bool> AuthorizationPolicyHandler(AuthorizationPolicyContext context);

/// <summary>What a policy is asked about.</summary>
public sealed class AuthorizationPolicyContext
{
    internal AuthorizationPolicyContext(string policy, ClaimsPrincipal user, IAuthorizationContext authorization,
        ObjectType type, FieldDefinition field, IResolveFieldContext? fieldContext, object? result, CancellationToken cancellationToken)
    {
        Policy = policy;
        User = user;
        Authorization = authorization;
        Type = type;
        Field = field;
        FieldContext = fieldContext;
        Result = result;
        CancellationToken = cancellationToken;
    }

    public string Policy { get; }

    /// <summary>The caller; always authenticated (anonymous callers are refused before any policy runs).</summary>
    public ClaimsPrincipal User { get; }

    public IAuthorizationContext Authorization { get; }

    /// <summary>The object type whose field is being accessed.</summary>
    public ObjectType Type { get; }

    public FieldDefinition Field { get; }

    /// <summary>
    /// The field being resolved, or null when the question comes from outside execution (e.g. the data layer asking
    /// whether a caller may filter or sort by the field, where no particular record is at hand).
    /// </summary>
    public IResolveFieldContext? FieldContext { get; }

    /// <summary>The record whose field is accessed (the parent value), or null outside execution.</summary>
    public object? Parent => FieldContext?.Source;

    /// <summary>The resolved value, for <see cref="ApplyPolicy.AfterResolver"/> rules only.</summary>
    public object? Result { get; }

    public IServiceProvider? Services => FieldContext?.RequestServices ?? Authorization.Services;

    public CancellationToken CancellationToken { get; }
}

/// <summary>The host's named policies, registered once at startup and read concurrently afterwards.</summary>
public sealed class AuthorizationPolicies
{
    private readonly Dictionary<string, AuthorizationPolicyHandler> _handlers = new(StringComparer.Ordinal);

    public AuthorizationPolicies Add(string name, AuthorizationPolicyHandler handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(handler);
        if (!_handlers.TryAdd(name, handler)) throw new ArgumentException($"The authorization policy \"{name}\" is already registered.", nameof(name));
        return this;
    }

    /// <summary>A policy that only reads the caller's claims.</summary>
    public AuthorizationPolicies Add(string name, Func<ClaimsPrincipal, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Add(name, context => new ValueTask<bool>(predicate(context.User)));
    }

    public bool TryGet(string name, out AuthorizationPolicyHandler handler) => _handlers.TryGetValue(name, out handler!);

    public int Count => _handlers.Count;
}
