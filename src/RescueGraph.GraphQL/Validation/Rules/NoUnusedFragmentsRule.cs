using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is reachable from some operation.</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override void Enter(OperationDefinitionNode node)
        {
            _operations.Add(node);
            SkipChildren();
        }

        public override void Enter(FragmentDefinitionNode node)
        {
            _fragments.Add(node);
            SkipChildren();
        }

        public override void Leave(DocumentNode node)
        {
            var usedFragmentNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in _operations)
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                    usedFragmentNames.Add(fragment.Name.Value);

            foreach (var fragment in _fragments)
                if (!usedFragmentNames.Contains(fragment.Name.Value))
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
