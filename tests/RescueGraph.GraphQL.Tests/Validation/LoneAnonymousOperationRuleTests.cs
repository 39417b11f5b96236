using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

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
    public void MultipleNamedOperations() => ExpectValid(Rule, @"
      query Foo {
        field
      }

      query Bar {
        field
      }
    ");

    [Fact]
    public void AnonOperationWithFragment() => ExpectValid(Rule, @"
      {
        ...Foo
      }
      fragment Foo on Type {
        field
      }
    ");

    [Fact]
    public void MultipleAnonOperations() => ExpectErrors(Rule, @"
      {
        fieldA
      }
      {
        fieldB
      }
    ",
        ("This anonymous operation must be the only defined operation.", 2, 7),
        ("This anonymous operation must be the only defined operation.", 5, 7));

    [Fact]
    public void AnonOperationWithAMutation() => ExpectErrors(Rule, @"
      {
        fieldA
      }
      mutation Foo {
        fieldB
      }
    ",
        ("This anonymous operation must be the only defined operation.", 2, 7));

    [Fact]
    public void AnonOperationWithASubscription() => ExpectErrors(Rule, @"
      {
        fieldA
      }
      subscription Foo {
        fieldB
      }
    ",
        ("This anonymous operation must be the only defined operation.", 2, 7));
}
