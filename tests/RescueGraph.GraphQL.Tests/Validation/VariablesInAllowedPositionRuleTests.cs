// Cases ported from graphql-js 16's src/validation/__tests__/VariablesInAllowedPositionRule-test.ts; expected errors
// (messages and locations) are what graphql-js 16.15.0 reports for the same documents.
// (Written out from the graphql-js cases by a script that ran them through graphql@16.15.0.)
// Cases marked "Beyond graphql-js's suite" and the hand-written tests at the end are additions.
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    /// <summary>graphql-js: "Boolean =&gt; Boolean".</summary>
    [Fact]
    public void BooleanToBoolean() => ExpectValid(Rule, @"
      query Query($booleanArg: Boolean)
      {
        complicatedArgs {
          booleanArgField(booleanArg: $booleanArg)
        }
      }
    ");

    /// <summary>graphql-js: "Boolean =&gt; Boolean within fragment".</summary>
    [Fact]
    public void BooleanToBooleanWithinFragment() => ExpectValid(Rule, @"
      fragment booleanArgFrag on ComplicatedArgs {
        booleanArgField(booleanArg: $booleanArg)
      }
      query Query($booleanArg: Boolean)
      {
        complicatedArgs {
          ...booleanArgFrag
        }
      }
    ");

    /// <summary>graphql-js: "Boolean =&gt; Boolean within fragment, fragment after operation".</summary>
    [Fact]
    public void BooleanToBooleanWithinFragmentFragmentAfterOperation() => ExpectValid(Rule, @"
      query Query($booleanArg: Boolean)
      {
        complicatedArgs {
          ...booleanArgFrag
        }
      }
      fragment booleanArgFrag on ComplicatedArgs {
        booleanArgField(booleanArg: $booleanArg)
      }
    ");

    /// <summary>graphql-js: "Boolean! =&gt; Boolean".</summary>
    [Fact]
    public void BooleanNonNullToBoolean() => ExpectValid(Rule, @"
      query Query($nonNullBooleanArg: Boolean!)
      {
        complicatedArgs {
          booleanArgField(booleanArg: $nonNullBooleanArg)
        }
      }
    ");

    /// <summary>graphql-js: "Boolean! =&gt; Boolean within fragment".</summary>
    [Fact]
    public void BooleanNonNullToBooleanWithinFragment() => ExpectValid(Rule, @"
      fragment booleanArgFrag on ComplicatedArgs {
        booleanArgField(booleanArg: $nonNullBooleanArg)
      }

      query Query($nonNullBooleanArg: Boolean!)
      {
        complicatedArgs {
          ...booleanArgFrag
        }
      }
    ");

    /// <summary>graphql-js: "[String] =&gt; [String]".</summary>
    [Fact]
    public void ListOfStringToListOfString() => ExpectValid(Rule, @"
      query Query($stringListVar: [String])
      {
        complicatedArgs {
          stringListArgField(stringListArg: $stringListVar)
        }
      }
    ");

    /// <summary>graphql-js: "[String!] =&gt; [String]".</summary>
    [Fact]
    public void ListOfStringNonNullToListOfString() => ExpectValid(Rule, @"
      query Query($stringListVar: [String!])
      {
        complicatedArgs {
          stringListArgField(stringListArg: $stringListVar)
        }
      }
    ");

    /// <summary>graphql-js: "String =&gt; [String] in item position".</summary>
    [Fact]
    public void StringToListOfStringInItemPosition() => ExpectValid(Rule, @"
      query Query($stringVar: String)
      {
        complicatedArgs {
          stringListArgField(stringListArg: [$stringVar])
        }
      }
    ");

    /// <summary>graphql-js: "String! =&gt; [String] in item position".</summary>
    [Fact]
    public void StringNonNullToListOfStringInItemPosition() => ExpectValid(Rule, @"
      query Query($stringVar: String!)
      {
        complicatedArgs {
          stringListArgField(stringListArg: [$stringVar])
        }
      }
    ");

    /// <summary>graphql-js: "ComplexInput =&gt; ComplexInput".</summary>
    [Fact]
    public void ComplexInputToComplexInput() => ExpectValid(Rule, @"
      query Query($complexVar: ComplexInput)
      {
        complicatedArgs {
          complexArgField(complexArg: $complexVar)
        }
      }
    ");

    /// <summary>graphql-js: "ComplexInput =&gt; ComplexInput in field position".</summary>
    [Fact]
    public void ComplexInputToComplexInputInFieldPosition() => ExpectValid(Rule, @"
      query Query($boolVar: Boolean = false)
      {
        complicatedArgs {
          complexArgField(complexArg: {requiredArg: $boolVar})
        }
      }
    ");

    /// <summary>graphql-js: "Boolean! =&gt; Boolean! in directive".</summary>
    [Fact]
    public void BooleanNonNullToBooleanNonNullInDirective() => ExpectValid(Rule, @"
      query Query($boolVar: Boolean!)
      {
        dog @include(if: $boolVar)
      }
    ");

    /// <summary>graphql-js: "Int =&gt; Int!".</summary>
    [Fact]
    public void IntToIntNonNull() => ExpectErrors(Rule, @"
      query Query($intArg: Int) {
        complicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }
      }
    ",
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (2, 19), (4, 45)));

    /// <summary>graphql-js: "Int =&gt; Int! within fragment".</summary>
    [Fact]
    public void IntToIntNonNullWithinFragment() => ExpectErrors(Rule, @"
      fragment nonNullIntArgFieldFrag on ComplicatedArgs {
        nonNullIntArgField(nonNullIntArg: $intArg)
      }

      query Query($intArg: Int) {
        complicatedArgs {
          ...nonNullIntArgFieldFrag
        }
      }
    ",
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (6, 19), (3, 43)));

    /// <summary>graphql-js: "Int =&gt; Int! within nested fragment".</summary>
    [Fact]
    public void IntToIntNonNullWithinNestedFragment() => ExpectErrors(Rule, @"
      fragment outerFrag on ComplicatedArgs {
        ...nonNullIntArgFieldFrag
      }

      fragment nonNullIntArgFieldFrag on ComplicatedArgs {
        nonNullIntArgField(nonNullIntArg: $intArg)
      }

      query Query($intArg: Int) {
        complicatedArgs {
          ...outerFrag
        }
      }
    ",
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (10, 19), (7, 43)));

    /// <summary>graphql-js: "String over Boolean".</summary>
    [Fact]
    public void StringOverBoolean() => ExpectErrors(Rule, @"
      query Query($stringVar: String) {
        complicatedArgs {
          booleanArgField(booleanArg: $stringVar)
        }
      }
    ",
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (2, 19), (4, 39)));

    /// <summary>graphql-js: "String =&gt; [String]".</summary>
    [Fact]
    public void StringToListOfString() => ExpectErrors(Rule, @"
      query Query($stringVar: String) {
        complicatedArgs {
          stringListArgField(stringListArg: $stringVar)
        }
      }
    ",
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (2, 19), (4, 45)));

    /// <summary>graphql-js: "Boolean =&gt; Boolean! in directive".</summary>
    [Fact]
    public void BooleanToBooleanNonNullInDirective() => ExpectErrors(Rule, @"
      query Query($boolVar: Boolean) {
        dog @include(if: $boolVar)
      }
    ",
            Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (2, 19), (3, 26)));

    /// <summary>graphql-js: "String =&gt; Boolean! in directive".</summary>
    [Fact]
    public void StringToBooleanNonNullInDirective() => ExpectErrors(Rule, @"
      query Query($stringVar: String) {
        dog @include(if: $stringVar)
      }
    ",
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (2, 19), (3, 26)));

    /// <summary>graphql-js: "[String] =&gt; [String!]".</summary>
    [Fact]
    public void ListOfStringToListOfStringNonNull() => ExpectErrors(Rule, @"
      query Query($stringListVar: [String])
      {
        complicatedArgs {
          stringListNonNullArgField(stringListNonNullArg: $stringListVar)
        }
      }
    ",
            Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (2, 19), (5, 59)));

    /// <summary>graphql-js: "Int =&gt; Int! fails when variable provides null default value".</summary>
    [Fact]
    public void IntToIntNonNullFailsWhenVariableProvidesNullDefaultValue() => ExpectErrors(Rule, @"
        query Query($intVar: Int = null) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
      ",
            Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (2, 21), (4, 47)));

    /// <summary>graphql-js: "Int =&gt; Int! when variable provides non-null default value".</summary>
    [Fact]
    public void IntToIntNonNullWhenVariableProvidesNonNullDefaultValue() => ExpectValid(Rule, @"
        query Query($intVar: Int = 1) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }");

    /// <summary>graphql-js: "Int =&gt; Int! when optional argument provides default value".</summary>
    [Fact]
    public void IntToIntNonNullWhenOptionalArgumentProvidesDefaultValue() => ExpectValid(Rule, @"
        query Query($intVar: Int) {
          complicatedArgs {
            nonNullFieldWithDefault(nonNullIntArg: $intVar)
          }
        }");

    /// <summary>Beyond graphql-js's suite: Int =&gt; Int! when argument with default value is known.</summary>
    [Fact]
    public void IntToIntNonNullWhenArgumentWithDefaultValueIsKnown() => ExpectValid(Rule, @"
        query Query($intVar: Int) {
          complicatedArgs {
            nonNullFieldWithDefault(arg: $intVar)
          }
        }");

    /// <summary>graphql-js: "Boolean =&gt; Boolean! in directive with default value with option".</summary>
    [Fact]
    public void BooleanToBooleanNonNullInDirectiveWithDefaultValueWithOption() => ExpectValid(Rule, @"
        query Query($boolVar: Boolean = false) {
          dog @include(if: $boolVar)
        }");

    /// <summary>graphql-js: "undefined in directive with default value with option".</summary>
    [Fact]
    public void UndefinedInDirectiveWithDefaultValueWithOption() => ExpectValid(Rule, @"
        {
          dog @include(if: $x)
        }");

    /// <summary>graphql-js: "OneOf allows exactly one non-nullable variable".</summary>
    [Fact]
    public void OneOfAllowsExactlyOneNonNullableVariable() => ExpectValid(Rule, @"
      query ($string: String!) {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }
    ");

    /// <summary>graphql-js: "OneOf ignores an undefined variable".</summary>
    [Fact]
    public void OneOfIgnoresAnUndefinedVariable() => ExpectValid(Rule, @"
      {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $undefinedVariable })
        }
      }
    ");

    /// <summary>graphql-js: "OneOf forbids one nullable variable".</summary>
    [Fact]
    public void OneOfForbidsOneNullableVariable() => ExpectErrors(Rule, @"
      query ($string: String) {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }
    ",
            Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (2, 14), (4, 50)));

    /// <summary>Beyond graphql-js's suite: OneOf forbids a nullable variable used through a fragment.</summary>
    [Fact]
    public void OneOfForbidsANullableVariableUsedThroughAFragment() => ExpectErrors(Rule, @"
      query ($int: Int) {
        complicatedArgs {
          ...OneOfFragment
        }
      }
      fragment OneOfFragment on ComplicatedArgs {
        oneOfArgField(oneOfArg: { intField: $int })
      }
    ",
            Error("Variable \"$int\" is of type \"Int\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (2, 14), (8, 45)));

    /// <summary>Beyond graphql-js's suite: OneOf allows a nullable variable for the whole input object.</summary>
    [Fact]
    public void OneOfAllowsANullableVariableForTheWholeInputObject() => ExpectValid(Rule, @"
      query ($input: OneOfInput) {
        complicatedArgs {
          oneOfArgField(oneOfArg: $input)
        }
      }
    ");
}
