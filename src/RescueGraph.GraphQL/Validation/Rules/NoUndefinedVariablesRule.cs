using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3 All Variable Uses Defined: every variable used by an operation, through its fragments too, is defined by it.</summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _definedVariableNames = new(StringComparer.Ordinal);

        public override void Enter(OperationDefinitionNode node) => _definedVariableNames.Clear();

        public override void Enter(VariableDefinitionNode node) => _definedVariableNames.Add(node.Variable.Name.Value);

        public override void Leave(OperationDefinitionNode operation)
        {
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var variableName = usage.Node.Name.Value;
                if (_definedVariableNames.Contains(variableName)) continue;
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${variableName}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${variableName}\" is not defined.",
                    [usage.Node, operation]);
            }
        }
    }
}
