// Cases ported from graphql-js 16's src/validation/__tests__/UniqueInputFieldNamesRule-test.ts; expected errors
// (messages and locations) are what graphql-js 16.15.0 reports for the same documents.
// (Written out from the graphql-js cases by a script that ran them through graphql@16.15.0.)
// Cases marked "Beyond graphql-js's suite" and the hand-written tests at the end are additions.
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    /// <summary>graphql-js: "input object with fields".</summary>
    [Fact]
    public void InputObjectWithFields() => ExpectValid(Rule, @"
      {
        field(arg: { f: true })
      }
    ");

    /// <summary>graphql-js: "same input object within two args".</summary>
    [Fact]
    public void SameInputObjectWithinTwoArgs() => ExpectValid(Rule, @"
      {
        field(arg1: { f: true }, arg2: { f: true })
      }
    ");

    /// <summary>graphql-js: "multiple input object fields".</summary>
    [Fact]
    public void MultipleInputObjectFields() => ExpectValid(Rule, @"
      {
        field(arg: { f1: ""value"", f2: ""value"", f3: ""value"" })
      }
    ");

    /// <summary>graphql-js: "allows for nested input objects with similar fields".</summary>
    [Fact]
    public void AllowsForNestedInputObjectsWithSimilarFields() => ExpectValid(Rule, @"
      {
        field(arg: {
          deep: {
            deep: {
              id: 1
            }
            id: 1
          }
          id: 1
        })
      }
    ");

    /// <summary>graphql-js: "duplicate input object fields".</summary>
    [Fact]
    public void DuplicateInputObjectFields() => ExpectErrors(Rule, @"
      {
        field(arg: { f1: ""value"", f1: ""value"" })
      }
    ",
            Error("There can be only one input field named \"f1\".", (3, 22), (3, 35)));

    /// <summary>graphql-js: "many duplicate input object fields".</summary>
    [Fact]
    public void ManyDuplicateInputObjectFields() => ExpectErrors(Rule, @"
      {
        field(arg: { f1: ""value"", f1: ""value"", f1: ""value"" })
      }
    ",
            Error("There can be only one input field named \"f1\".", (3, 22), (3, 35)),
            Error("There can be only one input field named \"f1\".", (3, 22), (3, 48)));

    /// <summary>graphql-js: "nested duplicate input object fields".</summary>
    [Fact]
    public void NestedDuplicateInputObjectFields() => ExpectErrors(Rule, @"
      {
        field(arg: { f1: {f2: ""value"", f2: ""value"" }})
      }
    ",
            Error("There can be only one input field named \"f2\".", (3, 27), (3, 40)));
}
