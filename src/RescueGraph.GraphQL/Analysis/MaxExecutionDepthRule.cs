using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Validation;

namespace RescueGraph.GraphQL.Analysis;

/// <summary>
/// Refuses operations whose fields nest deeper than <see cref="MaxAllowedExecutionDepth"/> (HotChocolate's
/// <c>AddMaxExecutionDepthRule</c>): a root field has depth 1, fragments count where they are spread. Reported
/// once per operation, at the operation, with <c>allowedExecutionDepth</c> and <c>detectedExecutionDepth</c>.
/// Add it through <c>RequestExecutorOptions.AdditionalRules</c>.
/// </summary>
public sealed class MaxExecutionDepthRule : IValidationRule
{
    /// <param name="maxAllowedExecutionDepth">Deepest allowed field nesting (at least 1).</param>
    /// <param name="skipIntrospectionFields">
    /// Whether fields starting with <c>__</c> (and all below them) are left out, so tools' introspection queries pass
    /// a tight limit. HotChocolate's option of the same name defaults to false; here it defaults to true.
    /// </param>
    public MaxExecutionDepthRule(int maxAllowedExecutionDepth, bool skipIntrospectionFields = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAllowedExecutionDepth, 1);
        MaxAllowedExecutionDepth = maxAllowedExecutionDepth;
        SkipIntrospectionFields = skipIntrospectionFields;
    }

    public int MaxAllowedExecutionDepth { get; }
    public bool SkipIntrospectionFields { get; }

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(this, context);

    private sealed class Visitor(MaxExecutionDepthRule rule, ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _fragmentsOnPath = new(StringComparer.Ordinal);

        public override void Enter(OperationDefinitionNode node)
        {
            var depth = Depth(node.SelectionSet, 0);
            if (depth > rule.MaxAllowedExecutionDepth)
            {
                context.ReportError(new GraphQLError(
                    $"The GraphQL document has an execution depth of {depth} which exceeds the max allowed execution depth of {rule.MaxAllowedExecutionDepth}.",
                    ValidationContext.LocationsOf(node),
                    extensions: new Dictionary<string, object?>
                    {
                        ["allowedExecutionDepth"] = rule.MaxAllowedExecutionDepth,
                        ["detectedExecutionDepth"] = depth,
                    }));
            }
            SkipChildren();
        }

        // The deepest field level reached below a selection set whose parent field sits at parentDepth.
        private int Depth(SelectionSetNode selectionSet, int parentDepth)
        {
            var deepest = parentDepth;
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                int reached;
                switch (selections[i])
                {
                    case FieldNode field:
                        if (rule.SkipIntrospectionFields && field.Name.Value.StartsWith("__", StringComparison.Ordinal)) continue;
                        reached = field.SelectionSet is null ? parentDepth + 1 : Depth(field.SelectionSet, parentDepth + 1);
                        break;
                    case InlineFragmentNode inline:
                        reached = Depth(inline.SelectionSet, parentDepth);
                        break;
                    case FragmentSpreadNode spread:
                        // Cycles are NoFragmentCyclesRule's to report; here a cycle just ends the walk.
                        var name = spread.Name.Value;
                        if (context.GetFragment(name) is not { } fragment || !_fragmentsOnPath.Add(name)) continue;
                        reached = Depth(fragment.SelectionSet, parentDepth);
                        _fragmentsOnPath.Remove(name);
                        break;
                    default:
                        continue;
                }
                if (reached > deepest) deepest = reached;
            }
            return deepest;
        }
    }
}
