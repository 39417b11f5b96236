using System.Collections;
using System.Globalization;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>Marks a string to be written as an enum literal (unquoted) in an applied directive.</summary>
public readonly record struct EnumLiteral(string Name);

/// <summary>Writes CLR values as GraphQL literals for applied directives, whose argument types are not known here.</summary>
internal static class PlainLiterals
{
    public static AppliedDirective Directive(string name, (string Name, object? Value)[] arguments)
    {
        var nodes = new ArgumentNode[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            nodes[i] = new ArgumentNode
            {
                Name = new NameNode { Value = arguments[i].Name },
                Value = ToLiteral(arguments[i].Value),
            };
        }
        return new AppliedDirective(name, nodes);
    }

    public static ValueNode ToLiteral(object? value)
    {
        switch (value)
        {
            case null: return new NullValueNode();
            case ValueNode node: return node;
            case EnumLiteral literal: return new EnumValueNode { Value = literal.Name };
            case string s: return new StringValueNode { Value = s };
            case bool b: return new BooleanValueNode { Value = b };
            case Enum e: return new EnumValueNode { Value = EnumTypeFactory.ToEnumValueName(e.ToString()) };
            case int or long or short or byte: return new IntValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture)! };
            case double or float or decimal: return new FloatValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture)! };
            case IDictionary<string, object?> map:
            {
                var fields = new List<ObjectFieldNode>(map.Count);
                foreach (var (key, item) in map)
                    fields.Add(new ObjectFieldNode { Name = new NameNode { Value = key }, Value = ToLiteral(item) });
                return new ObjectValueNode { Fields = fields };
            }
            case IEnumerable list:
            {
                var items = new List<ValueNode>();
                foreach (var item in list) items.Add(ToLiteral(item));
                return new ListValueNode { Values = items };
            }
            default:
                throw new ArgumentException($"Cannot write {value.GetType().Name} as a GraphQL literal.", nameof(value));
        }
    }
}
