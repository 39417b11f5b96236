namespace RescueGraph.GraphQL.Language;

/// <summary>An operation or a fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>Null only for anonymous operations; fragments always have a name.</summary>
    public NameNode? Name { get; init; }

    /// <summary>Executable descriptions (graphql-js 16.15 parses them on operations, variables and fragments).</summary>
    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();

    public required SelectionSetNode SelectionSet { get; init; }
}

public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public OperationType Operation { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = Array.Empty<VariableDefinitionNode>();
}

public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>The fragment's name; never null (shadows the base's nullable view).</summary>
    public new required NameNode Name
    {
        get => base.Name!;
        init => base.Name = value;
    }

    /// <summary>graphql-js's experimental fragment variables; empty unless that option is enabled.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = Array.Empty<VariableDefinitionNode>();

    public required NamedTypeNode TypeCondition { get; init; }
}

public sealed class VariableDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    /// <summary>A const value (no variables inside).</summary>
    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

public sealed class SelectionSetNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; init; } = Array.Empty<SelectionNode>();
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : SyntaxNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

public sealed class FieldNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = Array.Empty<ArgumentNode>();

    public SelectionSetNode? SelectionSet { get; init; }
}

public sealed class FragmentSpreadNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public required NameNode Name { get; init; }
}

public sealed class InlineFragmentNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
