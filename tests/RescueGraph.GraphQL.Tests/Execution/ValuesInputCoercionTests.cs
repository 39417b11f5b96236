using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Types;
using static RescueGraph.GraphQL.Tests.Execution.ValuesTestTypes;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Port of graphql-js 16 <c>coerceInputValue-test.ts</c>.</summary>
public class ValuesInputCoercionTests
{
    private sealed record CoercionError(string Path, string Value, string Message);

    private static (object? Value, List<CoercionError> Errors) Coerce(object? input, GraphQLType type)
    {
        var errors = new List<CoercionError>();
        var value = InputCoercion.Coerce(input, type, (path, invalidValue, error) =>
            errors.Add(new CoercionError(string.Join(",", path), Show(invalidValue), error.Message)));
        return (value, errors);
    }

    private static string ExpectValue(object? input, GraphQLType type)
    {
        var (value, errors) = Coerce(input, type);
        Assert.Empty(errors);
        return Show(value);
    }

    private static readonly InputObjectType TestInputObject = new("TestInputObject", () =>
    [
        new InputFieldDefinition("foo", new NonNullType(Scalars.Int)),
        new InputFieldDefinition("bar", Scalars.Int),
    ]);

    [Fact]
    public void NonNull_ReturnsNoErrorForNonNullValue() => Assert.Equal("1", ExpectValue(1, new NonNullType(Scalars.Int)));

    [Fact]
    public void NonNull_ReturnsAnErrorForNullValue()
    {
        var (_, errors) = Coerce(null, new NonNullType(Scalars.Int));
        Assert.Equal([new CoercionError("", "null", "Expected non-nullable type \"Int!\" not to be null.")], errors);
    }

    [Fact]
    public void Scalar_ReturnsNoErrorForValidInput()
    {
        var scalar = new FuncScalar("TestScalar", _ => null, input => ((Dictionary<string, object?>)input)["value"]);
        Assert.Equal("1", ExpectValue(Map(("value", 1)), scalar));
        Assert.Equal("null", ExpectValue(Map(("value", null)), scalar));
    }

    [Fact]
    public void Scalar_WrapsAThrownNonGraphQLError()
    {
        var scalar = new FuncScalar("TestScalar", _ => null, input => throw new InvalidOperationException((string)((Dictionary<string, object?>)input)["error"]!));
        var (_, errors) = Coerce(Map(("error", "Some error message")), scalar);
        Assert.Equal([new CoercionError("", "{ error: \"Some error message\" }", "Expected type \"TestScalar\". Some error message")], errors);
    }

    [Fact]
    public void Enum_ReturnsNoErrorForAKnownEnumName()
    {
        Assert.Equal("1", ExpectValue("RED", Color));
        Assert.Equal("3", ExpectValue("BLUE", Color));
    }

    [Fact]
    public void Enum_ReturnsAnErrorForMisspelledEnumValue()
    {
        var (_, errors) = Coerce("red", Color);
        Assert.Equal([new CoercionError("", "\"red\"", "Value \"red\" does not exist in \"TestColor\" enum. Did you mean the enum value \"RED\"?")], errors);
    }

    [Fact]
    public void Enum_ReturnsAnErrorForIncorrectValueType()
    {
        var (_, errors1) = Coerce(123, Color);
        Assert.Equal([new CoercionError("", "123", "Enum \"TestColor\" cannot represent non-string value: 123.")], errors1);

        var (_, errors2) = Coerce(Map(("field", "value")), Color);
        Assert.Equal([new CoercionError("", "{ field: \"value\" }", "Enum \"TestColor\" cannot represent non-string value: { field: \"value\" }.")], errors2);
    }

    [Fact]
    public void InputObject_ReturnsNoErrorForAValidInput() =>
        Assert.Equal("{ foo: 123 }", ExpectValue(Map(("foo", 123)), TestInputObject));

