using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void UsesAllVariables() => ExpectValid(Rule, @"
      query ($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c)
      }
    ");

    [Fact]
    public void UsesAllVariablesDeeply() => ExpectValid(Rule, @"
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a) {
          field(b: $b) {
            field(c: $c)
          }
        }
      }
    ");

    [Fact]
    public void UsesAllVariablesDeeplyInInlineFragments() => ExpectValid(Rule, @"
      query Foo($a: String, $b: String, $c: String) {
        ... on Type {
          field(a: $a) {
            field(b: $b) {
              ... on Type {
                field(c: $c)
              }
            }
          }
        }
      }
    ");

    [Fact]
    public void UsesAllVariablesInFragments() => ExpectValid(Rule, @"
      query Foo($a: String, $b: String, $c: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragB
        }
      }
      fragment FragB on Type {
        field(b: $b) {
          ...FragC
        }
      }
      fragment FragC on Type {
        field(c: $c)
      }
    ");

    [Fact]
    public void VariableUsedByRecursiveFragment() => ExpectValid(Rule, @"
      query Foo($a: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragA
        }
      }
    ");

    [Fact]
    public void VariableNotUsed() => ExpectErrors(Rule, @"
      query ($a: String, $b: String, $c: String) {
        field(a: $a, b: $b)
      }
    ",
        ("Variable \"$c\" is never used.", 2, 38));

    [Fact]
    public void MultipleVariablesNotUsed() => ExpectErrors(Rule, @"
      query Foo($a: String, $b: String, $c: String) {
        field(b: $b)
      }
    ",
        ("Variable \"$a\" is never used in operation \"Foo\".", 2, 17),
        ("Variable \"$c\" is never used in operation \"Foo\".", 2, 41));

    [Fact]
    public void VariableNotUsedInFragments() => ExpectErrors(Rule, @"
      query Foo($a: String, $b: String, $c: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragB
        }
      }
      fragment FragB on Type {
        field(b: $b) {
          ...FragC
        }
      }
      fragment FragC on Type {
        field
      }
    ",
        ("Variable \"$c\" is never used in operation \"Foo\".", 2, 41));

    [Fact]
    public void VariableNotUsedByUnreferencedFragment() => ExpectErrors(Rule, @"
      query Foo($b: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a)
      }
      fragment FragB on Type {
        field(b: $b)
      }
    ",
        ("Variable \"$b\" is never used in operation \"Foo\".", 2, 17));

    [Fact]
    public void VariableNotUsedByFragmentUsedByOtherOperation() => ExpectErrors(Rule, @"
      query Foo($b: String) {
        ...FragA
      }
      query Bar($a: String) {
        ...FragB
      }
      fragment FragA on Type {
        field(a: $a)
      }
      fragment FragB on Type {
        field(b: $b)
      }
    ",
        ("Variable \"$b\" is never used in operation \"Foo\".", 2, 17),
        ("Variable \"$a\" is never used in operation \"Bar\".", 5, 17));

    [Fact]
    public void VariableUsedOnlyInItsOwnDefaultValueOrDirectiveIsUnused() => ExpectErrors(Rule, @"
      query Foo($a: String = ""x"" @onField) {
        field
      }
    ",
        ("Variable \"$a\" is never used in operation \"Foo\".", 2, 17));
}
