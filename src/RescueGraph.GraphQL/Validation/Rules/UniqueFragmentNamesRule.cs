using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _knownFragmentNames = new(StringComparer.Ordinal);

        public override void Enter(OperationDefinitionNode node) => SkipChildren();

        public override void Enter(FragmentDefinitionNode node)
        {
            var fragmentName = node.Name.Value;
            if (_knownFragmentNames.TryGetValue(fragmentName, out var first))
                context.ReportError($"There can be only one fragment named \"{fragmentName}\".", [first, node.Name]);
            else
                _knownFragmentNames[fragmentName] = node.Name;
            SkipChildren();
        }
    }
}
