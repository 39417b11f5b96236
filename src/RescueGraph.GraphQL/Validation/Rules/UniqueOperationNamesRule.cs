using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _knownOperationNames = new(StringComparer.Ordinal);

        public override void Enter(OperationDefinitionNode node)
        {
            if (node.Name is { } operationName)
            {
                if (_knownOperationNames.TryGetValue(operationName.Value, out var first))
                    context.ReportError($"There can be only one operation named \"{operationName.Value}\".", [first, operationName]);
                else
                    _knownOperationNames[operationName.Value] = operationName;
            }
            SkipChildren();
        }

        public override void Enter(FragmentDefinitionNode node) => SkipChildren();
    }
}
