using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field, and not an introspection
/// field. Fields are collected as the executor would (fragments followed, <c>@skip</c>/<c>@include</c> applied)
/// with no variable values known yet.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription) return;
            var subscriptionType = context.Schema.Subscription;
            if (subscriptionType is null) return;

            var operationName = node.Name?.Value;
            var fields = new RootFieldCollector(context, subscriptionType).Collect(node.SelectionSet);
            if (fields.Count > 1)
            {
                var extraFieldSelections = new List<SyntaxNode>();
                for (var i = 1; i < fields.Count; i++) extraFieldSelections.AddRange(fields[i].Nodes);
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must select only one top level field."
                        : "Anonymous Subscription must select only one top level field.",
                    extraFieldSelections);
            }
            foreach (var (_, fieldNodes) in fields)
            {
                if (!fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal)) continue;
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes);
            }
        }
    }

    /// <summary>graphql-js <c>collectFields</c> for the root selection set, grouping fields by response key in first-seen order.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType runtimeType)
    {
        private readonly List<(string ResponseKey, List<FieldNode> Nodes)> _fields = [];
        private readonly HashSet<string> _visitedFragmentNames = new(StringComparer.Ordinal);

        public List<(string ResponseKey, List<FieldNode> Nodes)> Collect(SelectionSetNode selectionSet)
        {
            CollectInto(selectionSet);
            return _fields;
        }

        private void CollectInto(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (!ShouldInclude(field.Directives)) continue;
                        AddField(field);
                        break;
                    case InlineFragmentNode inlineFragment:
                        if (!ShouldInclude(inlineFragment.Directives) || !ConditionMatches(inlineFragment.TypeCondition)) continue;
                        CollectInto(inlineFragment.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        var fragmentName = spread.Name.Value;
                        if (_visitedFragmentNames.Contains(fragmentName) || !ShouldInclude(spread.Directives)) continue;
                        _visitedFragmentNames.Add(fragmentName);
                        var fragment = context.GetFragment(fragmentName);
                        if (fragment is null || !ConditionMatches(fragment.TypeCondition)) continue;
                        CollectInto(fragment.SelectionSet);
                        break;
                }
            }
        }

        private void AddField(FieldNode field)
        {
            var responseKey = (field.Alias ?? field.Name).Value;
            foreach (var (key, nodes) in _fields)
            {
                if (key != responseKey) continue;
                nodes.Add(field);
                return;
            }
            _fields.Add((responseKey, [field]));
        }

        private bool ConditionMatches(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null) return true;
            var conditionalType = context.Schema.GetType(typeCondition.Name.Value);
            if (ReferenceEquals(conditionalType, runtimeType)) return true;
            return conditionalType is { IsAbstractType: true } && context.Schema.IsSubType(conditionalType, runtimeType);
        }

        /// <summary>
        /// <c>@skip(if: true)</c> and <c>@include(if: false)</c> exclude a selection. Variables have no values
        /// during validation; a condition that is not a boolean literal keeps the selection (graphql-js would throw).
        /// </summary>
        private static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
        {
            if (LiteralCondition(directives, SpecifiedDirectives.Skip.Name) == true) return false;
            if (LiteralCondition(directives, SpecifiedDirectives.Include.Name) == false) return false;
            return true;
        }

        private static bool? LiteralCondition(IReadOnlyList<DirectiveNode> directives, string directiveName)
        {
            for (var i = 0; i < directives.Count; i++)
            {
                if (directives[i].Name.Value != directiveName) continue;
                foreach (var argument in directives[i].Arguments)
                    if (argument.Name.Value == "if") return argument.Value is BooleanValueNode literal ? literal.Value : null;
                return null;
            }
            return null;
        }
    }
}
