using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Types;

/// <summary>
/// Resolves one field. A synchronous resolver returns a completed <see cref="ValueTask{T}"/>, which the
/// executor consumes without allocating or awaiting; an asynchronous one returns a pending task.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);

/// <summary>Picks the concrete object type of a value of an interface or union.</summary>
public delegate ObjectType? TypeResolver(object value, IResolveFieldContext context);

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    public FieldDefinition(string name, GraphQLType type, FieldResolver? resolver = null)
    {
        Name = name;
        Type = type;
        Resolver = resolver;
    }

    public string Name { get; }
    public GraphQLType Type { get; }
    public string? Description { get; init; }
    public IReadOnlyList<ArgumentDefinition> Arguments { get; init; } = Array.Empty<ArgumentDefinition>();
    public string? DeprecationReason { get; init; }
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Null means the schema's default resolver (a property of the parent value).</summary>
    public FieldResolver? Resolver { get; set; }

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = Array.Empty<AppliedDirective>();
    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>Free slot for integrations (cost analysis, projection) to attach per-field metadata at schema build.</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>();

    public ArgumentDefinition? GetArgument(string name)
    {
        var arguments = Arguments;
        for (var i = 0; i < arguments.Count; i++)
            if (arguments[i].Name == name) return arguments[i];
        return null;
    }

    public override string ToString() => Name;
}

/// <summary>An argument of a field or directive, or a field of an input object: an input value definition.</summary>
public abstract class InputValueDefinition
{
    protected InputValueDefinition(string name, GraphQLType type)
    {
        if (!type.IsInputType) throw new ArgumentException($"{name} must be of an input type, got {type}.", nameof(type));
        Name = name;
        Type = type;
    }

    /// <summary>Copies another input value definition (an argument read as an input field, or the reverse).</summary>
    protected InputValueDefinition(InputValueDefinition source)
    {
        Name = source.Name;
        Type = source.Type;
        Description = source.Description;
        HasDefaultValue = source.HasDefaultValue;
        DefaultValue = source.DefaultValue;
        DefaultValueLiteral = source.DefaultValueLiteral;
        DeprecationReason = source.DeprecationReason;
        AppliedDirectives = source.AppliedDirectives;
        AstNode = source.AstNode;
    }

    public string Name { get; }
    public GraphQLType Type { get; }
    public string? Description { get; init; }

    /// <summary>Whether a default value was defined (a default of null is still a default).</summary>
    public bool HasDefaultValue { get; init; }

    /// <summary>The default, already coerced to its internal value (as graphql-js keeps <c>defaultValue</c>).</summary>
    public object? DefaultValue { get; init; }

    /// <summary>The default as written in SDL, kept so printing and introspection reproduce it exactly.</summary>
    public ValueNode? DefaultValueLiteral { get; init; }

    public string? DeprecationReason { get; init; }
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>A non-null input value without a default must be provided.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = Array.Empty<AppliedDirective>();
    public InputValueDefinitionNode? AstNode { get; init; }

    public override string ToString() => Name;
}

public sealed class ArgumentDefinition : InputValueDefinition
{
    public ArgumentDefinition(string name, GraphQLType type) : base(name, type) { }
    public ArgumentDefinition(InputValueDefinition source) : base(source) { }
}

public sealed class InputFieldDefinition : InputValueDefinition
{
    public InputFieldDefinition(string name, GraphQLType type) : base(name, type) { }
    public InputFieldDefinition(InputValueDefinition source) : base(source) { }
}

/// <summary>One value of an enum type: its name in GraphQL and the internal value it stands for.</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null)
    {
        Name = name;
        Value = value ?? name;
    }

    public string Name { get; }
    /// <summary>The internal value resolvers return and receive; the name itself for SDL-built schemas.</summary>
    public object Value { get; }
    public string? Description { get; init; }
    public string? DeprecationReason { get; init; }
    public bool IsDeprecated => DeprecationReason is not null;
    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = Array.Empty<AppliedDirective>();
    public EnumValueDefinitionNode? AstNode { get; init; }
    public override string ToString() => Name;
}

/// <summary>Where a directive may appear (spec 3.13).</summary>
public enum DirectiveLocation
{
    // Executable locations
    Query, Mutation, Subscription, Field, FragmentDefinition, FragmentSpread, InlineFragment, VariableDefinition,
    // Type system locations
    Schema, Scalar, Object, FieldDefinition, ArgumentDefinition, Interface, Union, Enum, EnumValue, InputObject, InputFieldDefinition,
    // graphql-js 16.15 lets directive definitions be deprecated (@deprecated on DIRECTIVE_DEFINITION).
    DirectiveDefinition,
}

public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        "DIRECTIVE_DEFINITION",
    ];

    /// <summary>The spec's SCREAMING_CASE name of a location, as written in SDL and introspection.</summary>
    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var index = Array.IndexOf(Names, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }
}

/// <summary>A directive definition (spec 3.13).</summary>
public sealed class DirectiveDefinition
{
    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations)
    {
        Name = name;
        Locations = locations;
    }

    public string Name { get; }
    public string? Description { get; init; }
    public IReadOnlyList<DirectiveLocation> Locations { get; }
    public IReadOnlyList<ArgumentDefinition> Arguments { get; init; } = Array.Empty<ArgumentDefinition>();
    public bool IsRepeatable { get; init; }

    /// <summary>graphql-js 16.15 exposes directive deprecation through <c>__Directive.isDeprecated</c>.</summary>
    public string? DeprecationReason { get; init; }
    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? AstNode { get; init; }

    public ArgumentDefinition? GetArgument(string name)
    {
        for (var i = 0; i < Arguments.Count; i++)
            if (Arguments[i].Name == name) return Arguments[i];
        return null;
    }

    public bool IsAllowedAt(DirectiveLocation location)
    {
        for (var i = 0; i < Locations.Count; i++)
            if (Locations[i] == location) return true;
        return false;
    }

    public override string ToString() => "@" + Name;
}
