using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void AllVariablesDefined() => ExpectValid(Rule, @"
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c)
      }
    ");

    [Fact]
    public void AllVariablesDeeplyDefined() => ExpectValid(Rule, @"
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a) {
          field(b: $b) {
            field(c: $c)
          }
        }
      }
    ");

    [Fact]
    public void AllVariablesDeeplyInInlineFragmentsDefined() => ExpectValid(Rule, @"
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
    public void AllVariablesInFragmentsDeeplyDefined() => ExpectValid(Rule, @"
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
    public void VariableWithinSingleFragmentDefinedInMultipleOperations() => ExpectValid(Rule, @"
      query Foo($a: String) {
        ...FragA
      }
      query Bar($a: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a)
      }
    ");

    [Fact]
    public void VariableWithinRecursiveFragmentDefined() => ExpectValid(Rule, @"
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
    public void VariableNotDefined() => ExpectErrors(Rule, @"
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c, d: $d)
      }
    ",
        Error("Variable \"$d\" is not defined by operation \"Foo\".", (3, 39), (2, 7)));

    [Fact]
    public void VariableNotDefinedByUnnamedQuery() => ExpectErrors(Rule, @"
      {
        field(a: $a)
      }
    ",
        Error("Variable \"$a\" is not defined.", (3, 18), (2, 7)));

    [Fact]
    public void MultipleVariablesNotDefined() => ExpectErrors(Rule, @"
      query Foo($b: String) {
        field(a: $a, b: $b, c: $c)
      }
    ",
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (3, 18), (2, 7)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (3, 32), (2, 7)));

    [Fact]
    public void VariableInFragmentNotDefinedByOperation() => ExpectErrors(Rule, @"
      query Foo($a: String, $b: String) {
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
    ",
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (16, 18), (2, 7)));

    [Fact]
    public void SingleVariableInFragmentNotDefinedByMultipleOperations() => ExpectErrors(Rule, @"
      query Foo($a: String) {
        ...FragAB
      }
      query Bar($a: String) {
        ...FragAB
      }
      fragment FragAB on Type {
        field(a: $a, b: $b)
      }
    ",
        Error("Variable \"$b\" is not defined by operation \"Foo\".", (9, 25), (2, 7)),
        Error("Variable \"$b\" is not defined by operation \"Bar\".", (9, 25), (5, 7)));

    [Fact]
    public void MultipleUndefinedVariablesProduceMultipleErrors() => ExpectErrors(Rule, @"
      query Foo($b: String) {
        ...FragAB
      }
      query Bar($a: String) {
        ...FragAB
      }
      fragment FragAB on Type {
        field1(a: $a, b: $b)
        ...FragC
        field3(a: $a, b: $b)
      }
      fragment FragC on Type {
        field2(c: $c)
      }
    ",
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (9, 19), (2, 7)),
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (11, 19), (2, 7)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (14, 19), (2, 7)),
        Error("Variable \"$b\" is not defined by operation \"Bar\".", (9, 26), (5, 7)),
        Error("Variable \"$b\" is not defined by operation \"Bar\".", (11, 26), (5, 7)),
        Error("Variable \"$c\" is not defined by operation \"Bar\".", (14, 19), (5, 7)));

    [Fact]
    public void VariablesInDirectivesAndNestedValuesAreUsages() => ExpectErrors(Rule, @"
      query Foo($a: Boolean) {
        field(list: [$b, { x: $c }]) @include(if: $a) @skip(if: $d)
      }
    ",
        Error("Variable \"$b\" is not defined by operation \"Foo\".", (3, 22), (2, 7)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (3, 31), (2, 7)),
        Error("Variable \"$d\" is not defined by operation \"Foo\".", (3, 65), (2, 7)));
}
