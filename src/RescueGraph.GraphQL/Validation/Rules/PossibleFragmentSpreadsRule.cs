using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spread is possible (spec 5.5.2.3, graphql-js <c>PossibleFragmentSpreadsRule</c>): a fragment may be
/// spread only where its type condition could hold, i.e. the fragment's and the enclosing type's possible
/// object types intersect. Unknown or non-composite types are left to other rules.
/// </summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(InlineFragmentNode node)
        {
            // TypeInfo already holds the fragment's type; the parent type is still the enclosing one.
            if (context.GetType() is NamedType { IsCompositeType: true } fragmentType &&
                context.GetParentType() is { IsCompositeType: true } parentType &&
                !context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    ValidationContext.LocationsOf(node)));
            }
        }

        public override void Enter(FragmentSpreadNode node)
        {
            var fragmentName = node.Name.Value;
            var fragment = context.GetFragment(fragmentName);
            if (fragment is null) return;
            if (context.Schema.GetType(fragment.TypeCondition.Name.Value) is not { IsCompositeType: true } fragmentType) return;
            if (context.GetParentType() is { } parentType && !context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    ValidationContext.LocationsOf(node)));
            }
        }
    }
}
