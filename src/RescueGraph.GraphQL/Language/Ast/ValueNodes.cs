namespace RescueGraph.GraphQL.Language;

/// <summary>A literal value or a variable reference.</summary>
public abstract class ValueNode : SyntaxNode
{
}

public sealed class VariableNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;

    public required NameNode Name { get; init; }
}

public sealed class IntValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal as written (e.g. <c>-12</c>); coercion is the scalar's job.</summary>
    public required string Value { get; init; }
}

public sealed class FloatValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal as written (e.g. <c>1.5e3</c>).</summary>
    public required string Value { get; init; }
}

public sealed class StringValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The cooked value: escapes resolved, block strings dedented.</summary>
    public required string Value { get; init; }

    public bool Block { get; init; }
}

public sealed class BooleanValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; init; }
}

public sealed class NullValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

public sealed class EnumValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public required string Value { get; init; }
}

public sealed class ListValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; init; } = Array.Empty<ValueNode>();
}

public sealed class ObjectValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = Array.Empty<ObjectFieldNode>();
}

public sealed class ObjectFieldNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
