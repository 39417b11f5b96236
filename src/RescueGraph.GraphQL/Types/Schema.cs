using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Types;

/// <summary>
/// A GraphQL schema: root operation types, every named type reachable from them, and directives.
/// Type collection follows graphql-js's <c>GraphQLSchema</c> constructor step for step, so the order of
/// <see cref="Types"/> (and so of introspection's <c>__schema.types</c>) matches the reference.
/// Construction does not check the type-system rules; <c>SchemaValidator</c> does.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<InterfaceType, Implementations> _implementations = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _collectionErrors = [];

    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        Directives = directives is null ? SpecifiedDirectives.All : [.. directives];

        // An ordered set: a type's position is where graphql-js's Set would keep it.
        var collected = new OrderedTypeSet();
        var explicitTypes = types is null ? [] : types.ToList();
        foreach (var type in explicitTypes) collected.Add(type);
        foreach (var type in explicitTypes)
        {
            // Re-adding moves the type to the end together with what it newly references.
            collected.Remove(type);
            Collect(type, collected);
        }
        if (query is not null) Collect(query, collected);
        if (mutation is not null) Collect(mutation, collected);
        if (subscription is not null) Collect(subscription, collected);
        foreach (var directive in Directives)
            foreach (var argument in directive.Arguments)
                Collect(argument.Type, collected);
        Collect(IntrospectionTypes.Schema, collected);

        _typeMap = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var ordered = new List<NamedType>();
        foreach (var type in collected.InOrder())
        {
            if (_typeMap.TryGetValue(type.Name, out var existing))
            {
                if (!ReferenceEquals(existing, type))
                    _collectionErrors.Add($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
                continue;
            }
            _typeMap[type.Name] = type;
            ordered.Add(type);

            if (type is FieldsContainerType withInterfaces)
            {
                foreach (var implemented in withInterfaces.Interfaces)
                {
                    var entry = GetOrCreateImplementations(implemented);
                    if (type is ObjectType obj) entry.Objects.Add(obj);
                    else entry.Interfaces.Add((InterfaceType)type);
                }
            }
        }
        Types = ordered;

        _directivesByName = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in Directives) _directivesByName.TryAdd(directive.Name, directive);
    }

    public ObjectType? Query { get; }
    public ObjectType? Mutation { get; }
    public ObjectType? Subscription { get; }
    public string? Description { get; init; }
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Every named type, in graphql-js's order, including introspection types and used built-in scalars.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>Applied directives on the schema definition, for printing.</summary>
    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = Array.Empty<AppliedDirective>();

    public SchemaDefinitionNode? AstNode { get; init; }
    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = Array.Empty<SchemaExtensionNode>();

    /// <summary>Problems found while collecting types (duplicate names), reported by schema validation.</summary>
    public IReadOnlyList<string> CollectionErrors => _collectionErrors;

    /// <summary>Free slot for integrations to attach schema-wide services at build time.</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>();

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        OperationType.Subscription => Subscription,
        _ => null,
    };

    /// <summary>The object types a value of an abstract type may be (graphql-js <c>getPossibleTypes</c>).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => _implementations.TryGetValue(iface, out var impl) ? impl.Objects : Array.Empty<ObjectType>(),
        _ => Array.Empty<ObjectType>(),
    };

    /// <summary>Objects and interfaces that declare they implement the interface.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out var impl)
            ? (impl.Objects, impl.Interfaces)
            : (Array.Empty<ObjectType>(), Array.Empty<InterfaceType>());

    /// <summary>Whether <paramref name="maybeSubType"/> is a member (union) or implementation (interface) of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        switch (abstractType)
        {
            case UnionType union:
                foreach (var member in union.Types)
                    if (ReferenceEquals(member, maybeSubType)) return true;
                return false;
            case InterfaceType iface when _implementations.TryGetValue(iface, out var impl):
                return maybeSubType switch
                {
                    ObjectType obj => impl.ObjectSet.Contains(obj),
                    InterfaceType other => impl.Interfaces.Contains(other),
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>Whether two composite types could have an object type in common (spec's "possible fragment spread").</summary>
    public bool DoTypesOverlap(NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB)) return true;
        if (typeA.IsAbstractType)
        {
            if (typeB.IsAbstractType)
            {
                foreach (var possible in GetPossibleTypes(typeB))
                    if (IsSubType(typeA, possible)) return true;
                return false;
            }
            return IsSubType(typeA, typeB);
        }
        return typeB.IsAbstractType && IsSubType(typeB, typeA);
    }

    private Implementations GetOrCreateImplementations(InterfaceType interfaceType)
    {
        if (!_implementations.TryGetValue(interfaceType, out var entry))
            _implementations[interfaceType] = entry = new Implementations();
        return entry;
    }

    private static void Collect(GraphQLType type, OrderedTypeSet collected)
    {
        var named = type.GetNamedType();
        if (!collected.Add(named)) return;

        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types) Collect(member, collected);
                break;
            case FieldsContainerType container:
                foreach (var iface in container.Interfaces) Collect(iface, collected);
                foreach (var field in container.Fields)
                {
                    Collect(field.Type, collected);
                    foreach (var argument in field.Arguments) Collect(argument.Type, collected);
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields) Collect(field.Type, collected);
                break;
        }
    }

    private sealed class Implementations
    {
        public List<ObjectType> Objects { get; } = [];
        public List<InterfaceType> Interfaces { get; } = [];
        private HashSet<ObjectType>? _objectSet;
        public HashSet<ObjectType> ObjectSet => _objectSet ??= new HashSet<ObjectType>(Objects, ReferenceEqualityComparer.Instance);
    }

    /// <summary>Insertion-ordered set of types by identity, with removal, like a JavaScript Set.</summary>
    private sealed class OrderedTypeSet
    {
        private readonly Dictionary<NamedType, long> _positions = new(ReferenceEqualityComparer.Instance);
        private long _next;

        public bool Add(NamedType type)
        {
            if (_positions.ContainsKey(type)) return false;
            _positions[type] = _next++;
            return true;
        }

        public void Remove(NamedType type) => _positions.Remove(type);

        public IEnumerable<NamedType> InOrder() => _positions.OrderBy(p => p.Value).Select(p => p.Key);
    }
}
