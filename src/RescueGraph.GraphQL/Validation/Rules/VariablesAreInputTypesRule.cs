using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object (possibly wrapped).</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(VariableDefinitionNode node)
        {
            // Unknown types are KnownTypeNamesRule's to report.
            if (TypeFromAst.Convert(context.Schema, node.Type) is { IsInputType: false })
                context.ReportError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                    node.Type);
        }
    }
}
