using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spreads must not form cycles (spec 5.5.2.2, graphql-js <c>NoFragmentCyclesRule</c>): otherwise an
/// operation could spread infinitely. A depth-first search from each fragment reports every cycle once,
/// with the location of every spread along it.
/// </summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // Fragments already searched: keeps the search linear and reports each cycle once.
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
        // The spreads on the current search path, and where on that path each fragment was entered.
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        // Operations cannot be part of a cycle; fragments are searched from their definitions.
        public override void Enter(OperationDefinitionNode node) => SkipChildren();

        public override void Enter(FragmentDefinitionNode node)
        {
            DetectCycleRecursive(node);
            SkipChildren();
        }

        private void DetectCycleRecursive(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visitedFragments.Add(fragmentName)) return;

            var spreadNodes = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreadNodes.Count == 0) return;

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            for (var i = 0; i < spreadNodes.Count; i++)
            {
                var spreadNode = spreadNodes[i];
                var spreadName = spreadNode.Name.Value;
                _spreadPath.Add(spreadNode);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    var spreadFragment = context.GetFragment(spreadName);
                    if (spreadFragment is not null) DetectCycleRecursive(spreadFragment);
                }
                else
                {
                    ReportCycle(spreadName, cycleIndex);
                }
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
            _spreadPathIndexByName.Remove(fragmentName);
        }

        private void ReportCycle(string spreadName, int cycleIndex)
        {
            var cycleLength = _spreadPath.Count - cycleIndex;
            var via = new System.Text.StringBuilder();
            var nodes = new SyntaxNode[cycleLength];
            for (var k = 0; k < cycleLength; k++)
            {
                var spread = _spreadPath[cycleIndex + k];
                nodes[k] = spread;
                // The last spread closes the cycle; the ones before it are the path "via" which it does.
                if (k == cycleLength - 1) continue;
                if (via.Length != 0) via.Append(", ");
                via.Append('"').Append(spread.Name.Value).Append('"');
            }
            context.ReportError(new GraphQLError(
                $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length != 0 ? $" via {via}." : "."),
                ValidationContext.LocationsOf(nodes)));
        }
    }
}