    [Fact]
    public void InputObject_ReturnsAnErrorForANonObjectType()
    {
        var (_, errors) = Coerce(123, TestInputObject);
        Assert.Equal([new CoercionError("", "123", "Expected type \"TestInputObject\" to be an object.")], errors);

        var (_, listErrors) = Coerce(new List<object?> { 1 }, TestInputObject);
        Assert.Equal([new CoercionError("", "[1]", "Expected type \"TestInputObject\" to be an object.")], listErrors);
    }

    [Fact]
    public void InputObject_ReturnsAnErrorForAnInvalidField()
    {
        var (_, errors) = Coerce(Map(("foo", double.NaN)), TestInputObject);
        Assert.Equal([new CoercionError("foo", "NaN", "Int cannot represent non-integer value: NaN")], errors);
    }

    [Fact]
    public void InputObject_ReturnsMultipleErrorsForMultipleInvalidFields()
    {
        var (_, errors) = Coerce(Map(("foo", "abc"), ("bar", "def")), TestInputObject);
        Assert.Equal(
        [
            new CoercionError("foo", "\"abc\"", "Int cannot represent non-integer value: \"abc\""),
            new CoercionError("bar", "\"def\"", "Int cannot represent non-integer value: \"def\""),
        ], errors);
    }

    [Fact]
    public void InputObject_ReturnsErrorForAMissingRequiredField()
    {
        var (_, errors) = Coerce(Map(("bar", 123)), TestInputObject);
        Assert.Equal([new CoercionError("", "{ bar: 123 }", "Field \"foo\" of required type \"Int!\" was not provided.")], errors);
    }

    [Fact]
    public void InputObject_ReturnsErrorForAnUnknownField()
    {
        var (_, errors) = Coerce(Map(("foo", 123), ("unknownField", 123)), TestInputObject);
        Assert.Equal([new CoercionError("", "{ foo: 123, unknownField: 123 }", "Field \"unknownField\" is not defined by type \"TestInputObject\".")], errors);
    }

    [Fact]
    public void InputObject_ReturnsErrorForAMisspelledField()
    {
        var (_, errors) = Coerce(Map(("foo", 123), ("bart", 123)), TestInputObject);
        Assert.Equal([new CoercionError("", "{ foo: 123, bart: 123 }", "Field \"bart\" is not defined by type \"TestInputObject\". Did you mean \"bar\"?")], errors);
    }

    [Fact]
    public void OneOf_AcceptsExactlyOneNonNullField() =>
        Assert.Equal("{ a: \"abc\" }", ExpectValue(Map(("a", "abc")), OneOfInput));

    [Fact]
    public void OneOf_ReturnsAnErrorForMoreThanOneField()
    {
        var (_, errors) = Coerce(Map(("a", "abc"), ("b", 123)), OneOfInput);
        Assert.Equal([new CoercionError("", "{ a: \"abc\", b: 123 }", "Exactly one key must be specified for OneOf type \"TestOneOf\".")], errors);
    }

    [Fact]
    public void OneOf_ReturnsAnErrorForANullField()
    {
        var (_, errors) = Coerce(Map(("a", null)), OneOfInput);
        Assert.Equal([new CoercionError("a", "null", "Field \"a\" must be non-null.")], errors);
    }

    [Fact]
    public void OneOf_ReturnsBothErrorsForNullAndExtraField()
    {
        var (_, errors) = Coerce(Map(("a", null), ("b", 123)), OneOfInput);
        Assert.Equal(
        [
            new CoercionError("", "{ a: null, b: 123 }", "Exactly one key must be specified for OneOf type \"TestOneOf\"."),
            new CoercionError("a", "null", "Field \"a\" must be non-null."),
        ], errors);
    }

    [Fact]
    public void InputObjectWithDefault_UsesTheDefaultOnlyWhenTheFieldIsAbsent()
    {
        var withDefault = new InputObjectType("TestInputObject", () =>
            [new InputFieldDefinition("foo", Scalars.Int) { HasDefaultValue = true, DefaultValue = 7 }]);
        var withNullDefault = new InputObjectType("TestInputObject", () =>
            [new InputFieldDefinition("foo", Scalars.Int) { HasDefaultValue = true, DefaultValue = null }]);

        Assert.Equal("{ foo: 5 }", ExpectValue(Map(("foo", 5)), withDefault));
        Assert.Equal("{ foo: 7 }", ExpectValue(Map(), withDefault));
        Assert.Equal("{ foo: null }", ExpectValue(Map(), withNullDefault));
        Assert.Equal("{ foo: null }", ExpectValue(Map(("foo", null)), withDefault));
    }

