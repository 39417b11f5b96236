using System.Globalization;
using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Types;

/// <summary>Reads literals without a type to guide them (graphql-js <c>valueFromASTUntyped</c>).</summary>
public static class LiteralValues
{
    public static object? ToPlainValue(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        switch (literal)
        {
            case NullValueNode:
                return null;
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)) return small;
                if (long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)) return large;
                return double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case EnumValueNode e:
                return e.Value;
            case BooleanValueNode b:
                return b.Value;
            case ListValueNode list:
                var items = new List<object?>(list.Values.Count);
                foreach (var item in list.Values) items.Add(ToPlainValue(item, variables));
                return items;
            case ObjectValueNode obj:
                var map = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (var field in obj.Fields) map[field.Name.Value] = ToPlainValue(field.Value, variables);
                return map;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(literal), literal.Kind, "Not a value literal.");
        }
    }
}
