using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined and 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(DirectiveNode node)
        {
            var name = node.Name.Value;
            var documentDefinition = context.GetDocumentDirective(name);
            var schemaDefinition = documentDefinition is null ? context.Schema.GetDirective(name) : null;
            if (documentDefinition is null && schemaDefinition is null)
            {
                context.ReportError($"Unknown directive \"@{name}\".", node);
                return;
            }
            if (LocationOf(context.ParentNode) is not { } candidateLocation) return;
            var allowed = schemaDefinition?.IsAllowedAt(candidateLocation) ?? IsAllowedAt(documentDefinition!, candidateLocation);
            if (!allowed) context.ReportError($"Directive \"@{name}\" may not be used on {candidateLocation.ToSpecName()}.", node);
        }

        private static bool IsAllowedAt(DirectiveDefinitionNode definition, DirectiveLocation location)
        {
            var specName = location.ToSpecName();
            foreach (var locationName in definition.Locations)
                if (locationName.Value == specName) return true;
            return false;
        }

        private static DirectiveLocation? LocationOf(SyntaxNode? appliedTo) => appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Mutation => DirectiveLocation.Mutation,
                OperationType.Subscription => DirectiveLocation.Subscription,
                _ => DirectiveLocation.Query,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            _ => null,
        };
    }
}
