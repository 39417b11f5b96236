// Cases ported from graphql-js 16's src/validation/__tests__/ValuesOfCorrectTypeRule-test.ts; expected errors
// (messages and locations) are what graphql-js 16.15.0 reports for the same documents.
// (Written out from the graphql-js cases by a script that ran them through graphql@16.15.0.)
// Cases marked "Beyond graphql-js's suite" and the hand-written tests at the end are additions.
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    /// <summary>graphql-js: "Good int value".</summary>
    [Fact]
    public void GoodIntValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            intArgField(intArg: 2)
          }
        }
      ");

    /// <summary>graphql-js: "Good negative int value".</summary>
    [Fact]
    public void GoodNegativeIntValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            intArgField(intArg: -2)
          }
        }
      ");

    /// <summary>graphql-js: "Good boolean value".</summary>
    [Fact]
    public void GoodBooleanValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            booleanArgField(booleanArg: true)
          }
        }
      ");

    /// <summary>graphql-js: "Good string value".</summary>
    [Fact]
    public void GoodStringValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            stringArgField(stringArg: ""foo"")
          }
        }
      ");

    /// <summary>graphql-js: "Good float value".</summary>
    [Fact]
    public void GoodFloatValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            floatArgField(floatArg: 1.1)
          }
        }
      ");

    /// <summary>graphql-js: "Good negative float value".</summary>
    [Fact]
    public void GoodNegativeFloatValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            floatArgField(floatArg: -1.1)
          }
        }
      ");

    /// <summary>graphql-js: "Int into Float".</summary>
    [Fact]
    public void IntIntoFloat() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            floatArgField(floatArg: 1)
          }
        }
      ");

    /// <summary>graphql-js: "Int into ID".</summary>
    [Fact]
    public void IntIntoID() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            idArgField(idArg: 1)
          }
        }
      ");

    /// <summary>graphql-js: "String into ID".</summary>
    [Fact]
    public void StringIntoID() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            idArgField(idArg: ""someIdString"")
          }
        }
      ");

    /// <summary>graphql-js: "Good enum value".</summary>
    [Fact]
    public void GoodEnumValue() => ExpectValid(Rule, @"
        {
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
        }
      ");

    /// <summary>graphql-js: "Enum with undefined value".</summary>
    [Fact]
    public void EnumWithUndefinedValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            enumArgField(enumArg: UNKNOWN)
          }
        }
      ");

    /// <summary>graphql-js: "Enum with null value".</summary>
    [Fact]
    public void EnumWithNullValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            enumArgField(enumArg: NO_FUR)
          }
        }
      ");

    /// <summary>graphql-js: "null into nullable type".</summary>
    [Fact]
    public void NullIntoNullableType() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            intArgField(intArg: null)
          }
        }
      ");

    /// <summary>graphql-js: "null into nullable type on unknown arguments".</summary>
    [Fact]
    public void NullIntoNullableTypeOnUnknownArguments() => ExpectValid(Rule, @"
        {
          dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
            name
          }
        }
      ");

    /// <summary>graphql-js: "Int into String".</summary>
    [Fact]
    public void IntIntoString() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            stringArgField(stringArg: 1)
          }
        }
      ",
            Error("String cannot represent a non string value: 1", (4, 39)));

    /// <summary>graphql-js: "Float into String".</summary>
    [Fact]
    public void FloatIntoString() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            stringArgField(stringArg: 1.0)
          }
        }
      ",
            Error("String cannot represent a non string value: 1.0", (4, 39)));

    /// <summary>graphql-js: "Boolean into String".</summary>
    [Fact]
    public void BooleanIntoString() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            stringArgField(stringArg: true)
          }
        }
      ",
            Error("String cannot represent a non string value: true", (4, 39)));

    /// <summary>graphql-js: "Unquoted String into String".</summary>
    [Fact]
    public void UnquotedStringIntoString() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            stringArgField(stringArg: BAR)
          }
        }
      ",
            Error("String cannot represent a non string value: BAR", (4, 39)));

    /// <summary>graphql-js: "String into Int".</summary>
    [Fact]
    public void StringIntoInt() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            intArgField(intArg: ""3"")
          }
        }
      ",
            Error("Int cannot represent non-integer value: \"3\"", (4, 33)));

    /// <summary>graphql-js: "Big Int into Int".</summary>
    [Fact]
    public void BigIntIntoInt() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            intArgField(intArg: 829384293849283498239482938)
          }
        }
      ",
            Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (4, 33)));

    /// <summary>graphql-js: "Unquoted String into Int".</summary>
    [Fact]
    public void UnquotedStringIntoInt() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            intArgField(intArg: FOO)
          }
        }
      ",
            Error("Int cannot represent non-integer value: FOO", (4, 33)));

    /// <summary>graphql-js: "Simple Float into Int".</summary>
    [Fact]
    public void SimpleFloatIntoInt() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            intArgField(intArg: 3.0)
          }
        }
      ",
            Error("Int cannot represent non-integer value: 3.0", (4, 33)));

    /// <summary>graphql-js: "Float into Int".</summary>
    [Fact]
    public void FloatIntoInt() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            intArgField(intArg: 3.333)
          }
        }
      ",
            Error("Int cannot represent non-integer value: 3.333", (4, 33)));

    /// <summary>graphql-js: "String into Float".</summary>
    [Fact]
    public void StringIntoFloat() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            floatArgField(floatArg: ""3.333"")
          }
        }
      ",
            Error("Float cannot represent non numeric value: \"3.333\"", (4, 37)));

    /// <summary>graphql-js: "Boolean into Float".</summary>
    [Fact]
    public void BooleanIntoFloat() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            floatArgField(floatArg: true)
          }
        }
      ",
            Error("Float cannot represent non numeric value: true", (4, 37)));

    /// <summary>graphql-js: "Unquoted into Float".</summary>
    [Fact]
    public void UnquotedIntoFloat() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            floatArgField(floatArg: FOO)
          }
        }
      ",
            Error("Float cannot represent non numeric value: FOO", (4, 37)));

    /// <summary>graphql-js: "Int into Boolean".</summary>
    [Fact]
    public void IntIntoBoolean() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            booleanArgField(booleanArg: 2)
          }
        }
      ",
            Error("Boolean cannot represent a non boolean value: 2", (4, 41)));

    /// <summary>graphql-js: "Float into Boolean".</summary>
    [Fact]
    public void FloatIntoBoolean() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            booleanArgField(booleanArg: 1.0)
          }
        }
      ",
            Error("Boolean cannot represent a non boolean value: 1.0", (4, 41)));

    /// <summary>graphql-js: "String into Boolean".</summary>
    [Fact]
    public void StringIntoBoolean() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            booleanArgField(booleanArg: ""true"")
          }
        }
      ",
            Error("Boolean cannot represent a non boolean value: \"true\"", (4, 41)));

    /// <summary>graphql-js: "Unquoted into Boolean".</summary>
    [Fact]
    public void UnquotedIntoBoolean() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            booleanArgField(booleanArg: TRUE)
          }
        }
      ",
            Error("Boolean cannot represent a non boolean value: TRUE", (4, 41)));

    /// <summary>graphql-js: "Float into ID".</summary>
    [Fact]
    public void FloatIntoID() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            idArgField(idArg: 1.0)
          }
        }
      ",
            Error("ID cannot represent a non-string and non-integer value: 1.0", (4, 31)));

    /// <summary>graphql-js: "Boolean into ID".</summary>
    [Fact]
    public void BooleanIntoID() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            idArgField(idArg: true)
          }
        }
      ",
            Error("ID cannot represent a non-string and non-integer value: true", (4, 31)));

    /// <summary>graphql-js: "Unquoted into ID".</summary>
    [Fact]
    public void UnquotedIntoID() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            idArgField(idArg: SOMETHING)
          }
        }
      ",
            Error("ID cannot represent a non-string and non-integer value: SOMETHING", (4, 31)));

    /// <summary>graphql-js: "Int into Enum".</summary>
    [Fact]
    public void IntIntoEnum() => ExpectErrors(Rule, @"
        {
          dog {
            doesKnowCommand(dogCommand: 2)
          }
        }
      ",
            Error("Enum \"DogCommand\" cannot represent non-enum value: 2.", (4, 41)));

    /// <summary>graphql-js: "Float into Enum".</summary>
    [Fact]
    public void FloatIntoEnum() => ExpectErrors(Rule, @"
        {
          dog {
            doesKnowCommand(dogCommand: 1.0)
          }
        }
      ",
            Error("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", (4, 41)));

    /// <summary>graphql-js: "String into Enum".</summary>
    [Fact]
    public void StringIntoEnum() => ExpectErrors(Rule, @"
        {
          dog {
            doesKnowCommand(dogCommand: ""SIT"")
          }
        }
      ",
            Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (4, 41)));

    /// <summary>graphql-js: "Boolean into Enum".</summary>
    [Fact]
    public void BooleanIntoEnum() => ExpectErrors(Rule, @"
        {
          dog {
            doesKnowCommand(dogCommand: true)
          }
        }
      ",
            Error("Enum \"DogCommand\" cannot represent non-enum value: true.", (4, 41)));

    /// <summary>graphql-js: "Unknown Enum Value into Enum".</summary>
    [Fact]
    public void UnknownEnumValueIntoEnum() => ExpectErrors(Rule, @"
        {
          dog {
            doesKnowCommand(dogCommand: JUGGLE)
          }
        }
      ",
            Error("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (4, 41)));

    /// <summary>graphql-js: "Different case Enum Value into Enum".</summary>
    [Fact]
    public void DifferentCaseEnumValueIntoEnum() => ExpectErrors(Rule, @"
        {
          dog {
            doesKnowCommand(dogCommand: sit)
          }
        }
      ",
            Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (4, 41)));

    /// <summary>graphql-js: "Good list value".</summary>
    [Fact]
    public void GoodListValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            stringListArgField(stringListArg: [""one"", null, ""two""])
          }
        }
      ");

    /// <summary>graphql-js: "Empty list value".</summary>
    [Fact]
    public void EmptyListValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            stringListArgField(stringListArg: [])
          }
        }
      ");

    /// <summary>graphql-js: "Null list value".</summary>
    [Fact]
    public void NullListValue() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            stringListArgField(stringListArg: null)
          }
        }
      ");

    /// <summary>graphql-js: "Single value into List".</summary>
    [Fact]
    public void SingleValueIntoList() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            stringListArgField(stringListArg: ""one"")
          }
        }
      ");

    /// <summary>graphql-js: "Incorrect item type".</summary>
    [Fact]
    public void IncorrectItemType() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            stringListArgField(stringListArg: [""one"", 2])
          }
        }
      ",
            Error("String cannot represent a non string value: 2", (4, 55)));

    /// <summary>graphql-js: "Single value of incorrect type".</summary>
    [Fact]
    public void SingleValueOfIncorrectType() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            stringListArgField(stringListArg: 1)
          }
        }
      ",
            Error("String cannot represent a non string value: 1", (4, 47)));

    /// <summary>Beyond graphql-js's suite: List into non-list position.</summary>
    [Fact]
    public void ListIntoNonListPosition() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            intArgField(intArg: [1, 2.5])
          }
        }
      ",
            Error("Int cannot represent non-integer value: [1, 2.5]", (4, 33)));

    /// <summary>graphql-js: "Arg on optional arg".</summary>
    [Fact]
    public void ArgOnOptionalArg() => ExpectValid(Rule, @"
        {
          dog {
            isHouseTrained(atOtherHomes: true)
          }
        }
      ");

    /// <summary>graphql-js: "No Arg on optional arg".</summary>
    [Fact]
    public void NoArgOnOptionalArg() => ExpectValid(Rule, @"
        {
          dog {
            isHouseTrained
          }
        }
      ");

    /// <summary>graphql-js: "Multiple args".</summary>
    [Fact]
    public void MultipleArgs() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
          }
        }
      ");

    /// <summary>graphql-js: "Multiple args reverse order".</summary>
    [Fact]
    public void MultipleArgsReverseOrder() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            multipleReqs(req2: 2, req1: 1)
          }
        }
      ");

    /// <summary>graphql-js: "No args on multiple optional".</summary>
    [Fact]
    public void NoArgsOnMultipleOptional() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            multipleOpts
          }
        }
      ");

    /// <summary>graphql-js: "One arg on multiple optional".</summary>
    [Fact]
    public void OneArgOnMultipleOptional() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            multipleOpts(opt1: 1)
          }
        }
      ");

    /// <summary>graphql-js: "Second arg on multiple optional".</summary>
    [Fact]
    public void SecondArgOnMultipleOptional() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            multipleOpts(opt2: 1)
          }
        }
      ");

    /// <summary>graphql-js: "Multiple required args on mixedList".</summary>
    [Fact]
    public void MultipleRequiredArgsOnMixedList() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4)
          }
        }
      ");

    /// <summary>graphql-js: "Multiple required and one optional arg on mixedList".</summary>
    [Fact]
    public void MultipleRequiredAndOneOptionalArgOnMixedList() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
          }
        }
      ");

    /// <summary>graphql-js: "All required and optional args on mixedList".</summary>
    [Fact]
    public void AllRequiredAndOptionalArgsOnMixedList() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
          }
        }
      ");

    /// <summary>graphql-js: "Incorrect value type".</summary>
    [Fact]
    public void IncorrectValueType() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            multipleReqs(req2: ""two"", req1: ""one"")
          }
        }
      ",
            Error("Int cannot represent non-integer value: \"two\"", (4, 32)),
            Error("Int cannot represent non-integer value: \"one\"", (4, 45)));

    /// <summary>graphql-js: "Incorrect value and missing argument (ProvidedRequiredArgumentsRule)".</summary>
    [Fact]
    public void IncorrectValueAndMissingArgumentProvidedRequiredArgumentsRule() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            multipleReqs(req1: ""one"")
          }
        }
      ",
            Error("Int cannot represent non-integer value: \"one\"", (4, 32)));

    /// <summary>graphql-js: "Null value into non-null argument".</summary>
    [Fact]
    public void NullValueIntoNonNullArgument() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            multipleReqs(req1: null)
          }
        }
      ",
            Error("Expected value of type \"Int!\", found null.", (4, 32)));

    /// <summary>graphql-js: "Optional arg, despite required field in type".</summary>
    [Fact]
    public void OptionalArgDespiteRequiredFieldInType() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            complexArgField
          }
        }
      ");

    /// <summary>graphql-js: "Partial object, only required".</summary>
    [Fact]
    public void PartialObjectOnlyRequired() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true })
          }
        }
      ");

    /// <summary>graphql-js: "Partial object, required field can be falsy".</summary>
    [Fact]
    public void PartialObjectRequiredFieldCanBeFalsy() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: false })
          }
        }
      ");

    /// <summary>graphql-js: "Partial object, including required".</summary>
    [Fact]
    public void PartialObjectIncludingRequired() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 4 })
          }
        }
      ");

    /// <summary>graphql-js: "Full object".</summary>
    [Fact]
    public void FullObject() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              intField: 4,
              stringField: ""foo"",
              booleanField: false,
              stringListField: [""one"", ""two""]
            })
          }
        }
      ");

    /// <summary>graphql-js: "Full object with fields in different order".</summary>
    [Fact]
    public void FullObjectWithFieldsInDifferentOrder() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            complexArgField(complexArg: {
              stringListField: [""one"", ""two""],
              booleanField: false,
              requiredField: true,
              stringField: ""foo"",
              intField: 4,
            })
          }
        }
      ");

    /// <summary>graphql-js: "Partial object, missing required".</summary>
    [Fact]
    public void PartialObjectMissingRequired() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            complexArgField(complexArg: { intField: 4 })
          }
        }
      ",
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (4, 41)));

    /// <summary>graphql-js: "Partial object, invalid field type".</summary>
    [Fact]
    public void PartialObjectInvalidFieldType() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            complexArgField(complexArg: {
              stringListField: [""one"", 2],
              requiredField: true,
            })
          }
        }
      ",
            Error("String cannot represent a non string value: 2", (5, 40)));

    /// <summary>graphql-js: "Partial object, null to non-null field".</summary>
    [Fact]
    public void PartialObjectNullToNonNullField() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              nonNullField: null,
            })
          }
        }
      ",
            Error("Expected value of type \"Boolean!\", found null.", (6, 29)));

    /// <summary>graphql-js: "Partial object, unknown field arg".</summary>
    [Fact]
    public void PartialObjectUnknownFieldArg() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              invalidField: ""value""
            })
          }
        }
      ",
            Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (6, 15)));

    /// <summary>Beyond graphql-js's suite: Object into scalar position.</summary>
    [Fact]
    public void ObjectIntoScalarPosition() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            intArgField(intArg: { a: 1 })
          }
        }
      ",
            Error("Int cannot represent non-integer value: {a: 1}", (4, 33)));

    /// <summary>graphql-js: "Exactly one oneOf field".</summary>
    [Fact]
    public void ExactlyOneOneOfField() => ExpectValid(Rule, @"
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: ""abc"" })
          }
        }
      ");

    /// <summary>graphql-js: "Exactly one non-nullable variable in oneOf".</summary>
    [Fact]
    public void ExactlyOneNonNullableVariableInOneOf() => ExpectValid(Rule, @"
        query ($string: String!) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
      ");

    /// <summary>graphql-js: "Nullable variable in oneOf is left to VariablesInAllowedPositionRule".</summary>
    [Fact]
    public void NullableVariableInOneOfIsLeftToVariablesInAllowedPositionRule() => ExpectValid(Rule, @"
        query ($string: String) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
      ");

    /// <summary>graphql-js: "Invalid oneOf field type".</summary>
    [Fact]
    public void InvalidOneOfFieldType() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: 2 })
          }
        }
      ",
            Error("String cannot represent a non string value: 2", (4, 52)));

    /// <summary>graphql-js: "Exactly one null oneOf field".</summary>
    [Fact]
    public void ExactlyOneNullOneOfField() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: null })
          }
        }
      ",
            Error("Field \"OneOfInput.stringField\" must be non-null.", (4, 37)));

    /// <summary>graphql-js: "More than one oneOf field".</summary>
    [Fact]
    public void MoreThanOneOneOfField() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: ""abc"", intField: 123 })
          }
        }
      ",
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (4, 37)));

    /// <summary>Beyond graphql-js's suite: More than one oneOf field with a null.</summary>
    [Fact]
    public void MoreThanOneOneOfFieldWithANull() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: null, intField: 123 })
          }
        }
      ",
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (4, 37)));

    /// <summary>Beyond graphql-js's suite: Empty oneOf object.</summary>
    [Fact]
    public void EmptyOneOfObject() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: {})
          }
        }
      ",
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (4, 37)));

    /// <summary>graphql-js: "with directives of valid types".</summary>
    [Fact]
    public void WithDirectivesOfValidTypes() => ExpectValid(Rule, @"
        {
          dog @include(if: true) {
            name
          }
          human @skip(if: false) {
            name
          }
        }
      ");

    /// <summary>graphql-js: "with directive with incorrect types".</summary>
    [Fact]
    public void WithDirectiveWithIncorrectTypes() => ExpectErrors(Rule, @"
        {
          dog @include(if: ""yes"") {
            name @skip(if: ENUM)
          }
        }
      ",
            Error("Boolean cannot represent a non boolean value: \"yes\"", (3, 28)),
            Error("Boolean cannot represent a non boolean value: ENUM", (4, 28)));

    /// <summary>graphql-js: "variables with valid default values".</summary>
    [Fact]
    public void VariablesWithValidDefaultValues() => ExpectValid(Rule, @"
        query WithDefaultValues(
          $a: Int = 1,
          $b: String = ""ok"",
          $c: ComplexInput = { requiredField: true, intField: 3 }
          $d: Int! = 123
        ) {
          dog { name }
        }
      ");

    /// <summary>graphql-js: "variables with valid default null values".</summary>
    [Fact]
    public void VariablesWithValidDefaultNullValues() => ExpectValid(Rule, @"
        query WithDefaultValues(
          $a: Int = null,
          $b: String = null,
          $c: ComplexInput = { requiredField: true, intField: null }
        ) {
          dog { name }
        }
      ");

    /// <summary>graphql-js: "variables with invalid default null values".</summary>
    [Fact]
    public void VariablesWithInvalidDefaultNullValues() => ExpectErrors(Rule, @"
        query WithDefaultValues(
          $a: Int! = null,
          $b: String! = null,
          $c: ComplexInput = { requiredField: null, intField: null }
        ) {
          dog { name }
        }
      ",
            Error("Expected value of type \"Int!\", found null.", (3, 22)),
            Error("Expected value of type \"String!\", found null.", (4, 25)),
            Error("Expected value of type \"Boolean!\", found null.", (5, 47)));

    /// <summary>graphql-js: "variables with invalid default values".</summary>
    [Fact]
    public void VariablesWithInvalidDefaultValues() => ExpectErrors(Rule, @"
        query InvalidDefaultValues(
          $a: Int = ""one"",
          $b: String = 4,
          $c: ComplexInput = ""NotVeryComplex""
        ) {
          dog { name }
        }
      ",
            Error("Int cannot represent non-integer value: \"one\"", (3, 21)),
            Error("String cannot represent a non string value: 4", (4, 24)),
            Error("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (5, 30)));

    /// <summary>graphql-js: "variables with complex invalid default values".</summary>
    [Fact]
    public void VariablesWithComplexInvalidDefaultValues() => ExpectErrors(Rule, @"
        query WithDefaultValues(
          $a: ComplexInput = { requiredField: 123, intField: ""abc"" }
        ) {
          dog { name }
        }
      ",
            Error("Boolean cannot represent a non boolean value: 123", (3, 47)),
            Error("Int cannot represent non-integer value: \"abc\"", (3, 62)));

    /// <summary>graphql-js: "complex variables missing required field".</summary>
    [Fact]
    public void ComplexVariablesMissingRequiredField() => ExpectErrors(Rule, @"
        query MissingRequiredField($a: ComplexInput = {intField: 3}) {
          dog { name }
        }
      ",
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (2, 55)));

    /// <summary>graphql-js: "list variables with invalid item".</summary>
    [Fact]
    public void ListVariablesWithInvalidItem() => ExpectErrors(Rule, @"
        query InvalidItem($a: [String] = [""one"", 2]) {
          dog { name }
        }
      ",
            Error("String cannot represent a non string value: 2", (2, 50)));

    /// <summary>A scalar whose literal parsing fails with an ordinary exception (graphql-js: "reports original error for custom scalar which throws").</summary>
    private sealed class AlwaysInvalidScalar() : ScalarType("Invalid")
    {
        public override object? Serialize(object value) => value;
        public override object? ParseValue(object value) => throw new InvalidOperationException($"Invalid scalar is always invalid: {ValueInspector.Inspect(value)}");
        public override object? ParseLiteral(RescueGraph.GraphQL.Language.ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            ParseValue(LiteralValues.ToPlainValue(literal, variables)!);
    }

    private static Schema SchemaWithArgumentOf(ScalarType scalar) =>
        new(new ObjectType("Query", () =>
        [
            new FieldDefinition("invalidArg", Scalars.String) { Arguments = [new ArgumentDefinition("arg", scalar)] },
        ]));

    [Fact]
    public void ReportsOriginalErrorForCustomScalarWhichThrows()
    {
        var errors = Validate(SchemaWithArgumentOf(new AlwaysInvalidScalar()), Rule, "{ invalidArg(arg: 123) }");
        AssertErrors([Error("Expected value of type \"Invalid\", found 123; Invalid scalar is always invalid: 123", (1, 19))], errors);
        Assert.Equal("Invalid scalar is always invalid: 123", errors[0].InnerException?.Message);
    }

    /// <summary>graphql-js: "allows custom scalar to accept complex literals" (an SDL scalar takes any literal).</summary>
    [Fact]
    public void AllowsCustomScalarToAcceptComplexLiterals() => ExpectValidWithSchema(
        SdlSchemaBuilder.Build("""
            scalar Any
            type Query { anyArg(arg: Any): String }
            """),
        Rule, @"
          {
            test1: anyArg(arg: 123)
            test2: anyArg(arg: ""abc"")
            test3: anyArg(arg: [123, ""abc""])
            test4: anyArg(arg: {deep: [123, ""abc""]})
          }
        ");

    /// <summary>Scalars report errors without a location; the rule places them at the literal.</summary>
    [Fact]
    public void ScalarErrorsGetTheLiteralsLocation()
    {
        var errors = Validate(TestSchema, Rule, "{ complicatedArgs { intArgField(intArg: true) } }");
        Assert.Equal([new SourceLocation(1, 41)], errors.Single().Locations);
    }
}
