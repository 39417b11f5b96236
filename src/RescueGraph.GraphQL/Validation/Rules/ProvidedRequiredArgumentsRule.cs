using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2.1 Required Arguments: every non-null argument without a default is given. Checked on leave,
/// as graphql-js does, so errors found deeper in the field come first.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        // Directive name → its required arguments as (name, printed type), in definition order.
        private readonly Dictionary<string, (string Name, string Type)[]> _requiredArgumentsByDirective = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                var required = new List<(string, string)>();
                foreach (var argument in directive.Arguments)
                    if (argument.IsRequired) required.Add((argument.Name, argument.Type.ToString()));
                _requiredArgumentsByDirective[directive.Name] = [.. required];
            }
            foreach (var definition in DocumentDirectives.DefinedIn(context.Document))
            {
                var required = new List<(string, string)>();
                foreach (var argument in definition.Arguments)
                    if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                        required.Add((argument.Name.Value, Printer.Print(argument.Type)));
                _requiredArgumentsByDirective[definition.Name.Value] = [.. required];
            }
        }

        public override void Leave(FieldNode node)
        {
            var fieldDef = _context.GetFieldDef();
            if (fieldDef is null) return;
            foreach (var argumentDef in fieldDef.Arguments)
            {
                if (!argumentDef.IsRequired || IsProvided(node.Arguments, argumentDef.Name)) continue;
                _context.ReportError(
                    $"Field \"{fieldDef.Name}\" argument \"{argumentDef.Name}\" of type \"{argumentDef.Type}\" is required, but it was not provided.",
                    node);
            }
        }

        public override void Leave(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            if (!_requiredArgumentsByDirective.TryGetValue(directiveName, out var requiredArguments)) return;
            foreach (var (argumentName, argumentType) in requiredArguments)
            {
                if (IsProvided(node.Arguments, argumentName)) continue;
                _context.ReportError(
                    $"Directive \"@{directiveName}\" argument \"{argumentName}\" of type \"{argumentType}\" is required, but it was not provided.",
                    node);
            }
        }

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            for (var i = 0; i < arguments.Count; i++)
                if (arguments[i].Name.Value == name) return true;
            return false;
        }
    }
}
