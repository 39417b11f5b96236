using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Authorization;

/// <summary>When an <c>@authorize</c> rule is checked (HotChocolate's <c>ApplyPolicy</c>).</summary>
public enum ApplyPolicy
{
    /// <summary>Before the resolver runs: a refused caller causes no work and sees nothing.</summary>
    BeforeResolver,

    /// <summary>After the resolver ran, so a policy can judge the resolved value (it is discarded when refused).</summary>
    AfterResolver,

    /// <summary>
    /// HotChocolate checks these while validating the request. Here they are checked like
    /// <see cref="BeforeResolver"/>: still before any resolver of the field runs, but per field, not per request.
    /// </summary>
    Validation,
}

/// <summary>
/// The <c>@authorize</c> directive and its <c>ApplyPolicy</c> enum, declared as HotChocolate 14 prints them
/// (descriptions included: HotChocolate takes the enum's from its XML documentation).
/// </summary>
public static class AuthorizationDirectives
{
    public const string AuthorizeName = "authorize";
    public const string PolicyArgument = "policy";
    public const string RolesArgument = "roles";
    public const string ApplyArgument = "apply";
    public const string ApplyPolicyTypeName = "ApplyPolicy";

    public const string BeforeResolverName = "BEFORE_RESOLVER";
    public const string AfterResolverName = "AFTER_RESOLVER";
    public const string ValidationName = "VALIDATION";

    public static readonly EnumType ApplyPolicyType = new(ApplyPolicyTypeName,
    [
        new EnumValueDefinition(BeforeResolverName, ApplyPolicy.BeforeResolver) { Description = "Before the resolver was executed." },
        new EnumValueDefinition(AfterResolverName, ApplyPolicy.AfterResolver) { Description = "After the resolver was executed." },
        new EnumValueDefinition(ValidationName, ApplyPolicy.Validation) { Description = "The policy is applied in the validation step before the execution." },
    ], "Defines when a policy shall be executed.");

    public static readonly DirectiveDefinition Authorize = new(AuthorizeName, [DirectiveLocation.Object, DirectiveLocation.FieldDefinition])
    {
        Description = "The authorize directive.",
        IsRepeatable = true,
        Arguments =
        [
            new ArgumentDefinition(PolicyArgument, Scalars.String)
            {
                Description = "The name of the authorization policy that determines access to the annotated resource.",
            },
            new ArgumentDefinition(RolesArgument, new ListType(new NonNullType(Scalars.String)))
            {
                Description = "Roles that are allowed to access the annotated resource.",
            },
            new ArgumentDefinition(ApplyArgument, new NonNullType(ApplyPolicyType))
            {
                // HotChocolate's text, typo included, so the SDL matches what HotChocolate serves.
                Description = "Defines when when the authorize directive shall be applied."
                    + "By default the authorize directives are applied during the validation phase.",
                HasDefaultValue = true,
                DefaultValue = ApplyPolicy.BeforeResolver,
                DefaultValueLiteral = new EnumValueNode { Value = BeforeResolverName },
            },
        ],
    };

    /// <summary>The SDL name of an <see cref="ApplyPolicy"/> value.</summary>
    public static string ToName(ApplyPolicy apply) => apply switch
    {
        ApplyPolicy.BeforeResolver => BeforeResolverName,
        ApplyPolicy.AfterResolver => AfterResolverName,
        ApplyPolicy.Validation => ValidationName,
        _ => throw new ArgumentOutOfRangeException(nameof(apply)),
    };
}
