using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4 All Variables Used: every variable an operation defines is used by it or its fragments.</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<VariableDefinitionNode> _variableDefinitions = [];

        public override void Enter(OperationDefinitionNode node) => _variableDefinitions.Clear();

        public override void Enter(VariableDefinitionNode node) => _variableDefinitions.Add(node);

        public override void Leave(OperationDefinitionNode operation)
        {
            var usedVariableNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation)) usedVariableNames.Add(usage.Node.Name.Value);

            foreach (var definition in _variableDefinitions)
            {
                var variableName = definition.Variable.Name.Value;
                if (usedVariableNames.Contains(variableName)) continue;
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${variableName}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${variableName}\" is never used.",
                    definition);
            }
        }
    }
}
