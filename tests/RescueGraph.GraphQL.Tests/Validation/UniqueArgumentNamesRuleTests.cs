using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void NoArgumentsOnField() => ExpectValid(Rule, @"
      {
        field
      }
    ");

    [Fact]
    public void NoArgumentsOnDirective() => ExpectValid(Rule, @"
      {
        field @directive
      }
    ");

    [Fact]
    public void ArgumentOnField() => ExpectValid(Rule, @"
      {
        field(arg: ""value"")
      }
    ");

    [Fact]
    public void ArgumentOnDirective() => ExpectValid(Rule, @"
      {
        field @directive(arg: ""value"")
      }
    ");

    [Fact]
    public void SameArgumentOnTwoFields() => ExpectValid(Rule, @"
      {
        one: field(arg: ""value"")
        two: field(arg: ""value"")
      }
    ");

    [Fact]
    public void SameArgumentOnFieldAndDirective() => ExpectValid(Rule, @"
      {
        field(arg: ""value"") @directive(arg: ""value"")
      }
    ");

    [Fact]
    public void SameArgumentOnTwoDirectives() => ExpectValid(Rule, @"
      {
        field @directive1(arg: ""value"") @directive2(arg: ""value"")
      }
    ");

    [Fact]
    public void MultipleFieldArguments() => ExpectValid(Rule, @"
      {
        field(arg1: ""value"", arg2: ""value"", arg3: ""value"")
      }
    ");

    [Fact]
    public void MultipleDirectiveArguments() => ExpectValid(Rule, @"
      {
        field @directive(arg1: ""value"", arg2: ""value"", arg3: ""value"")
      }
    ");

    [Fact]
    public void DuplicateFieldArguments() => ExpectErrors(Rule, @"
      {
        field(arg1: ""value"", arg1: ""value"")
      }
    ",
        Error("There can be only one argument named \"arg1\".", (3, 15), (3, 30)));

    [Fact]
    public void ManyDuplicateFieldArguments() => ExpectErrors(Rule, @"
      {
        field(arg1: ""value"", arg1: ""value"", arg1: ""value"")
      }
    ",
        Error("There can be only one argument named \"arg1\".", (3, 15), (3, 30), (3, 45)));

    [Fact]
    public void DuplicateDirectiveArguments() => ExpectErrors(Rule, @"
      {
        field @directive(arg1: ""value"", arg1: ""value"")
      }
    ",
        Error("There can be only one argument named \"arg1\".", (3, 26), (3, 41)));

    [Fact]
    public void ManyDuplicateDirectiveArguments() => ExpectErrors(Rule, @"
      {
        field @directive(arg1: ""value"", arg1: ""value"", arg1: ""value"")
      }
    ",
        Error("There can be only one argument named \"arg1\".", (3, 26), (3, 41), (3, 56)));
}
