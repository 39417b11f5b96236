using System.Linq.Expressions;
using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>
/// What object and interface type builders share: fields over a CLR parent type <typeparamref name="T"/>.
/// Property fields compile their getter once here, so a request reads them through a delegate, never reflection.
/// </summary>
public abstract class FieldsTypeBuilder<T, TSelf> where TSelf : FieldsTypeBuilder<T, TSelf>
{
    private protected readonly List<FieldBuilder> Fields = [];
    private protected readonly List<string> InterfaceNames = [];
    private protected readonly List<AppliedDirective> Directives = [];
    private protected string? TypeDescription;

    private protected FieldsTypeBuilder(string name) => Name = name;

    public string Name { get; }

    private TSelf Self => (TSelf)this;

    public TSelf Description(string description)
    {
        TypeDescription = description;
        return Self;
    }

    public TSelf Implements(string interfaceName)
    {
        InterfaceNames.Add(interfaceName);
        return Self;
    }

    public TSelf Directive(string name, params (string Name, object? Value)[] arguments)
    {
        Directives.Add(PlainLiterals.Directive(name, arguments));
        return Self;
    }

    /// <summary>A field reading a member of the parent; its type is inferred from the member, nullability included.</summary>
    public FieldBuilder Field<TResult>(string name, Expression<Func<T, TResult>> member)
    {
        var getter = member.Compile();
        var shape = member.Body is MemberExpression access
            ? ClrTypeShape.FromMember(access.Member)
            : ClrTypeShape.FromType(typeof(TResult), referenceNullable: true);
        FieldResolver resolver = context => new ValueTask<object?>(getter((T)context.Source!));
        return Add(new FieldBuilder(name, TypeReference.FromClr(shape), resolver, member));
    }

    /// <summary>A field computed synchronously from the parent and the field's context.</summary>
    public FieldBuilder Field<TResult>(string name, Func<T, IResolveFieldContext, TResult> resolve)
    {
        FieldResolver resolver = context => new ValueTask<object?>(resolve((T)context.Source!, context));
        return Add(new FieldBuilder(name, TypeReference.FromClr(ClrTypeShape.FromType(typeof(TResult), referenceNullable: true)), resolver, null));
    }

    /// <summary>A field computed asynchronously (database, batch loader).</summary>
    public FieldBuilder FieldAsync<TResult>(string name, Func<T, IResolveFieldContext, ValueTask<TResult>> resolve)
    {
        FieldResolver resolver = context =>
        {
            var pending = resolve((T)context.Source!, context);
            return pending.IsCompletedSuccessfully ? new ValueTask<object?>(pending.Result) : Box(pending);
        };
        return Add(new FieldBuilder(name, TypeReference.FromClr(ClrTypeShape.FromType(typeof(TResult), referenceNullable: true)), resolver, null));
    }

    /// <summary>A field with an explicit SDL type and a raw resolver.</summary>
    public FieldBuilder Field(string name, string sdlType, FieldResolver resolver) =>
        Add(new FieldBuilder(name, TypeReference.Parse(sdlType), resolver, null));

    private FieldBuilder Add(FieldBuilder field)
    {
        Fields.Add(field);
        return field;
    }

    private static async ValueTask<object?> Box<TResult>(ValueTask<TResult> pending) => await pending.ConfigureAwait(false);

    private protected Func<IReadOnlyList<FieldDefinition>> FieldsThunk(TypeRegistry registry) => () =>
    {
        var definitions = new FieldDefinition[Fields.Count];
        for (var i = 0; i < definitions.Length; i++) definitions[i] = Fields[i].Build(registry);
        return definitions;
    };

    private protected Func<IReadOnlyList<InterfaceType>> InterfacesThunk(TypeRegistry registry) => () =>
        InterfaceNames.ConvertAll(name => registry.GetByName(name) as InterfaceType
            ?? throw new InvalidOperationException($"{Name} implements \"{name}\", which is not an interface."));

    internal abstract NamedType Build(TypeRegistry registry);
}

public sealed class ObjectTypeBuilder<T> : FieldsTypeBuilder<T, ObjectTypeBuilder<T>>
{
    internal ObjectTypeBuilder(string name) : base(name) { }

    internal override NamedType Build(TypeRegistry registry) =>
        new ObjectType(Name, FieldsThunk(registry), InterfacesThunk(registry), TypeDescription)
        {
            AppliedDirectives = Directives,
            // Values of abstract types resolve to the object type whose CLR type they are.
            IsTypeOf = typeof(T) == typeof(object) ? null : static value => value is T,
        };
}

public sealed class InterfaceTypeBuilder<T> : FieldsTypeBuilder<T, InterfaceTypeBuilder<T>>
{
    internal InterfaceTypeBuilder(string name) : base(name) { }

    internal override NamedType Build(TypeRegistry registry) =>
        new InterfaceType(Name, FieldsThunk(registry), InterfacesThunk(registry), TypeDescription) { AppliedDirectives = Directives };
}

/// <summary>An input object type whose values are read into <typeparamref name="T"/> by <c>context.Argument&lt;T&gt;</c>.</summary>
public sealed class InputObjectTypeBuilder<T>
{
    private readonly List<ArgumentBuilder> _fields = [];
    private readonly string _name;
    private string? _description;
    private bool _isOneOf;

    internal InputObjectTypeBuilder(string name) => _name = name;

    public InputObjectTypeBuilder<T> Description(string description)
    {
        _description = description;
        return this;
    }

    public InputObjectTypeBuilder<T> OneOf()
    {
        _isOneOf = true;
        return this;
    }

    public InputObjectTypeBuilder<T> Field(string name, string sdlType, string? description = null, Optional<object?> defaultValue = default)
    {
        _fields.Add(new ArgumentBuilder(name, TypeReference.Parse(sdlType), description, defaultValue, null));
        return this;
    }

    /// <summary>A field typed from a property of <typeparamref name="T"/>, nullability included.</summary>
    public InputObjectTypeBuilder<T> Field<TValue>(string name, Expression<Func<T, TValue>> property, string? description = null, Optional<object?> defaultValue = default)
    {
        var shape = property.Body is MemberExpression access
            ? ClrTypeShape.FromMember(access.Member)
            : ClrTypeShape.FromType(typeof(TValue), referenceNullable: true);
        _fields.Add(new ArgumentBuilder(name, TypeReference.FromClr(shape), description, defaultValue, null));
        return this;
    }

    internal NamedType Build(TypeRegistry registry) =>
        new InputObjectType(_name, () => _fields.ConvertAll(field => new InputFieldDefinition(field.Build(registry))), _description)
        {
            IsOneOf = _isOneOf,
            AppliedDirectives = _isOneOf ? [new AppliedDirective(SpecifiedDirectives.OneOf.Name)] : [],
        };
}
