using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

/// <summary>graphql-js 16.x's released rule reports at the <c>__schema</c>/<c>__type</c> field, once per such field.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();
    private const string Message = "Maximum introspection depth exceeded";

    [Fact]
    public void FullIntrospectionQueryIsValid() => ExpectValid(Rule, IntrospectionQuery.Text);

    [Fact]
    public void ThreeFlatFieldsIntrospectionQuery() => ExpectValid(Rule, @"
    {
      __type(name: ""Query"") {
        trueFields: fields(includeDeprecated: true) {
          name
        }
        falseFields: fields(includeDeprecated: false) {
          name
        }
        omittedFields: fields {
          name
        }
      }
    }
    ");

    [Fact]
    public void ThreeFieldsDeepIntrospectionQueryFromSchema() => ExpectErrors(Rule, @"
    {
      __schema {
        types {
          fields {
            type {
              fields {
                type {
                  fields {
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
    ",
        (Message, 3, 7));

    [Fact]
    public void ThreeInterfacesDeepIntrospectionQueryFromSchema() => ExpectErrors(Rule, @"
    {
      __schema {
        types {
          interfaces {
            interfaces {
              interfaces {
                name
              }
            }
          }
        }
      }
    }
    ",
        (Message, 3, 7));

    [Fact]
    public void ThreePossibleTypesDeepIntrospectionQueryFromSchema() => ExpectErrors(Rule, @"
    {
      __schema {
        types {
          possibleTypes {
            possibleTypes {
              possibleTypes {
                name
              }
            }
          }
        }
      }
    }
    ",
        (Message, 3, 7));

    [Fact]
    public void ThreeInputFieldsDeepIntrospectionQueryFromSchema() => ExpectErrors(Rule, @"
    {
      __schema {
        types {
          inputFields {
            type {
              inputFields {
                type {
                  inputFields {
                    type {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    ",
        (Message, 3, 7));

    [Fact]
    public void ThreeFieldsDeepFromMultipleSchemaFieldsReportsEach() => ExpectErrors(Rule, @"
    {
      one: __schema {
        types { fields { type { fields { type { fields { name } } } } } }
      }
      two: __type(name: ""Query"") {
        fields { type { fields { type { fields { name } } } } }
      }
    }
    ",
        (Message, 3, 7),
        (Message, 6, 7));

    [Fact]
    public void OneFieldsDeepWithThreeFieldsIntrospectionQuery() => ExpectValid(Rule, @"
    {
      __schema {
        types {
          fields {
            type {
              oneFields: fields {
                name
              }
              twoFields: fields {
                name
              }
              threeFields: fields {
                name
              }
            }
          }
        }
      }
    }
    ");

    [Fact]
    public void ThreeFieldsDeepFromVaryingParents() => ExpectErrors(Rule, @"
    {
      __schema {
        types {
          fields {
            type {
              fields {
                type {
                  ofType {
                    fields {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    ",
        (Message, 3, 7));

    [Fact]
    public void ThreeFieldsDeepWithInlineFragments() => ExpectErrors(Rule, @"
    query test {
      __schema {
        types {
          ... on __Type {
            fields {
              type {
                ... on __Type {
                  ofType {
                    fields {
                      type {
                        ... on __Type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    ",
        (Message, 3, 7));

    [Fact]
    public void ThreeFieldsDeepWithFragments() => ExpectErrors(Rule, @"
    query test {
      __schema {
        types {
          ...One
        }
      }
    }

    fragment One on __Type {
      fields {
        type {
          ...Two
        }
      }
    }

    fragment Two on __Type {
      fields {
        type {
          ...Three
        }
      }
    }

    fragment Three on __Type {
      fields {
        name
      }
    }
    ",
        (Message, 3, 7));

    [Fact]
    public void FragmentCyclesAndUnknownFragmentsDoNotHang() => ExpectValid(Rule, @"
    {
      __schema {
        types {
          ...A
          ...Missing
        }
      }
    }

    fragment A on __Type {
      fields {
        type {
          ...A
        }
      }
    }
    ");
}
