using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void NoOperations() => ExpectValid(Rule, @"
      fragment fragA on Type {
        field
      }
    ");

    [Fact]
    public void OneAnonOperation() => ExpectValid(Rule, @"
      {
        field
      }
    ");

    [Fact]
    public void OneNamedOperation() => ExpectValid(Rule, @"
      query Foo {
        field
      }
    ");

    [Fact]
    public void MultipleOperations() => ExpectValid(Rule, @"
      query Foo {
        field
      }

      query Bar {
        field
      }
    ");

    [Fact]
    public void MultipleOperationsOfDifferentTypes() => ExpectValid(Rule, @"
      query Foo {
        field
      }

      mutation Bar {
        field
      }

      subscription Baz {
        field
      }
    ");

    [Fact]
    public void FragmentAndOperationNamedTheSame() => ExpectValid(Rule, @"
      query Foo {
        ...Foo
      }
      fragment Foo on Type {
        field
      }
    ");

    [Fact]
    public void MultipleOperationsOfSameName() => ExpectErrors(Rule, @"
      query Foo {
        fieldA
      }
      query Foo {
        fieldB
      }
    ",
        Error("There can be only one operation named \"Foo\".", (2, 13), (5, 13)));

    [Fact]
    public void MultipleOpsOfSameNameOfDifferentTypesMutation() => ExpectErrors(Rule, @"
      query Foo {
        fieldA
      }
      mutation Foo {
        fieldB
      }
    ",
        Error("There can be only one operation named \"Foo\".", (2, 13), (5, 16)));

    [Fact]
    public void MultipleOpsOfSameNameOfDifferentTypesSubscription() => ExpectErrors(Rule, @"
      query Foo {
        fieldA
      }
      subscription Foo {
        fieldB
      }
    ",
        Error("There can be only one operation named \"Foo\".", (2, 13), (5, 20)));
}
