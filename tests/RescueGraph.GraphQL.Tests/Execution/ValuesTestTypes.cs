using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Types shared by the value coercion tests, mirroring graphql-js's test fixtures.</summary>
internal static class ValuesTestTypes
{
    public static readonly GraphQLType NonNullBool = new NonNullType(Scalars.Boolean);
    public static readonly GraphQLType ListOfBool = new ListType(Scalars.Boolean);
    public static readonly GraphQLType ListOfNonNullBool = new ListType(NonNullBool);
    public static readonly GraphQLType NonNullListOfBool = new NonNullType(ListOfBool);
    public static readonly GraphQLType NonNullListOfNonNullBool = new NonNullType(ListOfNonNullBool);

    public static readonly EnumType Color = new("TestColor",
    [
        new EnumValueDefinition("RED", 1),
        new EnumValueDefinition("GREEN", 2),
        new EnumValueDefinition("BLUE", 3),
        new EnumValueDefinition("NO_CUSTOM_VALUE"),
    ]);

    /// <summary>graphql-js's <c>TestInput</c>: an optional Int with default 42, an optional and a required Boolean.</summary>
    public static readonly InputObjectType TestInput = new("TestInput", () =>
    [
        new InputFieldDefinition("int", Scalars.Int) { HasDefaultValue = true, DefaultValue = 42 },
        new InputFieldDefinition("bool", Scalars.Boolean),
        new InputFieldDefinition("requiredBool", NonNullBool),
    ]);

    public static readonly InputObjectType OneOfInput = new("TestOneOf", () =>
    [
        new InputFieldDefinition("a", Scalars.String),
        new InputFieldDefinition("b", Scalars.Int),
    ])
    { IsOneOf = true };

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries) map[key] = value;
        return map;
    }

    /// <summary>Renders a coerced value the way graphql-js's <c>inspect</c> does, for compact deep comparisons.</summary>
    public static string Show(object? value) => ValueInspector.Inspect(value);
}

/// <summary>A custom scalar whose literal parsing is a test-supplied function (graphql-js's inline GraphQLScalarType).</summary>
internal sealed class FuncScalar(string name, Func<ValueNode, object?> parseLiteral, Func<object, object?>? parseValue = null, Func<object, object?>? serialize = null)
    : ScalarType(name)
{
    public override object? Serialize(object value) => serialize is null ? value : serialize(value);
    public override object? ParseValue(object value) => parseValue is null ? value : parseValue(value);
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => parseLiteral(literal);
}
