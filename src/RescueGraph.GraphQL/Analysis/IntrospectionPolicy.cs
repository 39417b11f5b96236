using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Analysis;

/// <summary>
/// Finds introspection in an operation, for refusing it to callers that may not introspect
/// (HotChocolate's introspection rule: <c>__schema</c> and <c>__type</c> refused, <c>__typename</c> allowed).
/// </summary>
public static class IntrospectionPolicy
{
    public const string NotAllowedMessage = "Introspection is not allowed for the current request.";

    /// <summary>The first <c>__schema</c> or <c>__type</c> field the operation selects (fragments followed), or null.</summary>
    public static FieldNode? FindIntrospectionField(DocumentNode document, OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        // Only the root type has these fields, but fragments can put them anywhere at the root level.
        return Find(document, operation.SelectionSet, null);
    }

    /// <summary>HotChocolate's error: code <c>HC0046</c>, located at the field, with <c>extensions.field</c>.</summary>
    public static GraphQLError NotAllowedError(FieldNode field) =>
        new(NotAllowedMessage, Validation.ValidationContext.LocationsOf(field), extensions: new Dictionary<string, object?>
        {
            ["field"] = field.Name.Value,
            ["code"] = AnalysisErrorCodes.IntrospectionNotAllowed,
        });

    private static FieldNode? Find(DocumentNode document, SelectionSetNode selectionSet, HashSet<string>? fragmentsSeen)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            FieldNode? found = null;
            switch (selections[i])
            {
                case FieldNode { Name.Value: "__schema" or "__type" } field:
                    return field;
                case InlineFragmentNode inline:
                    found = Find(document, inline.SelectionSet, fragmentsSeen);
                    break;
                case FragmentSpreadNode spread:
                    fragmentsSeen ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!fragmentsSeen.Add(spread.Name.Value)) break;
                    var definitions = document.Definitions;
                    for (var d = 0; d < definitions.Count && found is null; d++)
                        if (definitions[d] is FragmentDefinitionNode fragment && fragment.Name.Value == spread.Name.Value)
                            found = Find(document, fragment.SelectionSet, fragmentsSeen);
                    break;
            }
            if (found is not null) return found;
        }
        return null;
    }
}
