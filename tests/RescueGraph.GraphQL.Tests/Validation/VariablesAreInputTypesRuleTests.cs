using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void UnknownTypesAreIgnored() => ExpectValid(Rule, @"
      query Foo($a: Unknown, $b: [[Unknown!]]!) {
        field(a: $a, b: $b)
      }
    ");

    [Fact]
    public void InputTypesAreValid() => ExpectValid(Rule, @"
      query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
        field(a: $a, b: $b, c: $c)
      }
    ");

    [Fact]
    public void OutputTypesAreInvalid() => ExpectErrors(Rule, @"
      query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
        field(a: $a, b: $b, c: $c)
      }
    ",
        ("Variable \"$a\" cannot be non-input type \"Dog\".", 2, 21),
        ("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", 2, 30),
        ("Variable \"$c\" cannot be non-input type \"Pet\".", 2, 50));
}
