using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: every argument is defined by its field or directive (with suggestions).</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, string[]> _argumentNamesByDirective = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                var names = new string[directive.Arguments.Count];
                for (var i = 0; i < names.Length; i++) names[i] = directive.Arguments[i].Name;
                _argumentNamesByDirective[directive.Name] = names;
            }
            foreach (var definition in DocumentDirectives.DefinedIn(context.Document))
            {
                var names = new string[definition.Arguments.Count];
                for (var i = 0; i < names.Length; i++) names[i] = definition.Arguments[i].Name.Value;
                _argumentNamesByDirective[definition.Name.Value] = names;
            }
        }

        public override void Enter(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            if (_argumentNamesByDirective.TryGetValue(directiveName, out var knownArguments))
            {
                foreach (var argument in node.Arguments)
                {
                    var argumentName = argument.Name.Value;
                    if (Array.IndexOf(knownArguments, argumentName) >= 0) continue;
                    var suggestions = Suggestions.SuggestionList(argumentName, knownArguments);
                    _context.ReportError(
                        $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions),
                        argument);
                }
            }
            // A directive's arguments are checked here, not by the field-argument check below.
            SkipChildren();
        }

        public override void Enter(ArgumentNode node)
        {
            var fieldDef = _context.GetFieldDef();
            var parentType = _context.GetParentType();
            if (_context.GetArgument() is not null || fieldDef is null || parentType is null) return;

            var argumentName = node.Name.Value;
            var knownArguments = new string[fieldDef.Arguments.Count];
            for (var i = 0; i < knownArguments.Length; i++) knownArguments[i] = fieldDef.Arguments[i].Name;
            var suggestions = Suggestions.SuggestionList(argumentName, knownArguments);
            _context.ReportError(
                $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + Suggestions.DidYouMean(suggestions),
                node);
        }
    }
}
