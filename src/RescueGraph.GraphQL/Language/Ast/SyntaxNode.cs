namespace RescueGraph.GraphQL.Language;

/// <summary>The kind of an AST node; mirrors graphql-js's <c>Kind</c> enum.</summary>
public enum SyntaxKind
{
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
}

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>
/// Where a node sits in its source: <see cref="Start"/>/<see cref="End"/> are char offsets
/// (end exclusive); <see cref="Line"/>/<see cref="Column"/> are the 1-based position of Start.
/// </summary>
public sealed class Location
{
    public Location()
    {
    }

    public Location(int start, int end, int line, int column)
    {
        Start = start;
        End = end;
        Line = line;
        Column = column;
    }

    public int Start { get; init; }

    public int End { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }

    public SourceLocation ToSourceLocation() => new(Line, Column);

    public override string ToString() => $"{Line}:{Column} [{Start}..{End})";
}

/// <summary>Base of every AST node. Nodes are immutable once built.</summary>
public abstract class SyntaxNode
{
    public abstract SyntaxKind Kind { get; }

    /// <summary>Null when the node was built in code or parsed with <c>NoLocation</c>.</summary>
    public Location? Location { get; init; }
}

public sealed class NameNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Name;

    public required string Value { get; init; }
}

public sealed class DocumentNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; init; } = Array.Empty<DefinitionNode>();
}

/// <summary>Any top-level definition of a document: executable, type-system definition or extension.</summary>
public abstract class DefinitionNode : SyntaxNode
{
}

public sealed class DirectiveNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = Array.Empty<ArgumentNode>();
}

public sealed class ArgumentNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
