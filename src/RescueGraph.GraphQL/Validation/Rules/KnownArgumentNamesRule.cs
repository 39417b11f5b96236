using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: every argument is defined by its field or directive (with suggestions).</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(DirectiveNode node)
        {
            // A directive's arguments are checked here, not by the field-argument check below.
            SkipChildren();
            var directiveName = node.Name.Value;
            var documentDefinition = context.GetDocumentDirective(directiveName);
            var schemaDefinition = documentDefinition is null ? context.Schema.GetDirective(directiveName) : null;
            if (documentDefinition is null && schemaDefinition is null) return;

            var arguments = node.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                var argumentName = argument.Name.Value;
                if (schemaDefinition?.GetArgument(argumentName) is not null || IsDefinedBy(documentDefinition, argumentName)) continue;
                var suggestions = Suggestions.SuggestionList(argumentName, ArgumentNames(schemaDefinition, documentDefinition));
                context.ReportError(
                    $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions),
                    argument);
            }
        }

        private static bool IsDefinedBy(DirectiveDefinitionNode? definition, string argumentName)
        {
            if (definition is null) return false;
            foreach (var argument in definition.Arguments)
                if (argument.Name.Value == argumentName) return true;
            return false;
        }

        private static IEnumerable<string> ArgumentNames(DirectiveDefinition? schemaDefinition, DirectiveDefinitionNode? documentDefinition)
        {
            if (schemaDefinition is not null)
                foreach (var argument in schemaDefinition.Arguments) yield return argument.Name;
            if (documentDefinition is not null)
                foreach (var argument in documentDefinition.Arguments) yield return argument.Name.Value;
        }

        public override void Enter(ArgumentNode node)
        {
            var fieldDef = context.GetFieldDef();
            var parentType = context.GetParentType();
            if (context.GetArgument() is not null || fieldDef is null || parentType is null) return;

            var argumentName = node.Name.Value;
            var knownArguments = new string[fieldDef.Arguments.Count];
            for (var i = 0; i < knownArguments.Length; i++) knownArguments[i] = fieldDef.Arguments[i].Name;
            var suggestions = Suggestions.SuggestionList(argumentName, knownArguments);
            context.ReportError(
                $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + Suggestions.DidYouMean(suggestions),
                node);
        }
    }
}
