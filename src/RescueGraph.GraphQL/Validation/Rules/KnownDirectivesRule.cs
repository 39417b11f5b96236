using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined and 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, IReadOnlyList<DirectiveLocation>> _locationsByDirective = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives) _locationsByDirective[directive.Name] = directive.Locations;
            foreach (var definition in DocumentDirectives.DefinedIn(context.Document))
            {
                var locations = new List<DirectiveLocation>(definition.Locations.Count);
                foreach (var locationName in definition.Locations)
                    if (DirectiveLocationNames.TryParse(locationName.Value, out var location)) locations.Add(location);
                _locationsByDirective[definition.Name.Value] = locations;
            }
        }

        public override void Enter(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (!_locationsByDirective.TryGetValue(name, out var locations))
            {
                _context.ReportError($"Unknown directive \"@{name}\".", node);
                return;
            }
            if (LocationOf(_context.ParentNode) is { } candidateLocation && !Contains(locations, candidateLocation))
                _context.ReportError($"Directive \"@{name}\" may not be used on {candidateLocation.ToSpecName()}.", node);
        }

        private static bool Contains(IReadOnlyList<DirectiveLocation> locations, DirectiveLocation location)
        {
            for (var i = 0; i < locations.Count; i++)
                if (locations[i] == location) return true;
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
