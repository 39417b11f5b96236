using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Data.Projection;

/// <summary>
/// Reads what a request selects below a field, as the executor will collect it (fragments, type conditions,
/// <c>@skip</c>/<c>@include</c>), so the SQL reads exactly the columns the response needs.
/// </summary>
internal static class SelectionReader
{
    /// <summary>Field name → the selection sets of every field node selecting it (merged across aliases).</summary>
    public static Dictionary<string, List<SelectionSetNode?>> Collect(IResolveFieldContext context, IEnumerable<SelectionSetNode?> selectionSets, NamedType type)
    {
        var fields = new Dictionary<string, List<SelectionSetNode?>>(StringComparer.Ordinal);
        foreach (var set in selectionSets)
            if (set is not null) Collect(context, set, type, fields);
        return fields;
    }

    /// <summary>The sub-selections of one field name below <paramref name="selectionSets"/>.</summary>
    public static List<SelectionSetNode?> Below(IResolveFieldContext context, IEnumerable<SelectionSetNode?> selectionSets, NamedType type, string fieldName) =>
        Collect(context, selectionSets, type).TryGetValue(fieldName, out var sets) ? sets : [];

    public static IEnumerable<SelectionSetNode?> Of(IReadOnlyList<FieldNode> nodes)
    {
        foreach (var node in nodes) yield return node.SelectionSet;
    }

    private static void Collect(IResolveFieldContext context, SelectionSetNode set, NamedType type, Dictionary<string, List<SelectionSetNode?>> fields)
    {
        foreach (var selection in set.Selections)
        {
            if (!IsIncluded(context, selection.Directives)) continue;
            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.Name.Value, out var sets)) fields[field.Name.Value] = sets = [];
                    sets.Add(field.SelectionSet);
                    break;
                case InlineFragmentNode inline when Applies(inline.TypeCondition?.Name.Value, type):
                    Collect(context, inline.SelectionSet, type, fields);
                    break;
                case FragmentSpreadNode spread when context.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                                                    && Applies(fragment.TypeCondition.Name.Value, type):
                    Collect(context, fragment.SelectionSet, type, fields);
                    break;
            }
        }
    }

    private static bool Applies(string? typeCondition, NamedType type)
    {
        if (typeCondition is null || typeCondition == type.Name) return true;
        if (type is ObjectType objectType)
            foreach (var implemented in objectType.Interfaces)
                if (implemented.Name == typeCondition) return true;
        return false;
    }

    private static bool IsIncluded(IResolveFieldContext context, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include")) continue;
            var condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if") continue;
                condition = argument.Value switch
                {
                    BooleanValueNode literal => literal.Value,
                    VariableNode variable => context.VariableValues.TryGetValue(variable.Name.Value, out var value) && value is true,
                    _ => false,
                };
            }
            if (name == "skip" ? condition : !condition) return false;
        }
        return true;
    }
}
