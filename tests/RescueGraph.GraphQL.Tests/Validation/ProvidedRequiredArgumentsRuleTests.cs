using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void IgnoresUnknownArguments() => ExpectValid(Rule, @"
      {
        dog {
          isHouseTrained(unknownArgument: true)
        }
      }
    ");

    [Theory]
    [InlineData("isHouseTrained(atOtherHomes: true)", "dog")]
    [InlineData("isHouseTrained", "dog")]
    [InlineData("nonNullFieldWithDefault", "complicatedArgs")]
    [InlineData("multipleReqs(req1: 1, req2: 2)", "complicatedArgs")]
    [InlineData("multipleReqs(req2: 2, req1: 1)", "complicatedArgs")]
    [InlineData("multipleOpts", "complicatedArgs")]
    [InlineData("multipleOpts(opt1: 1)", "complicatedArgs")]
    [InlineData("multipleOpts(opt2: 1)", "complicatedArgs")]
    [InlineData("multipleOptAndReq(req1: 3, req2: 4)", "complicatedArgs")]
    [InlineData("multipleOptAndReq(req1: 3, req2: 4, opt1: 5)", "complicatedArgs")]
    [InlineData("multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)", "complicatedArgs")]
    public void ValidNonNullableValue(string selection, string parent) =>
        ExpectValid(Rule, $"{{ {parent} {{ {selection} }} }}");

    [Fact]
    public void MissingOneNonNullableArgument() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            multipleReqs(req2: 2)
          }
        }
      ",
        ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", 4, 13));

    [Fact]
    public void MissingMultipleNonNullableArguments() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            multipleReqs
          }
        }
      ",
        ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", 4, 13),
        ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", 4, 13));

    [Fact]
    public void IncorrectValueAndMissingArgument() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            multipleReqs(req1: ""one"")
          }
        }
      ",
        ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", 4, 13));

    [Fact]
    public void IgnoresUnknownDirectives() => ExpectValid(Rule, @"
        {
          dog @unknown
        }
      ");

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

    [Fact]
    public void WithDirectiveWithMissingTypes() => ExpectErrors(Rule, @"
        {
          dog @include {
            name @skip
          }
        }
      ",
        ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 3, 15),
        ("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 4, 18));

    [Fact]
    public void DeeperErrorsComeFirstBecauseFieldsAreCheckedOnLeave() => ExpectErrors(Rule, @"
        {
          complicatedArgs {
            multipleReqs(req1: 1) @include
          }
        }
      ",
        ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 4, 35),
        ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", 4, 13));

    [Fact]
    public void DirectiveDefinedInTheDocumentIsConsidered() => ExpectErrors(Rule, @"
        {
          dog @test
        }

        directive @test(arg: String!, optional: String! = """") on FIELD
      ",
        ("Directive \"@test\" argument \"arg\" of type \"String!\" is required, but it was not provided.", 3, 15));
}
