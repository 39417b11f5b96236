using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js 16.9's recommended rule against introspection queries crafted to be expensive: below
/// <c>__schema</c> or <c>__type</c>, no more than two nested introspection list fields (<c>fields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c>, <c>inputFields</c>), fragments followed.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public override void Enter(FieldNode node)
        {
            if (node.Name.Value is not ("__schema" or "__type")) return;
            _visitedFragments.Clear();
            if (!ExceedsDepth(node, 0)) return;
            context.ReportError("Maximum introspection depth exceeded", node);
            SkipChildren();
        }

        private bool ExceedsDepth(SelectionNode node, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                var fragmentName = spread.Name.Value;
                // Fragment cycles are NoFragmentCyclesRule's to report; missing fragments KnownFragmentNamesRule's.
                if (_visitedFragments.Contains(fragmentName)) return false;
                var fragment = context.GetFragment(fragmentName);
                if (fragment is null) return false;
                // Visiting a fragment twice is fine, as long as one visit is not inside the other.
                _visitedFragments.Add(fragmentName);
                try
                {
                    return ExceedsDepth(fragment.SelectionSet, depth);
                }
                finally
                {
                    _visitedFragments.Remove(fragmentName);
                }
            }

            SelectionSetNode? selectionSet;
            if (node is FieldNode field)
            {
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth) return true;
                selectionSet = field.SelectionSet;
            }
            else
            {
                selectionSet = ((InlineFragmentNode)node).SelectionSet;
            }
            return selectionSet is not null && ExceedsDepth(selectionSet, depth);
        }

        private bool ExceedsDepth(SelectionSetNode selectionSet, int depth)
        {
            foreach (var child in selectionSet.Selections)
                if (ExceedsDepth(child, depth)) return true;
            return false;
        }
    }
}
