using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation;

/// <summary>
/// Receives the nodes of an executable document, depth-first, as graphql-js's <c>ASTVisitor</c> does.
/// Override only the overloads a rule needs; the rest are no-ops. During <c>Enter</c>, a visitor may
/// call <see cref="SkipChildren"/> (graphql-js: returning <c>false</c>) to receive nothing more from
/// inside the current node, not even its <c>Leave</c>; other visitors are unaffected.
/// </summary>
public abstract class ValidationVisitor
{
    private bool _skipRequested;

    /// <summary>Stop visiting the children of the node being entered (this visitor only).</summary>
    protected void SkipChildren() => _skipRequested = true;

    public virtual void Enter(DocumentNode node) { }
    public virtual void Leave(DocumentNode node) { }
    public virtual void Enter(OperationDefinitionNode node) { }
    public virtual void Leave(OperationDefinitionNode node) { }
    public virtual void Enter(VariableDefinitionNode node) { }
    public virtual void Leave(VariableDefinitionNode node) { }
    public virtual void Enter(VariableNode node) { }
    public virtual void Leave(VariableNode node) { }
    public virtual void Enter(SelectionSetNode node) { }
    public virtual void Leave(SelectionSetNode node) { }
    public virtual void Enter(FieldNode node) { }
    public virtual void Leave(FieldNode node) { }
    public virtual void Enter(ArgumentNode node) { }
    public virtual void Leave(ArgumentNode node) { }
    public virtual void Enter(FragmentSpreadNode node) { }
    public virtual void Leave(FragmentSpreadNode node) { }
    public virtual void Enter(InlineFragmentNode node) { }
    public virtual void Leave(InlineFragmentNode node) { }
    public virtual void Enter(FragmentDefinitionNode node) { }
    public virtual void Leave(FragmentDefinitionNode node) { }
    public virtual void Enter(DirectiveNode node) { }
    public virtual void Leave(DirectiveNode node) { }
    public virtual void Enter(IntValueNode node) { }
    public virtual void Leave(IntValueNode node) { }
    public virtual void Enter(FloatValueNode node) { }
    public virtual void Leave(FloatValueNode node) { }
    public virtual void Enter(StringValueNode node) { }
    public virtual void Leave(StringValueNode node) { }
    public virtual void Enter(BooleanValueNode node) { }
    public virtual void Leave(BooleanValueNode node) { }
    public virtual void Enter(NullValueNode node) { }
    public virtual void Leave(NullValueNode node) { }
    public virtual void Enter(EnumValueNode node) { }
    public virtual void Leave(EnumValueNode node) { }
    public virtual void Enter(ListValueNode node) { }
    public virtual void Leave(ListValueNode node) { }
    public virtual void Enter(ObjectValueNode node) { }
    public virtual void Leave(ObjectValueNode node) { }
    public virtual void Enter(ObjectFieldNode node) { }
    public virtual void Leave(ObjectFieldNode node) { }
    public virtual void Enter(NamedTypeNode node) { }
    public virtual void Leave(NamedTypeNode node) { }
    public virtual void Enter(ListTypeNode node) { }
    public virtual void Leave(ListTypeNode node) { }
    public virtual void Enter(NonNullTypeNode node) { }
    public virtual void Leave(NonNullTypeNode node) { }

    /// <summary>Calls the matching <c>Enter</c> overload; returns whether the visitor asked to skip the children.</summary>
    internal bool EnterNode(SyntaxNode node)
    {
        _skipRequested = false;
        switch (node.Kind)
        {
            case SyntaxKind.Document: Enter((DocumentNode)node); break;
            case SyntaxKind.OperationDefinition: Enter((OperationDefinitionNode)node); break;
            case SyntaxKind.VariableDefinition: Enter((VariableDefinitionNode)node); break;
            case SyntaxKind.Variable: Enter((VariableNode)node); break;
            case SyntaxKind.SelectionSet: Enter((SelectionSetNode)node); break;
            case SyntaxKind.Field: Enter((FieldNode)node); break;
            case SyntaxKind.Argument: Enter((ArgumentNode)node); break;
            case SyntaxKind.FragmentSpread: Enter((FragmentSpreadNode)node); break;
            case SyntaxKind.InlineFragment: Enter((InlineFragmentNode)node); break;
            case SyntaxKind.FragmentDefinition: Enter((FragmentDefinitionNode)node); break;
            case SyntaxKind.Directive: Enter((DirectiveNode)node); break;
            case SyntaxKind.IntValue: Enter((IntValueNode)node); break;
            case SyntaxKind.FloatValue: Enter((FloatValueNode)node); break;
            case SyntaxKind.StringValue: Enter((StringValueNode)node); break;
            case SyntaxKind.BooleanValue: Enter((BooleanValueNode)node); break;
            case SyntaxKind.NullValue: Enter((NullValueNode)node); break;
            case SyntaxKind.EnumValue: Enter((EnumValueNode)node); break;
            case SyntaxKind.ListValue: Enter((ListValueNode)node); break;
            case SyntaxKind.ObjectValue: Enter((ObjectValueNode)node); break;
            case SyntaxKind.ObjectField: Enter((ObjectFieldNode)node); break;
            case SyntaxKind.NamedType: Enter((NamedTypeNode)node); break;
            case SyntaxKind.ListType: Enter((ListTypeNode)node); break;
            case SyntaxKind.NonNullType: Enter((NonNullTypeNode)node); break;
        }
        return _skipRequested;
    }

    /// <summary>Calls the matching <c>Leave</c> overload.</summary>
    internal void LeaveNode(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document: Leave((DocumentNode)node); break;
            case SyntaxKind.OperationDefinition: Leave((OperationDefinitionNode)node); break;
            case SyntaxKind.VariableDefinition: Leave((VariableDefinitionNode)node); break;
            case SyntaxKind.Variable: Leave((VariableNode)node); break;
            case SyntaxKind.SelectionSet: Leave((SelectionSetNode)node); break;
            case SyntaxKind.Field: Leave((FieldNode)node); break;
            case SyntaxKind.Argument: Leave((ArgumentNode)node); break;
            case SyntaxKind.FragmentSpread: Leave((FragmentSpreadNode)node); break;
            case SyntaxKind.InlineFragment: Leave((InlineFragmentNode)node); break;
            case SyntaxKind.FragmentDefinition: Leave((FragmentDefinitionNode)node); break;
            case SyntaxKind.Directive: Leave((DirectiveNode)node); break;
            case SyntaxKind.IntValue: Leave((IntValueNode)node); break;
            case SyntaxKind.FloatValue: Leave((FloatValueNode)node); break;
            case SyntaxKind.StringValue: Leave((StringValueNode)node); break;
            case SyntaxKind.BooleanValue: Leave((BooleanValueNode)node); break;
            case SyntaxKind.NullValue: Leave((NullValueNode)node); break;
            case SyntaxKind.EnumValue: Leave((EnumValueNode)node); break;
            case SyntaxKind.ListValue: Leave((ListValueNode)node); break;
            case SyntaxKind.ObjectValue: Leave((ObjectValueNode)node); break;
            case SyntaxKind.ObjectField: Leave((ObjectFieldNode)node); break;
            case SyntaxKind.NamedType: Leave((NamedTypeNode)node); break;
            case SyntaxKind.ListType: Leave((ListTypeNode)node); break;
            case SyntaxKind.NonNullType: Leave((NonNullTypeNode)node); break;
        }
    }
}
