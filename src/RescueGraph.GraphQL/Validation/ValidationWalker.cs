using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation;

/// <summary>
/// One depth-first walk of an executable document that feeds several visitors at once, keeping a
/// <see cref="TypeInfo"/> in step (graphql-js's <c>visit</c> + <c>visitInParallel</c> + <c>visitWithTypeInfo</c>).
/// TypeInfo enters a node before the visitors see it and leaves it after they have, so a rule's
/// <c>Leave</c> still sees the node's own type context. Children follow graphql-js's <c>QueryDocumentKeys</c>
/// order; names and descriptions are not visited (no rule looks at them), nor are type-system
/// definitions (only ExecutableDefinitionsRule cares about those, from the document node).
/// </summary>
internal sealed class ValidationWalker
{
    private readonly ValidationVisitor[] _visitors;
    // Per visitor, the node whose children it asked to skip (graphql-js visitInParallel's `skipping`).
    private readonly SyntaxNode?[] _skipping;
    private readonly TypeInfo _typeInfo;
    private readonly List<SyntaxNode> _ancestors;

    public ValidationWalker(ValidationVisitor[] visitors, TypeInfo typeInfo, List<SyntaxNode> ancestors)
    {
        _visitors = visitors;
        _skipping = new SyntaxNode?[visitors.Length];
        _typeInfo = typeInfo;
        _ancestors = ancestors;
    }

    public void Walk(SyntaxNode root) => Visit(root);

    private void Visit(SyntaxNode node)
    {
        _typeInfo.Enter(node);

        var visitors = _visitors;
        var skipping = _skipping;
        var anyVisitorListening = false;
        for (var i = 0; i < visitors.Length; i++)
        {
            if (skipping[i] is not null) continue;
            if (visitors[i].EnterNode(node)) skipping[i] = node;
            else anyVisitorListening = true;
        }

        if (anyVisitorListening)
        {
            _ancestors.Add(node);
            VisitChildren(node);
            _ancestors.RemoveAt(_ancestors.Count - 1);
        }

        for (var i = 0; i < visitors.Length; i++)
        {
            var skipped = skipping[i];
            if (skipped is null) visitors[i].LeaveNode(node);
            else if (ReferenceEquals(skipped, node)) skipping[i] = null;
        }

        _typeInfo.Leave(node);
    }

    private void VisitChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                var definitions = document.Definitions;
                for (var i = 0; i < definitions.Count; i++)
                    if (definitions[i] is ExecutableDefinitionNode executable) Visit(executable);
                break;
            case OperationDefinitionNode operation:
                VisitAll(operation.VariableDefinitions);
                VisitAll(operation.Directives);
                Visit(operation.SelectionSet);
                break;
            case VariableDefinitionNode variableDefinition:
                Visit(variableDefinition.Variable);
                Visit(variableDefinition.Type);
                if (variableDefinition.DefaultValue is not null) Visit(variableDefinition.DefaultValue);
                VisitAll(variableDefinition.Directives);
                break;
            case SelectionSetNode selectionSet:
                VisitAll(selectionSet.Selections);
                break;
            case FieldNode field:
                VisitAll(field.Arguments);
                VisitAll(field.Directives);
                if (field.SelectionSet is not null) Visit(field.SelectionSet);
                break;
            case ArgumentNode argument:
                Visit(argument.Value);
                break;
            case FragmentSpreadNode spread:
                VisitAll(spread.Directives);
                break;
            case InlineFragmentNode inlineFragment:
                if (inlineFragment.TypeCondition is not null) Visit(inlineFragment.TypeCondition);
                VisitAll(inlineFragment.Directives);
                Visit(inlineFragment.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                VisitAll(fragment.VariableDefinitions);
                Visit(fragment.TypeCondition);
                VisitAll(fragment.Directives);
                Visit(fragment.SelectionSet);
                break;
            case DirectiveNode directive:
                VisitAll(directive.Arguments);
                break;
            case ListValueNode list:
                VisitAll(list.Values);
                break;
            case ObjectValueNode obj:
                VisitAll(obj.Fields);
                break;
            case ObjectFieldNode objectField:
                Visit(objectField.Value);
                break;
            case ListTypeNode listType:
                Visit(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                Visit(nonNullType.Type);
                break;
        }
    }

    private void VisitAll<TNode>(IReadOnlyList<TNode> nodes) where TNode : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++) Visit(nodes[i]);
    }
}
