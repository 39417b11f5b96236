using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    /// <summary>The named type at the core of any wrapping (graphql-js <c>getNamedType</c>).</summary>
    public abstract NamedType GetNamedType();

    /// <summary>The type without an outer non-null wrapper (graphql-js <c>getNullableType</c>).</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    public bool IsNonNull => this is NonNullType;
    public bool IsList => this is ListType;

    /// <summary>Scalars, enums, input objects and wrappers of them may appear in input positions.</summary>
    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions, enums and wrappers of them may appear as field types.</summary>
    public bool IsOutputType => GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>Printed the way the spec writes a type reference, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary>A list of values of the wrapped type.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;
    public override NamedType GetNamedType() => OfType.GetNamedType();
    public override string ToString() => "[" + OfType + "]";

    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);
    public override int GetHashCode() => HashCode.Combine(1, OfType);
}

/// <summary>A value of the wrapped type that is never null.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType) throw new ArgumentException($"Expected a nullable type, got {ofType}.", nameof(ofType));
        OfType = ofType;
    }

    public GraphQLType OfType { get; }
    public override NamedType GetNamedType() => OfType.GetNamedType();
    public override string ToString() => OfType + "!";

    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);
    public override int GetHashCode() => HashCode.Combine(2, OfType);
}

/// <summary>A type with a name of its own, defined once in a schema.</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }
    public string? Description { get; }

    /// <summary>
    /// Directives applied to the type in its definition (e.g. <c>@oneOf</c>, <c>@specifiedBy</c>, or the
    /// directory's own like <c>@authorize</c>), kept so the schema printer can print them.
    /// </summary>
    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = Array.Empty<AppliedDirective>();

    /// <summary>The SDL definition this type was built from, if any (for error locations).</summary>
    public TypeDefinitionNode? AstNode { get; init; }

    /// <summary>SDL extensions merged into this type, if any.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; init; } = Array.Empty<TypeExtensionNode>();

    public override NamedType GetNamedType() => this;
    public override string ToString() => Name;

    /// <summary>Leaf types (scalars and enums) end a selection: they take no selection set.</summary>
    public bool IsLeafType => this is ScalarType or EnumType;

    /// <summary>Composite types (objects, interfaces, unions) require a selection set.</summary>
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    /// <summary>Abstract types resolve to one of several object types at execution.</summary>
    public bool IsAbstractType => this is InterfaceType or UnionType;
}

/// <summary>A directive applied in SDL or code, e.g. <c>@deprecated(reason: "...")</c>.</summary>
public sealed class AppliedDirective(string name, IReadOnlyList<ArgumentNode>? arguments = null)
{
    public string Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments ?? Array.Empty<ArgumentNode>();

    public ArgumentNode? GetArgument(string argumentName)
    {
        for (var i = 0; i < Arguments.Count; i++)
            if (Arguments[i].Name.Value == argumentName) return Arguments[i];
        return null;
    }
}
