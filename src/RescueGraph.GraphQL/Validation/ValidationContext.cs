using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation;

/// <summary>
/// A use of a variable in a document, with what the position it appears in expects
/// (graphql-js <c>VariableUsage</c>, 16.9+ with <c>parentType</c> for OneOf checks).
/// </summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected where the variable is used; null when unknown.</param>
/// <param name="HasDefaultValue">Whether that position (an argument or input field) has a default value.</param>
/// <param name="DefaultValue">The position's default value (internal form), when it has one.</param>
/// <param name="ParentType">The input type enclosing the position (e.g. the input object of a field).</param>
public readonly record struct VariableUsage(
    VariableNode Node,
    GraphQLType? Type,
    bool HasDefaultValue,
    object? DefaultValue,
    GraphQLType? ParentType);

/// <summary>
/// What a validation rule can know while the document is walked (graphql-js <c>ValidationContext</c>):
/// the schema and document, the current <see cref="TypeInfo"/> state, fragment lookups and variable
/// usages (both computed once per node and cached), and the error sink.
/// </summary>
public sealed class ValidationContext
{
    private readonly Action<GraphQLError> _onError;
    private readonly TypeInfo _typeInfo;
    private readonly List<SyntaxNode> _ancestors = [];
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;
    private bool _documentDirectivesScanned;
    private readonly Dictionary<SelectionSetNode, FragmentSpreadNode[]> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, FragmentDefinitionNode[]> _recursivelyReferencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, VariableUsage[]> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, VariableUsage[]> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _onError = onError;
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }
    public TypeInfo TypeInfo => _typeInfo;

    /// <summary>Nodes from the document down to (excluding) the node being visited; the walker maintains it.</summary>
    internal List<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The parent of the node being entered or left (e.g. the field or operation a directive is on).</summary>
    public SyntaxNode? ParentNode => _ancestors.Count > 0 ? _ancestors[^1] : null;

    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>Reports an error located at the given node (graphql-js <c>new GraphQLError(message, { nodes })</c>).</summary>
    public void ReportError(string message, SyntaxNode node) => _onError(new GraphQLError(message, LocationsOf(node)));

    /// <summary>Reports an error located at each of the given nodes, in order.</summary>
    public void ReportError(string message, IReadOnlyList<SyntaxNode> nodes) => _onError(new GraphQLError(message, LocationsOf(nodes)));

    public static IReadOnlyList<SourceLocation> LocationsOf(SyntaxNode node) =>
        node.Location is { } location ? [location.ToSourceLocation()] : Array.Empty<SourceLocation>();

    public static IReadOnlyList<SourceLocation> LocationsOf(SyntaxNode first, SyntaxNode second) => LocationsOf([first, second]);

    public static IReadOnlyList<SourceLocation> LocationsOf(IReadOnlyList<SyntaxNode> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
            if (nodes[i].Location is { } location) locations.Add(location.ToSourceLocation());
        return locations;
    }

    public FragmentDefinitionNode? GetFragment(string name)
    {
        var fragments = _fragments;
        if (fragments is null)
        {
            fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            var definitions = Document.Definitions;
            // Later definitions win, as graphql-js's object assignment does.
            for (var i = 0; i < definitions.Count; i++)
                if (definitions[i] is FragmentDefinitionNode fragment) fragments[fragment.Name.Value] = fragment;
            _fragments = fragments;
        }
        return fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// A directive the document itself defines (graphql-js's directive rules honour those, and they take
    /// precedence over the schema's); null for the usual document, which defines none.
    /// </summary>
    public DirectiveDefinitionNode? GetDocumentDirective(string name)
    {
        if (!_documentDirectivesScanned)
        {
            _documentDirectivesScanned = true;
            var definitions = Document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                if (definitions[i] is not DirectiveDefinitionNode directive) continue;
                _documentDirectives ??= new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
                _documentDirectives[directive.Name.Value] = directive;
            }
        }
        return _documentDirectives?.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere within a selection set, not following them into fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode node)
    {
        if (_fragmentSpreads.TryGetValue(node, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(node);
        while (setsToVisit.TryPop(out var set))
        {
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inlineFragment:
                        setsToVisit.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }
        var result = spreads.ToArray();
        _fragmentSpreads[node] = result;
        return result;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursivelyReferencedFragments.TryGetValue(operation, out var cached)) return cached;
        var fragments = new List<FragmentDefinitionNode>();
        var collectedNames = new HashSet<string>(StringComparer.Ordinal);
        var nodesToVisit = new Stack<SelectionSetNode>();
        nodesToVisit.Push(operation.SelectionSet);
        while (nodesToVisit.TryPop(out var selectionSet))
        {
            var spreads = GetFragmentSpreads(selectionSet);
            for (var i = 0; i < spreads.Count; i++)
            {
                var fragmentName = spreads[i].Name.Value;
                if (!collectedNames.Add(fragmentName)) continue;
                var fragment = GetFragment(fragmentName);
                if (fragment is null) continue;
                fragments.Add(fragment);
                nodesToVisit.Push(fragment.SelectionSet);
            }
        }
        var result = fragments.ToArray();
        _recursivelyReferencedFragments[operation] = result;
        return result;
    }

    /// <summary>The variables used within an operation or fragment (not following spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_variableUsages.TryGetValue(node, out var cached)) return cached;
        // A separate walk with its own TypeInfo, as graphql-js does, so the main walk's state is untouched.
        var collector = new VariableUsageCollector();
        collector.TypeInfo = new TypeInfo(Schema);
        new ValidationWalker([collector], collector.TypeInfo, []).Walk(node);
        var result = collector.Usages.ToArray();
        _variableUsages[node] = result;
        return result;
    }

    /// <summary>The variables used by an operation, including within every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached)) return cached;
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        var fragments = GetRecursivelyReferencedFragments(operation);
        for (var i = 0; i < fragments.Count; i++) usages.AddRange(GetVariableUsages(fragments[i]));
        var result = usages.ToArray();
        _recursiveVariableUsages[operation] = result;
        return result;
    }

    public new GraphQLType? GetType() => _typeInfo.GetType();
    public NamedType? GetParentType() => _typeInfo.GetParentType();
    public GraphQLType? GetInputType() => _typeInfo.GetInputType();
    public GraphQLType? GetParentInputType() => _typeInfo.GetParentInputType();
    public FieldDefinition? GetFieldDef() => _typeInfo.GetFieldDef();
    public bool HasDefaultValue() => _typeInfo.HasDefaultValue();
    public object? GetDefaultValue() => _typeInfo.GetDefaultValue();
    public DirectiveDefinition? GetDirective() => _typeInfo.GetDirective();
    public ArgumentDefinition? GetArgument() => _typeInfo.GetArgument();
    public EnumValueDefinition? GetEnumValue() => _typeInfo.GetEnumValue();

    private sealed class VariableUsageCollector : ValidationVisitor
    {
        public TypeInfo TypeInfo = null!;
        public readonly List<VariableUsage> Usages = [];

        // A variable definition's own variable is a declaration, not a usage.
        public override void Enter(VariableDefinitionNode node) => SkipChildren();

        public override void Enter(VariableNode node) => Usages.Add(new VariableUsage(
            node, TypeInfo.GetInputType(), TypeInfo.HasDefaultValue(), TypeInfo.GetDefaultValue(), TypeInfo.GetParentInputType()));
    }
}
