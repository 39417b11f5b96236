using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(FragmentSpreadNode node)
        {
            var fragmentName = node.Name.Value;
            if (context.GetFragment(fragmentName) is null)
                context.ReportError($"Unknown fragment \"{fragmentName}\".", node.Name);
        }
    }
}
