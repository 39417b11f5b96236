using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void WithOnlyOperation() => ExpectValid(Rule, @"
      query Foo {
        dog {
          name
        }
      }
    ");

    [Fact]
    public void WithOperationAndFragment() => ExpectValid(Rule, @"
      query Foo {
        dog {
          name
          ...Frag
        }
      }

      fragment Frag on Dog {
        name
      }
    ");

    [Fact]
    public void WithTypeDefinition() => ExpectErrors(Rule, @"
      query Foo {
        dog {
          name
        }
      }

      type Cow {
        name: String
      }

      extend type Dog {
        color: String
      }
    ",
        ("The \"Cow\" definition is not executable.", 8, 7),
        ("The \"Dog\" definition is not executable.", 12, 7));

    [Fact]
    public void WithSchemaDefinition() => ExpectErrors(Rule, @"
      schema {
        query: Query
      }

      type Query {
        test: String
      }

      extend schema @directive
    ",
        ("The schema definition is not executable.", 2, 7),
        ("The \"Query\" definition is not executable.", 6, 7),
        ("The schema definition is not executable.", 10, 7));

    [Fact]
    public void WithDirectiveDefinition() => ExpectErrors(Rule, @"
      query Foo {
        dog { name }
      }

      directive @custom on FIELD
    ",
        ("The \"custom\" definition is not executable.", 6, 7));
}
