using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Authorization;

/// <summary>Code-first <c>@authorize</c>: declares the directive and applies it to fields and object types.</summary>
public static class AuthorizationSchemaExtensions
{
    /// <summary>
    /// Declares <c>@authorize</c> and <c>ApplyPolicy</c> and, once the schema is built, wraps every authorized
    /// field's resolver with its check (<see cref="FieldAuthorization.Apply"/>).
    /// </summary>
    public static SchemaBuilder AddAuthorization(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .Type(AuthorizationDirectives.ApplyPolicyType, typeof(ApplyPolicy))
            .Directive(AuthorizationDirectives.Authorize)
            .OnBuilt(static schema => FieldAuthorization.Apply(schema));
    }

    /// <summary>
    /// Guards the field: the caller must be authenticated, hold one of <paramref name="roles"/> (if any) and satisfy
    /// <paramref name="policy"/> (if given). Repeatable; all applied rules must pass.
    /// </summary>
    public static FieldBuilder Authorize(this FieldBuilder field, string? policy = null, IReadOnlyList<string>? roles = null,
        ApplyPolicy apply = ApplyPolicy.BeforeResolver)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Directive(AuthorizationDirectives.AuthorizeName, Arguments(policy, roles, apply));
    }

    /// <summary>Guards every field of the object type, as <see cref="Authorize(FieldBuilder, string?, IReadOnlyList{string}?, ApplyPolicy)"/> does one.</summary>
    public static ObjectTypeBuilder<T> Authorize<T>(this ObjectTypeBuilder<T> type, string? policy = null, IReadOnlyList<string>? roles = null,
        ApplyPolicy apply = ApplyPolicy.BeforeResolver)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Directive(AuthorizationDirectives.AuthorizeName, Arguments(policy, roles, apply));
    }

    // Only what was given is recorded, so the printed SDL reads as written (apply's default is left implicit).
    private static (string Name, object? Value)[] Arguments(string? policy, IReadOnlyList<string>? roles, ApplyPolicy apply)
    {
        if (policy is not null) ArgumentException.ThrowIfNullOrWhiteSpace(policy);
        var arguments = new List<(string Name, object? Value)>(3);
        if (policy is not null) arguments.Add((AuthorizationDirectives.PolicyArgument, policy));
        if (roles is { Count: > 0 }) arguments.Add((AuthorizationDirectives.RolesArgument, roles));
        if (apply != ApplyPolicy.BeforeResolver)
            arguments.Add((AuthorizationDirectives.ApplyArgument, new EnumValueNode { Value = AuthorizationDirectives.ToName(apply) }));
        return [.. arguments];
    }
}
