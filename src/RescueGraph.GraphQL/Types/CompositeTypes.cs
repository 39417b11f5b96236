namespace RescueGraph.GraphQL.Types;

/// <summary>
/// Fields are given as a thunk, as in graphql-js, so that types can refer to each other (and to
/// themselves) before all of them exist; the thunk runs once, on first use.
/// </summary>
public abstract class FieldsContainerType : NamedType
{
    private readonly Func<IReadOnlyList<FieldDefinition>> _fieldsThunk;
    private readonly Func<IReadOnlyList<InterfaceType>> _interfacesThunk;
    private FieldDefinition[]? _fields;
    private Dictionary<string, FieldDefinition>? _fieldsByName;
    private InterfaceType[]? _interfaces;

    protected FieldsContainerType(
        string name,
        string? description,
        Func<IReadOnlyList<FieldDefinition>> fields,
        Func<IReadOnlyList<InterfaceType>>? interfaces)
        : base(name, description)
    {
        _fieldsThunk = fields;
        _interfacesThunk = interfaces ?? (static () => Array.Empty<InterfaceType>());
    }

    /// <summary>Fields in definition order (introspection and printing keep it).</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields ??= [.. _fieldsThunk()];

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces ??= [.. _interfacesThunk()];

    public FieldDefinition? GetField(string name)
    {
        var byName = _fieldsByName;
        if (byName is null)
        {
            var fields = Fields;
            byName = new Dictionary<string, FieldDefinition>(fields.Count, StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++) byName.TryAdd(fields[i].Name, fields[i]);
            _fieldsByName = byName;
        }
        return byName.GetValueOrDefault(name);
    }

    public bool ImplementsInterface(InterfaceType interfaceType)
    {
        var interfaces = Interfaces;
        for (var i = 0; i < interfaces.Count; i++)
            if (ReferenceEquals(interfaces[i], interfaceType)) return true;
        return false;
    }
}

/// <summary>An object type: a set of fields, possibly implementing interfaces.</summary>
public sealed class ObjectType : FieldsContainerType
{
    public ObjectType(
        string name,
        Func<IReadOnlyList<FieldDefinition>> fields,
        Func<IReadOnlyList<InterfaceType>>? interfaces = null,
        string? description = null)
        : base(name, description, fields, interfaces)
    {
    }

    /// <summary>
    /// Optional check that a resolved value belongs to this type; used to resolve abstract types when
    /// the abstract type has no resolver of its own (graphql-js <c>isTypeOf</c>).
    /// </summary>
    public Func<object, bool>? IsTypeOf { get; init; }
}

/// <summary>An interface type: fields that implementing objects and interfaces must provide.</summary>
public sealed class InterfaceType : FieldsContainerType
{
    public InterfaceType(
        string name,
        Func<IReadOnlyList<FieldDefinition>> fields,
        Func<IReadOnlyList<InterfaceType>>? interfaces = null,
        string? description = null)
        : base(name, description, fields, interfaces)
    {
    }

    /// <summary>Null means the schema's default type resolution (the value's <c>__typename</c>, then <c>IsTypeOf</c>).</summary>
    public TypeResolver? ResolveType { get; init; }
}

/// <summary>A union of object types.</summary>
public sealed class UnionType : NamedType
{
    private readonly Func<IReadOnlyList<ObjectType>> _typesThunk;
    private ObjectType[]? _types;

    public UnionType(string name, Func<IReadOnlyList<ObjectType>> types, string? description = null)
        : base(name, description)
    {
        _typesThunk = types;
    }

    public IReadOnlyList<ObjectType> Types => _types ??= [.. _typesThunk()];

    public TypeResolver? ResolveType { get; init; }
}

/// <summary>An input object type: a set of named input fields; with <c>@oneOf</c>, exactly one must be given.</summary>
public sealed class InputObjectType : NamedType
{
    private readonly Func<IReadOnlyList<InputFieldDefinition>> _fieldsThunk;
    private InputFieldDefinition[]? _fields;
    private Dictionary<string, InputFieldDefinition>? _fieldsByName;

    public InputObjectType(string name, Func<IReadOnlyList<InputFieldDefinition>> fields, string? description = null)
        : base(name, description)
    {
        _fieldsThunk = fields;
    }

    public IReadOnlyList<InputFieldDefinition> Fields => _fields ??= [.. _fieldsThunk()];

    /// <summary>A OneOf input object (graphql-js 16.x's <c>@oneOf</c>): exactly one field, non-null.</summary>
    public bool IsOneOf { get; init; }

    public InputFieldDefinition? GetField(string name)
    {
        var byName = _fieldsByName;
        if (byName is null)
        {
            var fields = Fields;
            byName = new Dictionary<string, InputFieldDefinition>(fields.Count, StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++) byName.TryAdd(fields[i].Name, fields[i]);
            _fieldsByName = byName;
        }
        return byName.GetValueOrDefault(name);
    }
}

/// <summary>An enum type: a closed set of named values, each standing for an internal value.</summary>
public sealed class EnumType : NamedType
{
    private readonly Dictionary<string, EnumValueDefinition> _byName;
    private readonly Dictionary<object, EnumValueDefinition> _byValue;

    public EnumType(string name, IReadOnlyList<EnumValueDefinition> values, string? description = null)
        : base(name, description)
    {
        Values = values;
        _byName = new Dictionary<string, EnumValueDefinition>(values.Count, StringComparer.Ordinal);
        _byValue = new Dictionary<object, EnumValueDefinition>(values.Count);
        foreach (var value in values)
        {
            _byName.TryAdd(value.Name, value);
            _byValue.TryAdd(value.Value, value);
        }
    }

    public IReadOnlyList<EnumValueDefinition> Values { get; }

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The enum value an internal value stands for (serialization), or null.</summary>
    public EnumValueDefinition? GetValueByInternal(object value) => _byValue.GetValueOrDefault(value);
}
