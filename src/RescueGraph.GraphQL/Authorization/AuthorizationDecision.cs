namespace RescueGraph.GraphQL.Authorization;

/// <summary>The outcome of checking a caller against a field's rules (HotChocolate's <c>AuthorizeResult</c>).</summary>
public enum AuthorizeResult
{
    Allowed,
    /// <summary>The caller is anonymous.</summary>
    NotAuthenticated,
    /// <summary>The caller is authenticated but lacks a role or fails a policy.</summary>
    NotAllowed,
    /// <summary>A rule names a policy the host never registered (refused: a typo must not open a field).</summary>
    PolicyNotFound,
}

/// <summary>HotChocolate's authorization error codes, which clients already know.</summary>
public static class AuthorizationErrorCodes
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    public const string PolicyNotFound = "AUTH_POLICY_NOT_FOUND";
}

/// <summary>A decision and, when a policy decided it, that policy's name.</summary>
public readonly record struct AuthorizationDecision(AuthorizeResult Result, string? Policy = null)
{
    public static readonly AuthorizationDecision Allowed = new(AuthorizeResult.Allowed);
    public static readonly AuthorizationDecision NotAuthenticated = new(AuthorizeResult.NotAuthenticated);

    public bool IsAllowed => Result == AuthorizeResult.Allowed;

    /// <summary>The field error for a refusal, worded as HotChocolate words it; the executor adds path and locations.</summary>
    public GraphQLError ToError() => Result switch
    {
        AuthorizeResult.NotAuthenticated => Error(NotAuthorizedMessage, AuthorizationErrorCodes.NotAuthenticated),
        AuthorizeResult.NotAllowed => Error(NotAuthorizedMessage, AuthorizationErrorCodes.NotAuthorized),
        AuthorizeResult.PolicyNotFound => Error($"The `{Policy}` authorization policy does not exist.", AuthorizationErrorCodes.PolicyNotFound),
        _ => throw new InvalidOperationException("An allowed decision has no error."),
    };

    public const string NotAuthorizedMessage = "The current user is not authorized to access this resource.";

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?>(1, StringComparer.Ordinal) { ["code"] = code });
}