    [Fact]
    public void List_ReturnsNoErrorForAValidInput()
    {
        var type = new ListType(Scalars.Int);
        Assert.Equal("[1, 2, 3]", ExpectValue(new List<object?> { 1, 2, 3 }, type));
        Assert.Equal("[1, 2, 3]", ExpectValue(new object[] { 1L, 2L, 3L }, type));
        Assert.Equal("[1, 2, 3]", ExpectValue(Enumerable.Range(1, 3), type));
    }

    [Fact]
    public void List_ReturnsAnErrorForAnInvalidInput()
    {
        var (_, errors) = Coerce(new List<object?> { 1, "b", true, 4 }, new ListType(Scalars.Int));
        Assert.Equal(
        [
            new CoercionError("1", "\"b\"", "Int cannot represent non-integer value: \"b\""),
            new CoercionError("2", "true", "Int cannot represent non-integer value: true"),
        ], errors);
    }

    [Fact]
    public void List_ReturnsAListForANonListValue()
    {
        Assert.Equal("[42]", ExpectValue(42, new ListType(Scalars.Int)));

        var listOfObjects = new ListType(new InputObjectType("TestObject", () => [new InputFieldDefinition("length", Scalars.Int)]));
        Assert.Equal("[{ length: 100500 }]", ExpectValue(Map(("length", 100500)), listOfObjects));
    }

    [Fact]
    public void List_ReturnsAnErrorForANonListInvalidValue()
    {
        var (_, errors) = Coerce("INVALID", new ListType(Scalars.Int));
        Assert.Equal([new CoercionError("", "\"INVALID\"", "Int cannot represent non-integer value: \"INVALID\"")], errors);
    }

    [Fact]
    public void List_ReturnsNullForANullValue() => Assert.Equal("null", ExpectValue(null, new ListType(Scalars.Int)));

    [Fact]
    public void NestedList_CoercesEachLevel()
    {
        var type = new ListType(new ListType(Scalars.Int));
        Assert.Equal("[[1], [2, 3]]", ExpectValue(new List<object?> { new List<object?> { 1 }, new List<object?> { 2, 3 } }, type));
        Assert.Equal("[[42]]", ExpectValue(42, type));
        Assert.Equal("null", ExpectValue(null, type));
        Assert.Equal("[[1], [2], [3]]", ExpectValue(new List<object?> { 1, 2, 3 }, type));
        Assert.Equal("[[42], [null], null]", ExpectValue(new List<object?> { 42, new List<object?> { null }, null }, type));
    }

    [Fact]
    public void DefaultOnError_ThrowsWithoutPath()
    {
        var error = Assert.Throws<GraphQLError>(() => InputCoercion.Coerce(null, new NonNullType(Scalars.Int)));
        Assert.Equal("Invalid value null: Expected non-nullable type \"Int!\" not to be null.", error.Message);
    }

    [Fact]
    public void DefaultOnError_ThrowsWithPath()
    {
        var error = Assert.Throws<GraphQLError>(() =>
            InputCoercion.Coerce(new List<object?> { null }, new ListType(new NonNullType(Scalars.Int))));
        Assert.Equal("Invalid value null at \"value[0]\": Expected non-nullable type \"Int!\" not to be null.", error.Message);
    }

    [Fact]
    public void ProducesDictionariesAndLists()
    {
        Assert.IsType<Dictionary<string, object?>>(InputCoercion.Coerce(Map(("foo", 1)), TestInputObject));
        Assert.IsType<List<object?>>(InputCoercion.Coerce(new object[] { 1 }, new ListType(Scalars.Int)));
        Assert.IsType<int>(InputCoercion.Coerce(1L, Scalars.Int));
    }
}
