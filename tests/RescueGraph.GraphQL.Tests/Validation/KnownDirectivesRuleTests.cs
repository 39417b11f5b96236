using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    private static readonly Lazy<Schema> SchemaWithDirectives = new(() => SdlSchemaBuilder.Build("""
        type Query {
          dummy: String
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        """));

    private static void Valid(string query) => ExpectValidWithSchema(SchemaWithDirectives.Value, Rule, query);
    private static void Errors(string query, params ExpectedError[] errors) => ExpectErrorsWithSchema(SchemaWithDirectives.Value, Rule, query, errors);

    [Fact]
    public void WithNoDirectives() => Valid(@"
      query Foo {
        name
        ...Frag
      }

      fragment Frag on Dog {
        name
      }
    ");

    [Fact]
    public void WithStandardDirectives() => Valid(@"
      {
        human @skip(if: false) {
          name
          pets {
            ... on Dog @include(if: true) {
              name
            }
          }
        }
      }
    ");

    [Fact]
    public void WithUnknownDirective() => Errors(@"
      {
        human @unknown(directive: ""value"") {
          name
        }
      }
    ",
        ("Unknown directive \"@unknown\".", 3, 15));

    [Fact]
    public void WithManyUnknownDirectives() => Errors(@"
      {
        __typename @unknown
        human @unknown {
          name
          pets @unknown {
            name
          }
        }
      }
    ",
        ("Unknown directive \"@unknown\".", 3, 20),
        ("Unknown directive \"@unknown\".", 4, 15),
        ("Unknown directive \"@unknown\".", 6, 16));

    [Fact]
    public void WithWellPlacedDirectives() => Valid(@"
      query ($var: Boolean @onVariableDefinition) @onQuery {
        human @onField {
          ...Frag @onFragmentSpread
          ... @onInlineFragment {
            name @onField
          }
        }
      }

      mutation @onMutation {
        someField @onField
      }

      subscription @onSubscription {
        someField @onField
      }

      fragment Frag on Human @onFragmentDefinition {
        name @onField
      }
    ");

    [Fact]
    public void WithMisplacedDirectives() => Errors(@"
      query ($var: Boolean @onQuery) @onMutation {
        human @onQuery {
          ...Frag @onQuery
          ... @onQuery {
            name @onQuery
          }
        }
      }

      mutation @onQuery {
        someField @onQuery
      }

      subscription @onQuery {
        someField @onQuery
      }

      fragment Frag on Human @onQuery {
        name @onQuery
      }
    ",
        ("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", 2, 28),
        ("Directive \"@onMutation\" may not be used on QUERY.", 2, 38),
        ("Directive \"@onQuery\" may not be used on FIELD.", 3, 15),
        ("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", 4, 19),
        ("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", 5, 15),
        ("Directive \"@onQuery\" may not be used on FIELD.", 6, 18),
        ("Directive \"@onQuery\" may not be used on MUTATION.", 11, 16),
        ("Directive \"@onQuery\" may not be used on FIELD.", 12, 19),
        ("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", 15, 20),
        ("Directive \"@onQuery\" may not be used on FIELD.", 16, 19),
        ("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", 19, 30),
        ("Directive \"@onQuery\" may not be used on FIELD.", 20, 14));

    [Fact]
    public void DirectivesDefinedInTheDocumentAreKnown() => Errors(@"
      {
        dummy @custom @fragmentOnly
      }

      directive @custom on FIELD
      directive @fragmentOnly on FRAGMENT_SPREAD
    ",
        ("Directive \"@fragmentOnly\" may not be used on FIELD.", 3, 23));
}
