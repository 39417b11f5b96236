namespace RescueGraph.GraphQL.Language;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode : SyntaxNode
{
}

public sealed class NamedTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public required NameNode Name { get; init; }
}

public sealed class ListTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public required TypeNode Type { get; init; }
}

public sealed class NonNullTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>A <see cref="NamedTypeNode"/> or a <see cref="ListTypeNode"/>, never another non-null.</summary>
    public required TypeNode Type { get; init; }
}
