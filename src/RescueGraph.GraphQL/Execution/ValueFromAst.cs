using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// Turns a literal of a document into the internal value of an input type (graphql-js <c>valueFromAST</c>).
/// Variables are read from already coerced variable values; an absent variable is "no value", not null.
/// </summary>
public static class ValueFromAst
{
    /// <summary>
    /// Converts <paramref name="node"/> to a value of <paramref name="type"/>. Returns false when there is
    /// no valid value: no node, an absent variable, a null for a non-null type, or a literal the type
    /// rejects (graphql-js's <c>undefined</c>). Input objects become dictionaries, lists <see cref="List{T}"/>s.
    /// </summary>
    public static bool TryConvert(ValueNode? node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is null) return false;

        if (node is VariableNode variable)
        {
            // The query was validated, so the variable's type is assumed to fit; only null needs a check here.
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return false;
            if (variableValue is null && type is NonNullType) return false;
            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode) return false;
            return TryConvert(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode) return true; // an explicit null

        switch (type)
        {
            case ListType list:
                return TryConvertList(node, list, variables, out value);
            case InputObjectType inputObject:
                return TryConvertInputObject(node, inputObject, variables, out value);
            case NamedType { IsLeafType: true } leaf:
                try
                {
                    value = leaf is EnumType enumType ? enumType.ParseLiteral(node) : ((ScalarType)leaf).ParseLiteral(node, variables);
                    return true;
                }
                catch (Exception)
                {
                    // Any failure to parse means "no valid value", as in graphql-js; validation reports the reason.
                    value = null;
                    return false;
                }
            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static bool TryConvertList(ValueNode node, ListType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        var itemType = type.OfType;
        if (node is not ListValueNode listNode)
        {
            // A single value stands for a list of one.
            var converted = TryConvert(node, itemType, variables, out var item);
            value = converted ? new List<object?>(1) { item } : null;
            return converted;
        }

        var items = new List<object?>(listNode.Values.Count);
        value = null;
        for (var i = 0; i < listNode.Values.Count; i++)
        {
            var itemNode = listNode.Values[i];
            if (IsMissingVariable(itemNode, variables))
            {
                // A missing variable inside a list is null, unless the items must not be null.
                if (itemType is NonNullType) return false;
                items.Add(null);
                continue;
            }
            if (!TryConvert(itemNode, itemType, variables, out var itemValue)) return false;
            items.Add(itemValue);
        }
        value = items;
        return true;
    }

    private static bool TryConvertInputObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode) return false;

        var fields = type.Fields;
        var coerced = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var fieldNode = FindField(objectNode, field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                else if (field.Type is NonNullType) return false;
                continue;
            }
            if (!TryConvert(fieldNode.Value, field.Type, variables, out var fieldValue)) return false;
            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1) return false;
            foreach (var entry in coerced)
                if (entry.Value is null) return false;
        }

        value = coerced;
        return true;
    }

    /// <summary>The last field of that name, as graphql-js's <c>keyMap</c> keeps the last duplicate.</summary>
    private static ObjectFieldNode? FindField(ObjectValueNode node, string name)
    {
        var fields = node.Fields;
        for (var i = fields.Count - 1; i >= 0; i--)
            if (fields[i].Name.Value == name) return fields[i];
        return null;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
