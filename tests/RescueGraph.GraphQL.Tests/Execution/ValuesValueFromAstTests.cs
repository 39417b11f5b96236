using RescueGraph.GraphQL.Execution;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using static RescueGraph.GraphQL.Tests.Execution.ValuesTestTypes;

namespace RescueGraph.GraphQL.Tests.Execution;

/// <summary>Port of graphql-js 16 <c>valueFromAST-test.ts</c>.</summary>
public class ValuesValueFromAstTests
{
    private const string Undefined = "<undefined>";

    /// <summary>The converted value as graphql-js's inspect shows it, or "&lt;undefined&gt;" when there is none.</summary>
    private static string From(string valueText, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null) =>
        ValueFromAst.TryConvert(Parser.ParseValue(valueText), type, variables, out var value) ? Show(value) : Undefined;

    private static readonly Dictionary<string, object?> NoVariables = new();

    [Fact]
    public void RejectsEmptyInput()
    {
        Assert.False(ValueFromAst.TryConvert(null, Scalars.Boolean, null, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void ConvertsAccordingToInputCoercionRules()
    {
        Assert.Equal("true", From("true", Scalars.Boolean));
        Assert.Equal("false", From("false", Scalars.Boolean));
        Assert.Equal("123", From("123", Scalars.Int));
        Assert.Equal("123", From("123", Scalars.Float));
        Assert.Equal("123.456", From("123.456", Scalars.Float));
        Assert.Equal("\"abc123\"", From("\"abc123\"", Scalars.String));
        Assert.Equal("\"123456\"", From("123456", Scalars.ID));
        Assert.Equal("\"123456\"", From("\"123456\"", Scalars.ID));

        Assert.True(ValueFromAst.TryConvert(Parser.ParseValue("123"), Scalars.Int, null, out var intValue));
        Assert.IsType<int>(intValue);
        Assert.True(ValueFromAst.TryConvert(Parser.ParseValue("123"), Scalars.Float, null, out var floatValue));
        Assert.IsType<double>(floatValue);
    }

    [Theory]
    [InlineData("123", "Boolean")]
    [InlineData("123.456", "Int")]
    [InlineData("true", "Int")]
    [InlineData("\"123\"", "Int")]
    [InlineData("\"123\"", "Float")]
    [InlineData("123", "String")]
    [InlineData("true", "String")]
    [InlineData("123.456", "String")]
    [InlineData("123.456", "ID")]
    [InlineData("2147483648", "Int")]
    public void DoesNotConvertWhenInputCoercionRulesRejectAValue(string literal, string scalarName)
    {
        var scalar = Scalars.Specified.Single(s => s.Name == scalarName);
        Assert.Equal(Undefined, From(literal, scalar));
    }

    [Fact]
    public void ConvertsUsingParseLiteralOfACustomScalar()
    {
        var passthrough = new FuncScalar("PassthroughScalar", node => ((StringValueNode)node).Value);
        Assert.Equal("\"value\"", From("\"value\"", passthrough));

        var printing = new FuncScalar("PrintScalar", node => $"~~~{Printer.Print(node)}~~~");
        Assert.Equal("\"~~~\\\"value\\\"~~~\"", From("\"value\"", printing));

        var throwing = new FuncScalar("ThrowScalar", _ => throw new InvalidOperationException("Test"));
        Assert.Equal(Undefined, From("value", throwing));
    }

    [Fact]
    public void ConvertsEnumValuesAccordingToInputCoercionRules()
    {
        Assert.Equal("1", From("RED", Color));
        Assert.Equal("3", From("BLUE", Color));
        Assert.Equal(Undefined, From("3", Color));
        Assert.Equal(Undefined, From("\"BLUE\"", Color));
        Assert.Equal(Undefined, From("PURPLE", Color));
        Assert.Equal("null", From("null", Color));
        Assert.Equal(Undefined, From("null", new NonNullType(Color)));
        Assert.Equal("\"NO_CUSTOM_VALUE\"", From("NO_CUSTOM_VALUE", Color));
    }

    [Fact]
    public void CoercesToNullUnlessNonNull()
    {
        Assert.Equal("null", From("null", Scalars.Boolean));
        Assert.Equal(Undefined, From("null", NonNullBool));
    }

    [Fact]
    public void CoercesListsOfValues()
    {
        Assert.Equal("[true]", From("true", ListOfBool));
        Assert.Equal(Undefined, From("123", ListOfBool));
        Assert.Equal("null", From("null", ListOfBool));
        Assert.Equal("[true, false]", From("[true, false]", ListOfBool));
        Assert.Equal(Undefined, From("[true, 123]", ListOfBool));
        Assert.Equal("[true, null]", From("[true, null]", ListOfBool));
        Assert.Equal(Undefined, From("{ true: true }", ListOfBool));
    }

    [Fact]
    public void CoercesNonNullListsOfValues()
    {
        Assert.Equal("[true]", From("true", NonNullListOfBool));
        Assert.Equal(Undefined, From("123", NonNullListOfBool));
        Assert.Equal(Undefined, From("null", NonNullListOfBool));
        Assert.Equal("[true, false]", From("[true, false]", NonNullListOfBool));
        Assert.Equal(Undefined, From("[true, 123]", NonNullListOfBool));
        Assert.Equal("[true, null]", From("[true, null]", NonNullListOfBool));
    }

    [Fact]
    public void CoercesListsOfNonNullValues()
    {
        Assert.Equal("[true]", From("true", ListOfNonNullBool));
        Assert.Equal(Undefined, From("123", ListOfNonNullBool));
        Assert.Equal("null", From("null", ListOfNonNullBool));
        Assert.Equal("[true, false]", From("[true, false]", ListOfNonNullBool));
        Assert.Equal(Undefined, From("[true, 123]", ListOfNonNullBool));
        Assert.Equal(Undefined, From("[true, null]", ListOfNonNullBool));
    }

    [Fact]
    public void CoercesNonNullListsOfNonNullValues()
    {
        Assert.Equal("[true]", From("true", NonNullListOfNonNullBool));
        Assert.Equal(Undefined, From("123", NonNullListOfNonNullBool));
        Assert.Equal(Undefined, From("null", NonNullListOfNonNullBool));
        Assert.Equal("[true, false]", From("[true, false]", NonNullListOfNonNullBool));
        Assert.Equal(Undefined, From("[true, 123]", NonNullListOfNonNullBool));
        Assert.Equal(Undefined, From("[true, null]", NonNullListOfNonNullBool));
    }

    [Fact]
    public void CoercesInputObjectsAccordingToInputCoercionRules()
    {
        Assert.Equal("null", From("null", TestInput));
        Assert.Equal(Undefined, From("123", TestInput));
        Assert.Equal(Undefined, From("[]", TestInput));
        Assert.Equal("{ int: 123, requiredBool: false }", From("{ int: 123, requiredBool: false }", TestInput));
        Assert.Equal("{ int: 42, bool: true, requiredBool: false }", From("{ bool: true, requiredBool: false }", TestInput));
        Assert.Equal(Undefined, From("{ int: true, requiredBool: true }", TestInput));
        Assert.Equal(Undefined, From("{ requiredBool: null }", TestInput));
        Assert.Equal(Undefined, From("{ bool: true }", TestInput));
    }

    [Fact]
    public void CoercesOneOfInputObjectsOnlyWithExactlyOneNonNullField()
    {
        Assert.Equal("{ a: \"abc\" }", From("{ a: \"abc\" }", OneOfInput));
        Assert.Equal("{ b: 123 }", From("{ b: 123 }", OneOfInput));
        Assert.Equal(Undefined, From("{ a: null }", OneOfInput));
        Assert.Equal(Undefined, From("{ a: \"abc\", b: 123 }", OneOfInput));
        Assert.Equal(Undefined, From("{}", OneOfInput));
        Assert.Equal(Undefined, From("{ a: $var }", OneOfInput, NoVariables));
        Assert.Equal(Undefined, From("{ a: $var }", OneOfInput, Map(("var", null))));
        Assert.Equal("{ a: \"abc\" }", From("{ a: $var }", OneOfInput, Map(("var", "abc"))));
    }

    [Fact]
    public void AcceptsVariableValuesAssumingAlreadyCoerced()
    {
        Assert.Equal(Undefined, From("$var", Scalars.Boolean, NoVariables));
        Assert.Equal(Undefined, From("$var", Scalars.Boolean));
        Assert.Equal("true", From("$var", Scalars.Boolean, Map(("var", true))));
        Assert.Equal("null", From("$var", Scalars.Boolean, Map(("var", null))));
        Assert.Equal(Undefined, From("$var", NonNullBool, Map(("var", null))));
    }

    [Fact]
    public void AssertsVariablesAreProvidedAsItemsInLists()
    {
        Assert.Equal("[null]", From("[ $foo ]", ListOfBool, NoVariables));
        Assert.Equal(Undefined, From("[ $foo ]", ListOfNonNullBool, NoVariables));
        Assert.Equal("[true]", From("[ $foo ]", ListOfNonNullBool, Map(("foo", true))));
        // Variables are already coerced, so a variable is not wrapped in a list of one.
        Assert.Equal("true", From("$foo", ListOfNonNullBool, Map(("foo", true))));
        Assert.Equal("[true]", From("$foo", ListOfNonNullBool, Map(("foo", new List<object?> { true }))));
    }

    [Fact]
    public void OmitsInputObjectFieldsForUnprovidedVariables()
    {
        Assert.Equal("{ int: 42, requiredBool: true }", From("{ int: $foo, bool: $foo, requiredBool: true }", TestInput, NoVariables));
        Assert.Equal(Undefined, From("{ requiredBool: $foo }", TestInput, NoVariables));
        Assert.Equal("{ int: 42, requiredBool: true }", From("{ requiredBool: $foo }", TestInput, Map(("foo", true))));
    }

    [Fact]
    public void ProducesDictionariesAndLists()
    {
        Assert.True(ValueFromAst.TryConvert(Parser.ParseValue("{ requiredBool: true }"), TestInput, null, out var obj));
        Assert.IsType<Dictionary<string, object?>>(obj);
        Assert.True(ValueFromAst.TryConvert(Parser.ParseValue("[true]"), ListOfBool, null, out var list));
        Assert.IsType<List<object?>>(list);
    }
}
