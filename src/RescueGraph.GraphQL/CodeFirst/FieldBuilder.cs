using System.Linq.Expressions;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>Describes one field; turned into a <see cref="FieldDefinition"/> when the schema is built.</summary>
public sealed class FieldBuilder
{
    private readonly List<ArgumentBuilder> _arguments = [];
    private readonly List<AppliedDirective> _directives = [];
    private readonly Dictionary<string, object?> _metadata = new();
    private string? _description;
    private string? _deprecationReason;

    internal FieldBuilder(string name, TypeReference type, FieldResolver? resolver, LambdaExpression? member)
    {
        Name = name;
        TypeReference = type;
        Resolver = resolver;
        Member = member;
    }

    public string Name { get; }
    internal TypeReference TypeReference { get; private set; }
    internal FieldResolver? Resolver { get; private set; }

    /// <summary>The property access the field reads, kept for integrations that translate selections (projection).</summary>
    public LambdaExpression? Member { get; }

    public FieldBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    public FieldBuilder Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason)
    {
        _deprecationReason = reason;
        return this;
    }

    /// <summary>Overrides the inferred type, written as SDL (e.g. <c>ID!</c>, <c>[Photo!]!</c>).</summary>
    public FieldBuilder Type(string sdlType)
    {
        TypeReference = TypeReference.Parse(sdlType);
        return this;
    }

    public FieldBuilder Type(GraphQLType type)
    {
        TypeReference = TypeReference.Of(type);
        return this;
    }

    /// <summary>Replaces the resolver, e.g. to wrap the property read with middleware at schema build.</summary>
    public FieldBuilder Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    public FieldBuilder Argument(string name, string sdlType, string? description = null, Optional<object?> defaultValue = default,
        string? deprecationReason = null)
    {
        _arguments.Add(new ArgumentBuilder(name, TypeReference.Parse(sdlType), description, defaultValue, deprecationReason));
        return this;
    }

    public FieldBuilder Argument<TArgument>(string name, string? description = null, Optional<object?> defaultValue = default)
    {
        var shape = ClrTypeShape.FromType(typeof(TArgument), referenceNullable: true);
        _arguments.Add(new ArgumentBuilder(name, TypeReference.FromClr(shape), description, defaultValue, null));
        return this;
    }

    /// <summary>Applies a directive to the field definition (printed in the SDL; read by integrations).</summary>
    public FieldBuilder Directive(string name, params (string Name, object? Value)[] arguments)
    {
        _directives.Add(PlainLiterals.Directive(name, arguments));
        return this;
    }

    public FieldBuilder Metadata(string key, object? value)
    {
        _metadata[key] = value;
        return this;
    }

    internal FieldDefinition Build(TypeRegistry registry)
    {
        var arguments = new ArgumentDefinition[_arguments.Count];
        for (var i = 0; i < arguments.Length; i++) arguments[i] = _arguments[i].Build(registry);
        var field = new FieldDefinition(Name, TypeReference.Resolve(registry), Resolver)
        {
            Description = _description,
            DeprecationReason = _deprecationReason,
            Arguments = arguments,
            AppliedDirectives = _directives,
        };
        foreach (var (key, value) in _metadata) field.Metadata[key] = value;
        if (Member is not null) field.Metadata[FieldMetadataKeys.Member] = Member;
        return field;
    }
}

/// <summary>Keys of <see cref="FieldDefinition.Metadata"/> set by the code-first builder.</summary>
public static class FieldMetadataKeys
{
    /// <summary>The <see cref="LambdaExpression"/> of the property the field reads.</summary>
    public const string Member = "codefirst.member";
}

/// <summary>A value that may be absent, which differs from a value that is null (a default of null is a default).</summary>
public readonly record struct Optional<T>(T Value)
{
    public bool HasValue { get; } = true;
    public static implicit operator Optional<T>(T value) => new(value);
}

internal sealed class ArgumentBuilder(string name, TypeReference type, string? description, Optional<object?> defaultValue, string? deprecationReason)
{
    public ArgumentDefinition Build(TypeRegistry registry)
    {
        var resolvedType = type.Resolve(registry);
        return new ArgumentDefinition(name, resolvedType)
        {
            Description = description,
            HasDefaultValue = defaultValue.HasValue,
            DefaultValue = defaultValue.Value,
            DefaultValueLiteral = defaultValue.HasValue ? AstFromValue.Convert(defaultValue.Value, resolvedType) : null,
            DeprecationReason = deprecationReason,
        };
    }
}
