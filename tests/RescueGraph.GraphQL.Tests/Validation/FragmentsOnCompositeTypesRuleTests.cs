using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void ObjectIsValidFragmentType() => ExpectValid(Rule, @"
      fragment validFragment on Dog {
        barks
      }
    ");

    [Fact]
    public void InterfaceIsValidFragmentType() => ExpectValid(Rule, @"
      fragment validFragment on Pet {
        name
      }
    ");

    [Fact]
    public void ObjectIsValidInlineFragmentType() => ExpectValid(Rule, @"
      fragment validFragment on Pet {
        ... on Dog {
          barks
        }
      }
    ");

    [Fact]
    public void InterfaceIsValidInlineFragmentType() => ExpectValid(Rule, @"
      fragment validFragment on Mammal {
        ... on Canine {
          name
        }
      }
    ");

    [Fact]
    public void InlineFragmentWithoutTypeIsValid() => ExpectValid(Rule, @"
      fragment validFragment on Pet {
        ... {
          name
        }
      }
    ");

    [Fact]
    public void UnionIsValidFragmentType() => ExpectValid(Rule, @"
      fragment validFragment on CatOrDog {
        __typename
      }
    ");

    [Fact]
    public void UnknownTypesAreIgnored() => ExpectValid(Rule, @"
      fragment validFragment on Unknown {
        __typename
      }
    ");

    [Fact]
    public void ScalarIsInvalidFragmentType() => ExpectErrors(Rule, @"
      fragment scalarFragment on Boolean {
        bad
      }
    ",
        ("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", 2, 34));

    [Fact]
    public void EnumIsInvalidFragmentType() => ExpectErrors(Rule, @"
      fragment scalarFragment on FurColor {
        bad
      }
    ",
        ("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", 2, 34));

    [Fact]
    public void InputObjectIsInvalidFragmentType() => ExpectErrors(Rule, @"
      fragment inputFragment on ComplexInput {
        stringField
      }
    ",
        ("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", 2, 33));

    [Fact]
    public void ScalarIsInvalidInlineFragmentType() => ExpectErrors(Rule, @"
      fragment invalidFragment on Pet {
        ... on String {
          barks
        }
      }
    ",
        ("Fragment cannot condition on non composite type \"String\".", 3, 16));
}
