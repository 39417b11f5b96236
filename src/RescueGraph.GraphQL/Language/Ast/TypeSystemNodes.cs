namespace RescueGraph.GraphQL.Language;

/// <summary>A schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}

/// <summary>A named type definition (scalar, object, interface, union, enum, input object).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

/// <summary>A schema extension or a type extension.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
}

/// <summary>An <c>extend scalar|type|interface|union|enum|input</c> definition.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = Array.Empty<OperationTypeDefinitionNode>();
}

public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}

public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
}

public sealed class FieldDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = Array.Empty<InputValueDefinitionNode>();

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

public sealed class InputValueDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    /// <summary>A const value (no variables inside).</summary>
    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
}

public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = Array.Empty<NamedTypeNode>();
}

public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = Array.Empty<EnumValueDefinitionNode>();
}

public sealed class EnumValueDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = Array.Empty<InputValueDefinitionNode>();
}

public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = Array.Empty<InputValueDefinitionNode>();

    public bool Repeatable { get; init; }

    public IReadOnlyList<NameNode> Locations { get; init; } = Array.Empty<NameNode>();
}

public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = Array.Empty<OperationTypeDefinitionNode>();
}

public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
}

public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
}

public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = Array.Empty<NamedTypeNode>();
}

public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = Array.Empty<EnumValueDefinitionNode>();
}

public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = Array.Empty<InputValueDefinitionNode>();
}
