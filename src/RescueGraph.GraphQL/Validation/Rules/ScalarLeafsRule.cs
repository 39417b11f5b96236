using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3 Leaf Field Selections: leaf fields take no selection set; composite fields require one.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(FieldNode node)
        {
            var type = context.GetType();
            if (type is null) return;
            var fieldName = node.Name.Value;
            if (type.GetNamedType().IsLeafType)
            {
                if (node.SelectionSet is { } selectionSet)
                    context.ReportError(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                        selectionSet);
            }
            else if (node.SelectionSet is null)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    node);
            }
        }
    }
}
