using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 Field Selections: a selected field is defined on the parent type. Suggests, as graphql-js
/// does, inline fragments on the possible types that have the field, else similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void Enter(FieldNode node)
        {
            var type = context.GetParentType();
            if (type is null || context.GetFieldDef() is not null) return;

            var fieldName = node.Name.Value;
            var suggestion = Suggestions.DidYouMean("to use an inline fragment on", GetSuggestedTypeNames(context.Schema, type, fieldName));
            if (suggestion.Length == 0) suggestion = Suggestions.DidYouMean(GetSuggestedFieldNames(type, fieldName));
            context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
        }
    }

    /// <summary>
    /// For an abstract parent: the possible object types defining the field and their interfaces that do,
    /// the types most often implied first, super types before their sub types, then by name.
    /// </summary>
    private static IReadOnlyList<string> GetSuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType) return Array.Empty<string>();

        var suggestedTypes = new List<FieldsContainerType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null) continue;
            if (!usageCount.ContainsKey(possibleType.Name)) suggestedTypes.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null) continue;
                if (!usageCount.TryGetValue(possibleInterface.Name, out var count)) suggestedTypes.Add(possibleInterface);
                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        // The comparator is not a total order (sub-type ties vs. names), so the algorithm decides: sort as graphql-js's engine does.
        Suggestions.SortLikeJavaScript(suggestedTypes, Compare);

        var names = new string[suggestedTypes.Count];
        for (var i = 0; i < names.Length; i++) names[i] = suggestedTypes[i].Name;
        return names;

        int Compare(FieldsContainerType typeA, FieldsContainerType typeB)
        {
            var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (usageCountDiff != 0) return usageCountDiff;
            // Suggest super types first, followed by sub types.
            if (typeA is InterfaceType && schema.IsSubType(typeA, typeB)) return -1;
            if (typeB is InterfaceType && schema.IsSubType(typeB, typeA)) return 1;
            return Suggestions.NaturalCompare(typeA.Name, typeB.Name);
        }
    }

    /// <summary>For an object or interface parent: its fields named similarly to the unknown one.</summary>
    private static IReadOnlyList<string> GetSuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not FieldsContainerType container) return Array.Empty<string>();
        var fields = container.Fields;
        var names = new string[fields.Count];
        for (var i = 0; i < names.Length; i++) names[i] = fields[i].Name;
        return Suggestions.SuggestionList(fieldName, names);
    }
}
