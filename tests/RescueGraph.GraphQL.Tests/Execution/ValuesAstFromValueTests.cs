using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using static RescueGraph.GraphQL.Tests.Execution.ValuesTestTypes;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Port of graphql-js 16 <c>astFromValue-test.ts</c>.</summary>
public class ValuesAstFromValueTests
{
    private static void AssertLiteral<TNode>(string printed, object? value, GraphQLType type) where TNode : ValueNode
    {
        var node = AstFromValue.Convert(value, type);
        Assert.IsType<TNode>(node);
        Assert.Equal(printed, Printer.Print(node!));
    }

    private static void AssertThrows(string message, object? value, GraphQLType type) =>
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => AstFromValue.Convert(value, type)).Message);

    private static readonly EnumType MyEnum = new("MyEnum",
    [
        new EnumValueDefinition("HELLO"),
        new EnumValueDefinition("GOODBYE"),
        new EnumValueDefinition("COMPLEX", 42L),
    ]);

    [Fact]
    public void ConvertsBooleanValues()
    {
        AssertLiteral<BooleanValueNode>("true", true, Scalars.Boolean);
        AssertLiteral<BooleanValueNode>("false", false, Scalars.Boolean);
        AssertLiteral<NullValueNode>("null", null, Scalars.Boolean);
        AssertLiteral<BooleanValueNode>("false", 0, Scalars.Boolean);
        AssertLiteral<BooleanValueNode>("true", 1, Scalars.Boolean);
        AssertLiteral<BooleanValueNode>("false", 0, new NonNullType(Scalars.Boolean));
    }

    [Fact]
    public void ConvertsIntValues()
    {
        AssertLiteral<IntValueNode>("-1", -1, Scalars.Int);
        AssertLiteral<IntValueNode>("123", 123.0, Scalars.Int);
        AssertLiteral<IntValueNode>("10000", 1e4, Scalars.Int);
        AssertThrows("Int cannot represent non-integer value: 123.5", 123.5, Scalars.Int);
        AssertThrows("Int cannot represent non 32-bit signed integer value: 1e+40", 1e40, Scalars.Int);
        AssertThrows("Int cannot represent non-integer value: NaN", double.NaN, Scalars.Int);
    }

    [Fact]
    public void ConvertsFloatValues()
    {
        AssertLiteral<IntValueNode>("-1", -1, Scalars.Float);
        AssertLiteral<IntValueNode>("123", 123.0, Scalars.Float);
        AssertLiteral<FloatValueNode>("123.5", 123.5, Scalars.Float);
        AssertLiteral<IntValueNode>("10000", 1e4, Scalars.Float);
        AssertLiteral<FloatValueNode>("1e+40", 1e40, Scalars.Float);
        AssertLiteral<FloatValueNode>("1e-7", 1e-7, Scalars.Float);
        AssertLiteral<FloatValueNode>("0.00001", 0.00001, Scalars.Float);
        AssertLiteral<FloatValueNode>("-1.5e-10", -1.5e-10, Scalars.Float);
        AssertLiteral<FloatValueNode>("0.30000000000000004", 0.1 + 0.2, Scalars.Float);
    }

    [Fact]
    public void ConvertsStringValues()
    {
        AssertLiteral<StringValueNode>("\"hello\"", "hello", Scalars.String);
        AssertLiteral<StringValueNode>("\"VALUE\"", "VALUE", Scalars.String);
        AssertLiteral<StringValueNode>("\"VA\\nLUE\"", "VA\nLUE", Scalars.String);
        AssertLiteral<StringValueNode>("\"123\"", 123, Scalars.String);
        AssertLiteral<StringValueNode>("\"false\"", false, Scalars.String);
        AssertLiteral<NullValueNode>("null", null, Scalars.String);
    }

    [Fact]
    public void ConvertsIdValues()
    {
        AssertLiteral<StringValueNode>("\"hello\"", "hello", Scalars.ID);
        AssertLiteral<StringValueNode>("\"VALUE\"", "VALUE", Scalars.ID);
        AssertLiteral<StringValueNode>("\"VA\\nLUE\"", "VA\nLUE", Scalars.ID);
        AssertLiteral<IntValueNode>("-1", -1, Scalars.ID);
        AssertLiteral<IntValueNode>("123", 123, Scalars.ID);
        AssertLiteral<IntValueNode>("123", "123", Scalars.ID);
        AssertLiteral<StringValueNode>("\"01\"", "01", Scalars.ID);
        AssertThrows("ID cannot represent value: false", false, Scalars.ID);
        AssertLiteral<NullValueNode>("null", null, Scalars.ID);
    }

    [Fact]
    public void ConvertsUsingSerializeOfACustomScalar()
    {
        var passthrough = new FuncScalar("PassthroughScalar", _ => null, serialize: value => value);
        AssertLiteral<StringValueNode>("\"value\"", "value", passthrough);
        AssertThrows("Cannot convert value to AST: NaN.", double.NaN, passthrough);
        AssertThrows("Cannot convert value to AST: Infinity.", double.PositiveInfinity, passthrough);
        AssertThrows("Cannot convert value to AST: { a: 1 }.", Map(("a", 1)), passthrough);

        var returnsNull = new FuncScalar("ReturnNullScalar", _ => null, serialize: _ => null);
        Assert.Null(AstFromValue.Convert("value", returnsNull));
    }

    [Fact]
    public void DoesNotConvertNonNullValuesToNullValue() =>
        Assert.Null(AstFromValue.Convert(null, new NonNullType(Scalars.Boolean)));

    [Fact]
    public void ConvertsEnumValuesByTheirInternalValue()
    {
        AssertLiteral<EnumValueNode>("HELLO", "HELLO", MyEnum);
        AssertLiteral<EnumValueNode>("COMPLEX", 42L, MyEnum);
        AssertThrows("Enum \"MyEnum\" cannot represent value: \"hello\"", "hello", MyEnum);
        AssertThrows("Enum \"MyEnum\" cannot represent value: \"UNKNOWN_VALUE\"", "UNKNOWN_VALUE", MyEnum);
    }

    [Fact]
    public void ConvertsArrayValuesToListLiterals()
    {
        AssertLiteral<ListValueNode>("[\"FOO\", \"BAR\"]", new List<object?> { "FOO", "BAR" }, new ListType(Scalars.String));
        AssertLiteral<ListValueNode>("[HELLO, GOODBYE]", new[] { "HELLO", "GOODBYE" }, new ListType(MyEnum));
        AssertLiteral<ListValueNode>("[1, 2, 3]", Enumerable.Range(1, 3), new ListType(Scalars.Int));
        AssertLiteral<StringValueNode>("\"FOO\"", "FOO", new ListType(Scalars.String));
    }

    [Fact]
    public void SkipsInvalidListItems() =>
        AssertLiteral<ListValueNode>("[\"FOO\", \"BAR\"]", new List<object?> { "FOO", null, "BAR" }, new ListType(new NonNullType(Scalars.String)));

    private static readonly InputObjectType InputObj = new("MyInputObj", () =>
    [
        new InputFieldDefinition("foo", Scalars.Float),
        new InputFieldDefinition("bar", MyEnum),
    ]);

    [Fact]
    public void ConvertsInputObjects()
    {
        AssertLiteral<ObjectValueNode>("{foo: 3, bar: HELLO}", Map(("foo", 3), ("bar", "HELLO")), InputObj);
        // Absent keys are left out; explicit nulls stay.
        AssertLiteral<ObjectValueNode>("{foo: null}", Map(("foo", null)), InputObj);
        AssertLiteral<ObjectValueNode>("{bar: GOODBYE}", Map(("bar", "GOODBYE")), InputObj);
    }

    [Fact]
    public void DoesNotConvertNonObjectValuesAsInputObjects() => Assert.Null(AstFromValue.Convert(5, InputObj));
}
