using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Authorization;

/// <summary>
/// One applied <c>@authorize</c>: the caller must be authenticated, hold one of <see cref="Roles"/> (when any are
/// given) and satisfy <see cref="Policy"/> (when given). A field guarded by several rules needs all of them.
/// </summary>
public sealed class AuthorizeRule
{
    public AuthorizeRule(string? policy = null, IReadOnlyList<string>? roles = null, ApplyPolicy apply = ApplyPolicy.BeforeResolver)
    {
        Policy = policy;
        Roles = roles is null ? [] : [.. roles];
        Apply = apply;
    }

    public string? Policy { get; }
    public string[] Roles { get; }
    public ApplyPolicy Apply { get; }

    /// <summary>Reads an applied <c>@authorize</c> (as the code-first builder or an SDL document wrote it).</summary>
    public static AuthorizeRule FromDirective(AppliedDirective directive, string coordinate)
    {
        ArgumentNullException.ThrowIfNull(directive);
        string? policy = null;
        List<string>? roles = null;
        var apply = ApplyPolicy.BeforeResolver;
        foreach (var argument in directive.Arguments)
        {
            switch (argument.Name.Value, argument.Value)
            {
                case (_, NullValueNode):
                    break;
                case (AuthorizationDirectives.PolicyArgument, StringValueNode value):
                    policy = value.Value;
                    break;
                case (AuthorizationDirectives.RolesArgument, StringValueNode single):
                    // Input coercion accepts one item where a list is expected.
                    roles = [single.Value];
                    break;
                case (AuthorizationDirectives.RolesArgument, ListValueNode list):
                    roles = new List<string>(list.Values.Count);
                    foreach (var item in list.Values)
                        roles.Add(item is StringValueNode role ? role.Value : throw Invalid(coordinate, "roles must be strings"));
                    break;
                case (AuthorizationDirectives.ApplyArgument, EnumValueNode value):
                    apply = value.Value switch
                    {
                        AuthorizationDirectives.BeforeResolverName => ApplyPolicy.BeforeResolver,
                        AuthorizationDirectives.AfterResolverName => ApplyPolicy.AfterResolver,
                        AuthorizationDirectives.ValidationName => ApplyPolicy.Validation,
                        _ => throw Invalid(coordinate, $"unknown apply value {value.Value}"),
                    };
                    break;
                default:
                    throw Invalid(coordinate, $"unexpected argument {argument.Name.Value}");
            }
        }
        return new AuthorizeRule(policy, roles, apply);
    }

    private static InvalidOperationException Invalid(string coordinate, string problem) =>
        new($"@authorize on {coordinate} is invalid: {problem}.");

    public override string ToString() =>
        $"@authorize(policy: {Policy ?? "null"}, roles: [{string.Join(", ", Roles)}], apply: {AuthorizationDirectives.ToName(Apply)})";
}
