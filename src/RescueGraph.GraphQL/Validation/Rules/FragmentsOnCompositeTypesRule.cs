using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments On Composite Types: a fragment's type condition is an object, interface or union.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(InlineFragmentNode node)
        {
            if (node.TypeCondition is { } typeCondition && IsNonCompositeType(typeCondition))
                context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".", typeCondition);
        }

        public override void Enter(FragmentDefinitionNode node)
        {
            if (IsNonCompositeType(node.TypeCondition))
                context.ReportError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                    node.TypeCondition);
        }

        // Unknown types are KnownTypeNamesRule's to report.
        private bool IsNonCompositeType(NamedTypeNode typeCondition) =>
            context.Schema.GetType(typeCondition.Name.Value) is { IsCompositeType: false };
    }
}
