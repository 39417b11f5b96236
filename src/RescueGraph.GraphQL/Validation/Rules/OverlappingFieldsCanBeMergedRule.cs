using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// Overlapping fields can be merged (spec 5.3.2, graphql-js <c>OverlappingFieldsCanBeMergedRule</c>):
/// a selection set is valid only if all fields with one response name, including those from spread
/// fragments, can be merged unambiguously: same field, same arguments, compatible return shapes.
/// The algorithm itself is in <see cref="OverlappingFieldsConflictFinder"/>.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly OverlappingFieldsConflictFinder _finder = new(context);

        // The selection set of the inline fragment entered last: the walker enters it next.
        private SelectionSetNode? _inlineFragmentSelectionSet;
        private bool _aborted;
        // Reused for every selection set: most have no conflicts, so no list is allocated per visit.
        private readonly List<FieldConflict> _conflicts = [];

        public override void Enter(InlineFragmentNode node) => _inlineFragmentSelectionSet = node.SelectionSet;

        public override void Enter(SelectionSetNode node)
        {
            // An inline fragment's fields belong to the enclosing response level, which is checked as a whole;
            // the fields' own selection sets are still visited on their own.
            if (_aborted || ReferenceEquals(node, _inlineFragmentSelectionSet)) return;

            // A lone field or spread cannot conflict with itself at this level.
            var selections = node.Selections;
            if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode)) return;

            var conflicts = _conflicts;
            conflicts.Clear();
            try
            {
                _finder.FindConflictsWithinSelectionSet(context.GetParentType(), node, conflicts);
            }
            catch (BudgetExceededException exception)
            {
                // graphql-js aborts the whole validation here; this rule reports the same error and stops checking.
                _aborted = true;
                context.ReportError(new GraphQLError(exception.Message));
                return;
            }
            for (var i = 0; i < conflicts.Count; i++)
            {
                var conflict = conflicts[i];
                var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                context.ReportError(new GraphQLError(
                    $"Fields \"{OverlappingFieldsConflictFinder.MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. " +
                    "Use different aliases on the fields to fetch both if this was intentional.",
                    ValidationContext.LocationsOf(nodes)));
            }
        }
    }
}
