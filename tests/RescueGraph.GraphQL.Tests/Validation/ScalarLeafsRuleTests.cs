using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void ValidScalarSelection() => ExpectValid(Rule, @"
      fragment scalarSelection on Dog {
        barks
      }
    ");

    [Fact]
    public void ObjectTypeMissingSelection() => ExpectErrors(Rule, @"
      query directQueryOnObjectWithoutSubFields {
        human
      }
    ",
        ("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", 3, 9));

    [Fact]
    public void InterfaceTypeMissingSelection() => ExpectErrors(Rule, @"
      {
        human { pets }
      }
    ",
        ("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", 3, 17));

    [Fact]
    public void ValidScalarSelectionWithArgs() => ExpectValid(Rule, @"
      fragment scalarSelectionWithArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
      }
    ");

    [Fact]
    public void ScalarSelectionNotAllowedOnBoolean() => ExpectErrors(Rule, @"
      fragment scalarSelectionsNotAllowedOnBoolean on Dog {
        barks { sinceWhen }
      }
    ",
        ("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", 3, 15));

    [Fact]
    public void ScalarSelectionNotAllowedOnEnum() => ExpectErrors(Rule, @"
      fragment scalarSelectionsNotAllowedOnEnum on Cat {
        furColor { inHexDec }
      }
    ",
        ("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", 3, 18));

    [Fact]
    public void ScalarSelectionNotAllowedWithArgs() => ExpectErrors(Rule, @"
      fragment scalarSelectionsNotAllowedWithArgs on Dog {
        doesKnowCommand(dogCommand: SIT) { sinceWhen }
      }
    ",
        ("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", 3, 42));

    [Fact]
    public void ScalarSelectionNotAllowedWithDirectives() => ExpectErrors(Rule, @"
      fragment scalarSelectionsNotAllowedWithDirectives on Dog {
        name @include(if: true) { isAlsoHumanName }
      }
    ",
        ("Field \"name\" must not have a selection since type \"String\" has no subfields.", 3, 33));

    [Fact]
    public void ScalarSelectionNotAllowedWithDirectivesAndArgs() => ExpectErrors(Rule, @"
      fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
        doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
      }
    ",
        ("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", 3, 61));

    [Fact]
    public void NonNullListOfObjectsMissingSelection() => ExpectErrors(Rule, @"
      {
        human { relatives }
      }
    ",
        ("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", 3, 17));
}
