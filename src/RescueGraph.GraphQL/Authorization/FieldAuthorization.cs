using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Authorization;

/// <summary>
/// Enforces <c>@authorize</c>: <see cref="Apply"/> wraps, once per schema, the resolver of every field that carries
/// the directive (on itself, on its object type, or on the interface field it implements) with a check of the
/// request's <see cref="IAuthorizationContext"/>. A refused field resolves to null with an <c>AUTH_*</c> error at its
/// path (null propagating as the spec says), and its resolver never runs. <see cref="AuthorizeFieldAsync(IAuthorizationContext, ObjectType, FieldDefinition, CancellationToken)"/>
/// asks the same question outside execution (e.g. may this caller filter or sort by a private field?).
/// </summary>
public static class FieldAuthorization
{
    /// <summary><see cref="FieldDefinition.Metadata"/> key holding the field's <see cref="AuthorizeRule"/> array once applied.</summary>
    public const string RulesMetadataKey = "authorization.rules";

    /// <summary>
    /// Wraps the resolvers of all authorized fields of <paramref name="schema"/>. Idempotent (a field is wrapped once),
    /// so both <c>SchemaBuilder.AddAuthorization()</c> and <see cref="RequestExecutor"/> may call it. Throws when a
    /// field carries <c>@authorize</c> but the schema does not define the directive: such a schema was built without
    /// <c>AddAuthorization()</c>, and serving it would print an undefined directive.
    /// </summary>
    public static Schema Apply(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var defined = schema.GetDirective(AuthorizationDirectives.AuthorizeName) is not null;
        foreach (var namedType in schema.Types)
        {
            if (namedType is not ObjectType type || IntrospectionTypes.IsIntrospectionType(type)) continue;
            var fields = type.Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                lock (field.Metadata)
                {
                    if (field.Metadata.ContainsKey(RulesMetadataKey)) continue;
                    var rules = CollectRules(type, field);
                    if (rules.Length == 0) continue;
                    if (!defined)
                        throw new InvalidOperationException(
                            $"{type.Name}.{field.Name} carries @authorize, but the schema does not define it: call SchemaBuilder.AddAuthorization().");
                    field.Metadata[RulesMetadataKey] = rules;
                    field.Resolver = new AuthorizedResolver(type, field, field.Resolver ?? DefaultResolvers.Property, rules).Resolve;
                }
            }
        }
        return schema;
    }

    /// <summary>The rules guarding <paramref name="field"/> of <paramref name="type"/>: the type's, the implemented interface fields', then its own.</summary>
    public static IReadOnlyList<AuthorizeRule> GetRules(ObjectType type, FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(field);
        return field.Metadata.TryGetValue(RulesMetadataKey, out var applied) && applied is AuthorizeRule[] rules ? rules : CollectRules(type, field);
    }

    /// <summary>Whether <paramref name="field"/> of <paramref name="type"/> is guarded by any <c>@authorize</c>.</summary>
    public static bool IsAuthorized(ObjectType type, FieldDefinition field) => GetRules(type, field).Count > 0;

    /// <summary>
    /// May the caller use <paramref name="field"/> of <paramref name="type"/> at all? Checks every rule (whatever its
    /// <see cref="ApplyPolicy"/>) with no record at hand: policies see <see cref="AuthorizationPolicyContext.FieldContext"/> null.
    /// </summary>
    public static ValueTask<AuthorizationDecision> AuthorizeFieldAsync(
        this IAuthorizationContext authorization, ObjectType type, FieldDefinition field, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var rules = GetRules(type, field);
        return rules.Count == 0
            ? new ValueTask<AuthorizationDecision>(AuthorizationDecision.Allowed)
            : EvaluateAsync(rules as AuthorizeRule[] ?? [.. rules], 0, authorization, type, field, null, null, cancellationToken);
    }

    /// <summary>The same question from inside a resolver (e.g. a list field validating its <c>where</c>/<c>order</c> arguments) for the current caller.</summary>
    public static ValueTask<AuthorizationDecision> AuthorizeFieldAsync(this IResolveFieldContext context, ObjectType type, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(type);
        var field = type.GetField(fieldName) ?? throw new ArgumentException($"{type.Name} has no field {fieldName}.", nameof(fieldName));
        return context.GetAuthorizationContext().AuthorizeFieldAsync(type, field, context.CancellationToken);
    }

    private static AuthorizeRule[] CollectRules(ObjectType type, FieldDefinition field)
    {
        List<AuthorizeRule>? rules = null;
        Collect(type.AppliedDirectives, type.Name, ref rules);
        var interfaces = type.Interfaces;
        for (var i = 0; i < interfaces.Count; i++)
        {
            if (interfaces[i].GetField(field.Name) is { } interfaceField)
                Collect(interfaceField.AppliedDirectives, interfaces[i].Name + "." + field.Name, ref rules);
        }
        Collect(field.AppliedDirectives, type.Name + "." + field.Name, ref rules);
        return rules is null ? [] : [.. rules];

        static void Collect(IReadOnlyList<AppliedDirective> directives, string coordinate, ref List<AuthorizeRule>? rules)
        {
            for (var i = 0; i < directives.Count; i++)
            {
                if (directives[i].Name != AuthorizationDirectives.AuthorizeName) continue;
                (rules ??= []).Add(AuthorizeRule.FromDirective(directives[i], coordinate));
            }
        }
    }

    /// <summary>
    /// Checks <paramref name="rules"/> from <paramref name="start"/> on: synchronously while policies answer
    /// synchronously (roles never need to wait), asynchronously from the first policy that does not.
    /// </summary>
    internal static ValueTask<AuthorizationDecision> EvaluateAsync(AuthorizeRule[] rules, int start, IAuthorizationContext authorization,
        ObjectType type, FieldDefinition field, IResolveFieldContext? fieldContext, object? result, CancellationToken cancellationToken)
    {
        var user = authorization.User;
        if (user?.Identity?.IsAuthenticated != true) return new ValueTask<AuthorizationDecision>(AuthorizationDecision.NotAuthenticated);
        for (var i = start; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (rule.Roles.Length > 0 && !IsInAnyRole(user, rule.Roles))
                return new ValueTask<AuthorizationDecision>(new AuthorizationDecision(AuthorizeResult.NotAllowed));
            if (rule.Policy is not { } policy) continue;
            if (authorization.Policies is null || !authorization.Policies.TryGet(policy, out var handler))
                return new ValueTask<AuthorizationDecision>(new AuthorizationDecision(AuthorizeResult.PolicyNotFound, policy));
            var pending = handler(new AuthorizationPolicyContext(policy, user, authorization, type, field, fieldContext, result, cancellationToken));
            if (!pending.IsCompletedSuccessfully)
                return ContinueAfterPolicyAsync(pending, rules, i, authorization, type, field, fieldContext, result, cancellationToken);
            if (!pending.Result) return new ValueTask<AuthorizationDecision>(new AuthorizationDecision(AuthorizeResult.NotAllowed, policy));
        }
        return new ValueTask<AuthorizationDecision>(AuthorizationDecision.Allowed);
    }

    private static async ValueTask<AuthorizationDecision> ContinueAfterPolicyAsync(ValueTask<bool> pending, AuthorizeRule[] rules, int index,
        IAuthorizationContext authorization, ObjectType type, FieldDefinition field, IResolveFieldContext? fieldContext, object? result,
        CancellationToken cancellationToken)
    {
        if (!await pending.ConfigureAwait(false)) return new AuthorizationDecision(AuthorizeResult.NotAllowed, rules[index].Policy);
        return await EvaluateAsync(rules, index + 1, authorization, type, field, fieldContext, result, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsInAnyRole(System.Security.Claims.ClaimsPrincipal user, string[] roles)
    {
        for (var i = 0; i < roles.Length; i++)
            if (user.IsInRole(roles[i])) return true;
        return false;
    }

    /// <summary>A field's resolver behind its rules; split by <see cref="ApplyPolicy"/> once, at schema build.</summary>
    private sealed class AuthorizedResolver
    {
        private readonly ObjectType _type;
        private readonly FieldDefinition _field;
        private readonly FieldResolver _inner;
        private readonly AuthorizeRule[] _before;
        private readonly AuthorizeRule[] _after;

        public AuthorizedResolver(ObjectType type, FieldDefinition field, FieldResolver inner, AuthorizeRule[] rules)
        {
            _type = type;
            _field = field;
            _inner = inner;
            var after = 0;
            for (var i = 0; i < rules.Length; i++) if (rules[i].Apply == ApplyPolicy.AfterResolver) after++;
            _before = new AuthorizeRule[rules.Length - after];
            _after = new AuthorizeRule[after];
            for (int i = 0, b = 0, a = 0; i < rules.Length; i++)
            {
                if (rules[i].Apply == ApplyPolicy.AfterResolver) _after[a++] = rules[i];
                else _before[b++] = rules[i];
            }
        }

        public ValueTask<object?> Resolve(IResolveFieldContext context)
        {
            var authorization = context.GetAuthorizationContext();
            // Anonymous callers are refused without looking at any rule: every @authorize requires authentication.
            if (authorization.User?.Identity?.IsAuthenticated != true) return Refuse(AuthorizationDecision.NotAuthenticated);
            if (_before.Length > 0)
            {
                var checking = EvaluateAsync(_before, 0, authorization, _type, _field, context, null, context.CancellationToken);
                if (!checking.IsCompletedSuccessfully) return CheckThenResolveAsync(checking, context, authorization);
                if (!checking.Result.IsAllowed) return Refuse(checking.Result);
            }
            return _after.Length == 0 ? _inner(context) : ResolveThenCheckAsync(context, authorization);
        }

        private async ValueTask<object?> CheckThenResolveAsync(ValueTask<AuthorizationDecision> checking, IResolveFieldContext context, IAuthorizationContext authorization)
        {
            var decision = await checking.ConfigureAwait(false);
            if (!decision.IsAllowed) return decision.ToError();
            return _after.Length == 0
                ? await _inner(context).ConfigureAwait(false)
                : await ResolveThenCheckAsync(context, authorization).ConfigureAwait(false);
        }

        private async ValueTask<object?> ResolveThenCheckAsync(IResolveFieldContext context, IAuthorizationContext authorization)
        {
            var result = await _inner(context).ConfigureAwait(false);
            var decision = await EvaluateAsync(_after, 0, authorization, _type, _field, context, result, context.CancellationToken).ConfigureAwait(false);
            return decision.IsAllowed ? result : decision.ToError();
        }

        // The executor turns an Exception result into a field error at this field's path (graphql-js does the same
        // for a resolver returning an Error), which spares a throw per refusal.
        private static ValueTask<object?> Refuse(AuthorizationDecision decision) => new(decision.ToError());
    }
}
