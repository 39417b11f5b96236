// Cases ported from graphql-js 16's src/validation/__tests__/NoFragmentCyclesRule-test.ts; expected errors
// (messages and locations) are what graphql-js 16.15.0 reports for the same documents.
// (Written out from the graphql-js cases by a script that ran them through graphql@16.15.0.)
// Cases marked "Beyond graphql-js's suite" and the hand-written tests at the end are additions.
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    /// <summary>graphql-js: "single reference is valid".</summary>
    [Fact]
    public void SingleReferenceIsValid() => ExpectValid(Rule, @"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { name }
    ");

    /// <summary>graphql-js: "spreading twice is not circular".</summary>
    [Fact]
    public void SpreadingTwiceIsNotCircular() => ExpectValid(Rule, @"
      fragment fragA on Dog { ...fragB, ...fragB }
      fragment fragB on Dog { name }
    ");

    /// <summary>graphql-js: "spreading twice indirectly is not circular".</summary>
    [Fact]
    public void SpreadingTwiceIndirectlyIsNotCircular() => ExpectValid(Rule, @"
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { name }
    ");

    /// <summary>graphql-js: "double spread within abstract types".</summary>
    [Fact]
    public void DoubleSpreadWithinAbstractTypes() => ExpectValid(Rule, @"
      fragment nameFragment on Pet {
        ... on Dog { name }
        ... on Cat { name }
      }

      fragment spreadsInAnon on Pet {
        ... on Dog { ...nameFragment }
        ... on Cat { ...nameFragment }
      }
    ");

    /// <summary>graphql-js: "does not false positive on unknown fragment".</summary>
    [Fact]
    public void DoesNotFalsePositiveOnUnknownFragment() => ExpectValid(Rule, @"
      fragment nameFragment on Pet {
        ...UnknownFragment
      }
    ");

    /// <summary>graphql-js: "spreading recursively within field fails".</summary>
    [Fact]
    public void SpreadingRecursivelyWithinFieldFails() => ExpectErrors(Rule, @"
      fragment fragA on Human { relatives { ...fragA } },
    ",
            Error("Cannot spread fragment \"fragA\" within itself.", (2, 45)));

    /// <summary>graphql-js: "no spreading itself directly".</summary>
    [Fact]
    public void NoSpreadingItselfDirectly() => ExpectErrors(Rule, @"
      fragment fragA on Dog { ...fragA }
    ",
            Error("Cannot spread fragment \"fragA\" within itself.", (2, 31)));

    /// <summary>graphql-js: "no spreading itself directly within inline fragment".</summary>
    [Fact]
    public void NoSpreadingItselfDirectlyWithinInlineFragment() => ExpectErrors(Rule, @"
      fragment fragA on Pet {
        ... on Dog {
          ...fragA
        }
      }
    ",
            Error("Cannot spread fragment \"fragA\" within itself.", (4, 11)));

    /// <summary>graphql-js: "no spreading itself indirectly".</summary>
    [Fact]
    public void NoSpreadingItselfIndirectly() => ExpectErrors(Rule, @"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragA }
    ",
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)));

    /// <summary>graphql-js: "no spreading itself indirectly reports opposite order".</summary>
    [Fact]
    public void NoSpreadingItselfIndirectlyReportsOppositeOrder() => ExpectErrors(Rule, @"
      fragment fragB on Dog { ...fragA }
      fragment fragA on Dog { ...fragB }
    ",
            Error("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (2, 31), (3, 31)));

    /// <summary>graphql-js: "no spreading itself indirectly within inline fragment".</summary>
    [Fact]
    public void NoSpreadingItselfIndirectlyWithinInlineFragment() => ExpectErrors(Rule, @"
      fragment fragA on Pet {
        ... on Dog {
          ...fragB
        }
      }
      fragment fragB on Pet {
        ... on Dog {
          ...fragA
        }
      }
    ",
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (4, 11), (9, 11)));

    /// <summary>graphql-js: "no spreading itself deeply".</summary>
    [Fact]
    public void NoSpreadingItselfDeeply() => ExpectErrors(Rule, @"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragO }
      fragment fragX on Dog { ...fragY }
      fragment fragY on Dog { ...fragZ }
      fragment fragZ on Dog { ...fragO }
      fragment fragO on Dog { ...fragP }
      fragment fragP on Dog { ...fragA, ...fragX }
    ",
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (2, 31), (3, 31), (4, 31), (8, 31), (9, 31)),
            Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (8, 31), (9, 41), (5, 31), (6, 31), (7, 31)));

    /// <summary>graphql-js: "no spreading itself deeply two paths".</summary>
    [Fact]
    public void NoSpreadingItselfDeeplyTwoPaths() => ExpectErrors(Rule, @"
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragA }
      fragment fragC on Dog { ...fragA }
    ",
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 41), (4, 31)));

    /// <summary>graphql-js: "no spreading itself deeply two paths -- alt traverse order".</summary>
    [Fact]
    public void NoSpreadingItselfDeeplyTwoPathsAltTraverseOrder() => ExpectErrors(Rule, @"
      fragment fragA on Dog { ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }
    ",
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 31), (4, 31)),
            Error("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (4, 41), (3, 31)));

    /// <summary>graphql-js: "no spreading itself deeply and immediately".</summary>
    [Fact]
    public void NoSpreadingItselfDeeplyAndImmediately() => ExpectErrors(Rule, @"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragB, ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }
    ",
            Error("Cannot spread fragment \"fragB\" within itself.", (3, 31)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (2, 31), (3, 41), (4, 31)),
            Error("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (3, 41), (4, 41)));
}
