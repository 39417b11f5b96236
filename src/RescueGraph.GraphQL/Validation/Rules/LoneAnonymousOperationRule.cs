using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the document's only operation.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _operationCount;

        public override void Enter(DocumentNode node)
        {
            var definitions = node.Definitions;
            for (var i = 0; i < definitions.Count; i++)
                if (definitions[i] is OperationDefinitionNode) _operationCount++;
        }

        public override void Enter(OperationDefinitionNode node)
        {
            if (node.Name is null && _operationCount > 1)
                context.ReportError("This anonymous operation must be the only defined operation.", node);
        }
    }
}
