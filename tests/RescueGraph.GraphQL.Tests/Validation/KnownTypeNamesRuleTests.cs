using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void KnownTypeNamesAreValid() => ExpectValid(Rule, @"
      query Foo(
        $var: String
        $required: [Int!]!
        $introspectionType: __EnumValue
      ) {
        user(id: 4) {
          pets { ... on Pet { name }, ...PetFields, ... { name } }
        }
      }

      fragment PetFields on Pet {
        name
      }
    ");

    [Fact]
    public void UnknownTypeNamesAreInvalid() => ExpectErrors(Rule, @"
      query Foo($var: [JumbledUpLetters!]!) {
        user(id: 4) {
          name
          pets { ... on Badger { name }, ...PetFields }
        }
      }
      fragment PetFields on Peat {
        name
      }
    ",
        ("Unknown type \"JumbledUpLetters\".", 2, 24),
        ("Unknown type \"Badger\".", 5, 25),
        ("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", 8, 29));

    [Fact]
    public void ReferencesToStandardScalarsThatAreMissingInSchema() => ExpectErrorsWithSchema(
        RescueGraph.GraphQL.Utilities.SdlSchemaBuilder.Build("type Query { foo: String }"), Rule, @"
      query ($id: ID, $float: Float, $int: Int) {
        __typename
      }
    ",
        ("Unknown type \"ID\".", 2, 19),
        ("Unknown type \"Float\".", 2, 31),
        ("Unknown type \"Int\".", 2, 44));

    [Fact]
    public void TypesDefinedInTheDocumentAreKnown() => ExpectValid(Rule, @"
      fragment CowFields on Cow {
        name
      }

      type Cow {
        name: String
      }
    ");
}
