using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>
/// Builds a schema from C#: object, interface, union, enum and input types over CLR types, with resolvers
/// compiled once here. <see cref="Build"/> checks the type-system rules and throws
/// <see cref="SchemaValidationException"/> listing every violation.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<Func<TypeRegistry, (NamedType Type, Type? ClrType)>> _typeFactories = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly List<Action<Schema>> _completions = [];
    // Finished types and directives added as instances; adding the same instance again is a no-op, so integrations
    // that several parts of a schema need (e.g. AddAuthorization) may each declare what they rely on.
    private readonly HashSet<object> _addedInstances = new(ReferenceEqualityComparer.Instance);
    private string? _queryTypeName, _mutationTypeName, _description;

    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>The query root; its resolvers receive the request's root value (usually null) as parent.</summary>
    public SchemaBuilder Query(Action<ObjectTypeBuilder<object>> configure, string name = "Query")
    {
        _queryTypeName = name;
        return Object(name, configure);
    }

    public SchemaBuilder Mutation(Action<ObjectTypeBuilder<object>> configure, string name = "Mutation")
    {
        _mutationTypeName = name;
        return Object(name, configure);
    }

    public SchemaBuilder Object<T>(string name, Action<ObjectTypeBuilder<T>> configure)
    {
        var builder = new ObjectTypeBuilder<T>(name);
        configure(builder);
        _typeFactories.Add(registry => (builder.Build(registry), typeof(T)));
        return this;
    }

    public SchemaBuilder Interface<T>(string name, Action<InterfaceTypeBuilder<T>> configure, TypeResolver? resolveType = null)
    {
        var builder = new InterfaceTypeBuilder<T>(name);
        configure(builder);
        _typeFactories.Add(registry =>
        {
            var built = (InterfaceType)builder.Build(registry);
            return (resolveType is null ? built : WithResolver(built, resolveType), typeof(T));
        });
        return this;
    }

    public SchemaBuilder Union(string name, IReadOnlyList<string> memberTypeNames, string? description = null, TypeResolver? resolveType = null)
    {
        _typeFactories.Add(registry => (new UnionType(name,
            () => [.. memberTypeNames.Select(member => registry.GetByName(member) as ObjectType
                ?? throw new InvalidOperationException($"Union {name} member \"{member}\" is not an object type."))],
            description) { ResolveType = resolveType }, null));
        return this;
    }

    public SchemaBuilder Enum<TEnum>(string? name = null, Action<EnumValueOptions<TEnum>>? configure = null, string? description = null)
        where TEnum : struct, System.Enum
    {
        _typeFactories.Add(_ =>
        {
            var built = EnumTypeFactory.Create(name, configure);
            return (description is null ? built : new EnumType(built.Name, built.Values, description), typeof(TEnum));
        });
        return this;
    }

    public SchemaBuilder InputObject<T>(string name, Action<InputObjectTypeBuilder<T>> configure)
    {
        var builder = new InputObjectTypeBuilder<T>(name);
        configure(builder);
        _typeFactories.Add(registry => (builder.Build(registry), typeof(T) == typeof(object) ? null : typeof(T)));
        return this;
    }

    /// <summary>Adds a finished type (e.g. a custom scalar) as it is; adding the same instance again is a no-op.</summary>
    public SchemaBuilder Type(NamedType type, Type? clrType = null)
    {
        if (!_addedInstances.Add(type)) return this;
        _typeFactories.Add(_ => (type, clrType));
        return this;
    }

    /// <summary>Declares a directive; declaring the same instance again is a no-op.</summary>
    public SchemaBuilder Directive(DirectiveDefinition directive)
    {
        if (!_addedInstances.Add(directive)) return this;
        _directives.Add(directive);
        return this;
    }

    /// <summary>
    /// Runs <paramref name="complete"/> on the built, validated schema before <see cref="Build"/> returns, in
    /// registration order: integrations use it to finish fields from their applied directives (e.g. authorization
    /// wraps the resolvers of <c>@authorize</c> fields), so no schema leaves the builder half-configured.
    /// </summary>
    public SchemaBuilder OnBuilt(Action<Schema> complete)
    {
        ArgumentNullException.ThrowIfNull(complete);
        if (!_addedInstances.Add(complete)) return this;
        _completions.Add(complete);
        return this;
    }

    public Schema Build()
    {
        if (_queryTypeName is null) throw new InvalidOperationException("A schema needs a query type: call Query(...).");

        var registry = new TypeRegistry();
        foreach (var factory in _typeFactories)
        {
            var (type, clrType) = factory(registry);
            registry.Add(type, clrType);
        }

        var directives = new List<DirectiveDefinition>(SpecifiedDirectives.All);
        directives.AddRange(_directives);
        var schema = new Schema(
            (ObjectType)registry.GetByName(_queryTypeName),
            _mutationTypeName is null ? null : (ObjectType)registry.GetByName(_mutationTypeName),
            subscription: null,
            types: registry.Registered,
            directives: directives,
            description: _description);

        var errors = SchemaValidator.Validate(schema);
        if (errors.Count > 0) throw new SchemaValidationException(errors);
        for (var i = 0; i < _completions.Count; i++) _completions[i](schema);
        return schema;
    }

    private static InterfaceType WithResolver(InterfaceType type, TypeResolver resolveType) =>
        new(type.Name, () => type.Fields, () => type.Interfaces, type.Description)
        {
            ResolveType = resolveType,
            AppliedDirectives = type.AppliedDirectives,
        };
}
