using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Validation;

namespace RescueGraph.GraphQL.Analysis;

/// <summary>
/// Limits how often one field coordinate may nest within itself, e.g. <c>Organization.centers</c> inside
/// <c>RescueCenter.organization</c> inside <c>Organization.centers</c> … (HotChocolate's
/// <c>AddMaxAllowedFieldCycleDepthRule</c>, default 3 per coordinate). Introspection fields are exempt.
/// The first overflow is reported ("Maximum allowed coordinate cycle depth was exceeded.", code <c>HC0087</c>)
/// at the field, with its path, and the walk stops. Add it through <c>RequestExecutorOptions.AdditionalRules</c>.
/// </summary>
public sealed class MaxFieldCycleDepthRule : IValidationRule
{
    public const int DefaultCycleLimit = 3;

    private readonly Dictionary<string, int> _coordinateLimits;

    /// <param name="defaultCycleLimit">How often any coordinate may occur on one path (at least 1).</param>
    /// <param name="coordinateCycleLimits">Per-coordinate limits, keyed <c>Type.field</c>.</param>
    public MaxFieldCycleDepthRule(int defaultCycleLimit = DefaultCycleLimit, IReadOnlyDictionary<string, int>? coordinateCycleLimits = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(defaultCycleLimit, 1);
        DefaultLimit = defaultCycleLimit;
        _coordinateLimits = new Dictionary<string, int>(StringComparer.Ordinal);
        if (coordinateCycleLimits is not null)
            foreach (var (coordinate, limit) in coordinateCycleLimits) _coordinateLimits[coordinate] = limit;
    }

    public int DefaultLimit { get; }

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(this, context);

    private sealed class Visitor(MaxFieldCycleDepthRule rule, ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, int> _onPath = new(StringComparer.Ordinal);
        private readonly HashSet<string> _fragmentsOnPath = new(StringComparer.Ordinal);
        private readonly List<object> _path = [];
        private bool _reported;

        public override void Enter(OperationDefinitionNode node)
        {
            if (!_reported && context.Schema.GetRootType(node.Operation) is { } root) Walk(node.SelectionSet, root);
            SkipChildren();
        }

        private void Walk(SelectionSetNode selectionSet, NamedType parentType)
        {
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count && !_reported; i++)
            {
                switch (selections[i])
                {
                    case FieldNode field:
                        VisitField(field, parentType);
                        break;
                    case InlineFragmentNode inline:
                        Walk(inline.SelectionSet, TypeOf(inline.TypeCondition, parentType));
                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (context.GetFragment(name) is not { } fragment || !_fragmentsOnPath.Add(name)) break;
                        Walk(fragment.SelectionSet, TypeOf(fragment.TypeCondition, parentType));
                        _fragmentsOnPath.Remove(name);
                        break;
                }
            }
        }

        private void VisitField(FieldNode node, NamedType parentType)
        {
            var name = node.Name.Value;
            if (name.StartsWith("__", StringComparison.Ordinal) || parentType is not FieldsContainerType container) return;
            var field = container.GetField(name);
            if (field is null) return;

            var coordinate = parentType.Name + "." + name;
            var count = _onPath.GetValueOrDefault(coordinate);
            var limit = rule._coordinateLimits.TryGetValue(coordinate, out var specific) ? specific : rule.DefaultLimit;
            if (count >= limit)
            {
                _reported = true;
                context.ReportError(new GraphQLError(
                    "Maximum allowed coordinate cycle depth was exceeded.",
                    ValidationContext.LocationsOf(node),
                    [.. _path, node.Alias?.Value ?? name],
                    new Dictionary<string, object?> { ["code"] = AnalysisErrorCodes.MaxCoordinateCycleDepthOverflow }));
                return;
            }
            if (node.SelectionSet is null) return;

            _onPath[coordinate] = count + 1;
            _path.Add(node.Alias?.Value ?? name);
            Walk(node.SelectionSet, field.Type.GetNamedType());
            _path.RemoveAt(_path.Count - 1);
            _onPath[coordinate] = count;
        }

        private NamedType TypeOf(NamedTypeNode? condition, NamedType fallback) =>
            condition is null ? fallback : context.Schema.GetType(condition.Name.Value) ?? fallback;
    }
}
