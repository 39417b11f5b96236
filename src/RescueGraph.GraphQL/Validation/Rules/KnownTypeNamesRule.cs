using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence and 5.8.2 (variable types): every named type reference
/// names a type of the schema (or one the document itself defines, as graphql-js allows).
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            var definitions = context.Document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
                if (definitions[i] is TypeDefinitionNode typeDefinition) _definedTypes.Add(typeDefinition.Name.Value);
        }

        public override void Enter(NamedTypeNode node)
        {
            var typeName = node.Name.Value;
            if (_context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName)) return;
            var suggestions = Suggestions.SuggestionList(typeName, KnownTypeNames());
            _context.ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
        }

        // Schema types in graphql-js type map order, then the document's own; built only when a name is unknown.
        private IEnumerable<string> KnownTypeNames()
        {
            var types = _context.Schema.Types;
            for (var i = 0; i < types.Count; i++) yield return types[i].Name;
            foreach (var defined in _definedTypes) yield return defined;
        }
    }
}
