using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Types;

/// <summary>Enum coercion rules (spec 3.9), with graphql-js's messages.</summary>
public static class EnumCoercion
{
    public static string Serialize(this EnumType type, object value) =>
        type.GetValueByInternal(value)?.Name
        ?? throw new GraphQLError($"Enum \"{type.Name}\" cannot represent value: {ValueInspector.Inspect(value)}");

    public static object ParseValue(this EnumType type, object value)
    {
        if (value is not string name)
        {
            var inspected = ValueInspector.Inspect(value);
            throw new GraphQLError($"Enum \"{type.Name}\" cannot represent non-string value: {inspected}." + DidYouMeanEnumValue(type, inspected));
        }
        return type.GetValue(name)?.Value
            ?? throw new GraphQLError($"Value \"{name}\" does not exist in \"{type.Name}\" enum." + DidYouMeanEnumValue(type, name));
    }

    public static object ParseLiteral(this EnumType type, ValueNode literal)
    {
        if (literal is not EnumValueNode enumLiteral)
        {
            var printed = Printer.Print(literal);
            throw new GraphQLError($"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + DidYouMeanEnumValue(type, printed));
        }
        return type.GetValue(enumLiteral.Value)?.Value
            ?? throw new GraphQLError($"Value \"{enumLiteral.Value}\" does not exist in \"{type.Name}\" enum." + DidYouMeanEnumValue(type, enumLiteral.Value));
    }

    /// <summary>graphql-js 16.15 suggests close enum value names in coercion errors.</summary>
    private static string DidYouMeanEnumValue(EnumType type, string unknownValue)
    {
        var names = new string[type.Values.Count];
        for (var i = 0; i < names.Length; i++) names[i] = type.Values[i].Name;
        return Validation.Suggestions.DidYouMean("the enum value", Validation.Suggestions.SuggestionList(unknownValue, names));
    }
}
