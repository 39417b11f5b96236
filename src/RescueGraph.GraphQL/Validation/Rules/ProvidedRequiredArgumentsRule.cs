using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2.1 Required Arguments: every non-null argument without a default is given. Checked on leave,
/// as graphql-js does, so errors found deeper in the field come first.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Leave(FieldNode node)
        {
            var fieldDef = context.GetFieldDef();
            if (fieldDef is null) return;
            var argumentDefs = fieldDef.Arguments;
            for (var i = 0; i < argumentDefs.Count; i++)
            {
                var argumentDef = argumentDefs[i];
                if (!argumentDef.IsRequired || IsProvided(node.Arguments, argumentDef.Name)) continue;
                context.ReportError(
                    $"Field \"{fieldDef.Name}\" argument \"{argumentDef.Name}\" of type \"{argumentDef.Type}\" is required, but it was not provided.",
                    node);
            }
        }

        public override void Leave(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            if (context.GetDocumentDirective(directiveName) is { } documentDefinition)
            {
                foreach (var argument in documentDefinition.Arguments)
                    if (argument.Type is NonNullTypeNode && argument.DefaultValue is null && !IsProvided(node.Arguments, argument.Name.Value))
                        ReportMissing(node, argument.Name.Value, Printer.Print(argument.Type));
            }
            else if (context.Schema.GetDirective(directiveName) is { } definition)
            {
                var argumentDefs = definition.Arguments;
                for (var i = 0; i < argumentDefs.Count; i++)
                    if (argumentDefs[i].IsRequired && !IsProvided(node.Arguments, argumentDefs[i].Name))
                        ReportMissing(node, argumentDefs[i].Name, argumentDefs[i].Type.ToString());
            }
        }

        private void ReportMissing(DirectiveNode node, string argumentName, string argumentType) =>
            context.ReportError(
                $"Directive \"@{node.Name.Value}\" argument \"{argumentName}\" of type \"{argumentType}\" is required, but it was not provided.",
                node);

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            for (var i = 0; i < arguments.Count; i++)
                if (arguments[i].Name.Value == name) return true;
            return false;
        }
    }
}
