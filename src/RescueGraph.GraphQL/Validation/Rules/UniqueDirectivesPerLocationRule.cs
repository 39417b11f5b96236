using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node.</summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(OperationDefinitionNode node) => Check(node.Directives);
        public override void Enter(VariableDefinitionNode node) => Check(node.Directives);
        public override void Enter(FieldNode node) => Check(node.Directives);
        public override void Enter(FragmentSpreadNode node) => Check(node.Directives);
        public override void Enter(InlineFragmentNode node) => Check(node.Directives);
        public override void Enter(FragmentDefinitionNode node) => Check(node.Directives);

        private void Check(IReadOnlyList<DirectiveNode> directives)
        {
            if (directives.Count < 2) return;
            Dictionary<string, DirectiveNode>? seen = null;
            for (var i = 0; i < directives.Count; i++)
            {
                var directive = directives[i];
                var name = directive.Name.Value;
                if (!IsUnique(name)) continue;
                seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                if (seen.TryGetValue(name, out var first))
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", [first, directive]);
                else
                    seen[name] = directive;
            }
        }

        // Unknown directives are not checked (KnownDirectivesRule reports them).
        private bool IsUnique(string name) =>
            context.GetDocumentDirective(name) is { } documentDefinition
                ? !documentDefinition.Repeatable
                : context.Schema.GetDirective(name) is { IsRepeatable: false };
    }
}
