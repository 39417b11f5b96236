using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1 Executable Definitions: a document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(DocumentNode node)
        {
            var definitions = node.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                var definition = definitions[i];
                if (definition is ExecutableDefinitionNode) continue;
                var definitionName = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                    TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                    DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                    _ => $"\"{definition.Kind}\"",
                };
                context.ReportError($"The {definitionName} definition is not executable.", definition);
            }
            SkipChildren();
        }
    }
}
