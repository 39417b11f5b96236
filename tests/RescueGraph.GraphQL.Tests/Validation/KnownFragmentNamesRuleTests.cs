using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void KnownFragmentNamesAreValid() => ExpectValid(Rule, @"
      {
        human(id: 4) {
          ...HumanFields1
          ... on Human {
            ...HumanFields2
          }
          ... {
            name
          }
        }
      }
      fragment HumanFields1 on Human {
        name
        ...HumanFields3
      }
      fragment HumanFields2 on Human {
        name
      }
      fragment HumanFields3 on Human {
        name
      }
    ");

    [Fact]
    public void UnknownFragmentNamesAreInvalid() => ExpectErrors(Rule, @"
      {
        human(id: 4) {
          ...UnknownFragment1
          ... on Human {
            ...UnknownFragment2
          }
        }
      }
      fragment HumanFields on Human {
        name
        ...UnknownFragment3
      }
    ",
        ("Unknown fragment \"UnknownFragment1\".", 4, 14),
        ("Unknown fragment \"UnknownFragment2\".", 6, 16),
        ("Unknown fragment \"UnknownFragment3\".", 12, 12));
}
