using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void NoFragments() => ExpectValid(Rule, @"
      {
        field
      }
    ");

    [Fact]
    public void OneFragment() => ExpectValid(Rule, @"
      {
        ...fragA
      }

      fragment fragA on Type {
        field
      }
    ");

    [Fact]
    public void ManyFragments() => ExpectValid(Rule, @"
      {
        ...fragA
        ...fragB
        ...fragC
      }
      fragment fragA on Type {
        fieldA
      }
      fragment fragB on Type {
        fieldB
      }
      fragment fragC on Type {
        fieldC
      }
    ");

    [Fact]
    public void InlineFragmentsAreAlwaysUnique() => ExpectValid(Rule, @"
      {
        ...on Type {
          fieldA
        }
        ...on Type {
          fieldB
        }
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
    public void FragmentsNamedTheSame() => ExpectErrors(Rule, @"
      {
        ...fragA
      }
      fragment fragA on Type {
        fieldA
      }
      fragment fragA on Type {
        fieldB
      }
    ",
        Error("There can be only one fragment named \"fragA\".", (5, 16), (8, 16)));

    [Fact]
    public void FragmentsNamedTheSameWithoutBeingReferenced() => ExpectErrors(Rule, @"
      fragment fragA on Type {
        fieldA
      }
      fragment fragA on Type {
        fieldB
      }
    ",
        Error("There can be only one fragment named \"fragA\".", (2, 16), (5, 16)));
}
