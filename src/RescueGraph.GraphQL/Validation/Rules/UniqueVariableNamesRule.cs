using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness: one error per repeated name, at every definition of it.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(OperationDefinitionNode node)
        {
            foreach (var (variableName, nameNodes) in NameGroups.GroupByName(node.VariableDefinitions, static definition => definition.Variable.Name))
                if (nameNodes.Count > 1)
                    context.ReportError($"There can be only one variable named \"${variableName}\".", nameNodes);
        }
    }
}
