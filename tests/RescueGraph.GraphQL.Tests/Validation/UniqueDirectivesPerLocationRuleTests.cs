using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    private static readonly Lazy<Schema> LazySchema = new(() => SdlSchemaBuilder.Build(ValidationHarness.TestSchemaSdl + """

        directive @directive on FIELD | FRAGMENT_DEFINITION
        directive @directiveA on FIELD | FRAGMENT_DEFINITION
        directive @directiveB on FIELD | FRAGMENT_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION
        """));

    private static void Valid(string query) => ExpectValidWithSchema(LazySchema.Value, Rule, query);
    private static void Errors(string query, params ExpectedError[] errors) => ExpectErrorsWithSchema(LazySchema.Value, Rule, query, errors);

    [Fact]
    public void NoDirectives() => Valid(@"
      fragment Test on Type {
        field
      }
    ");

    [Fact]
    public void UniqueDirectivesInDifferentLocations() => Valid(@"
      fragment Test on Type @directiveA {
        field @directiveB
      }
    ");

    [Fact]
    public void UniqueDirectivesInSameLocations() => Valid(@"
      fragment Test on Type @directiveA @directiveB {
        field @directiveA @directiveB
      }
    ");

    [Fact]
    public void SameDirectivesInDifferentLocations() => Valid(@"
      fragment Test on Type @directiveA {
        field @directiveA
      }
    ");

    [Fact]
    public void SameDirectivesInSimilarLocations() => Valid(@"
      fragment Test on Type {
        field @directive
        field @directive
      }
    ");

    [Fact]
    public void RepeatableDirectivesInSameLocation() => Valid(@"
      fragment Test on Type @repeatable @repeatable {
        field @repeatable @repeatable
      }
    ");

    [Fact]
    public void UnknownDirectivesMustBeIgnored() => Valid(@"
      fragment Test on Type @unknown @unknown {
        field @unknown @unknown
      }
    ");

    [Fact]
    public void DuplicateDirectivesInOneLocation() => Errors(@"
      fragment Test on Type {
        field @directive @directive
      }
    ",
        Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)));

    [Fact]
    public void ManyDuplicateDirectivesInOneLocation() => Errors(@"
      fragment Test on Type {
        field @directive @directive @directive
      }
    ",
        Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)),
        Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 37)));

    [Fact]
    public void DifferentDuplicateDirectivesInOneLocation() => Errors(@"
      fragment Test on Type {
        field @directiveA @directiveB @directiveA @directiveB
      }
    ",
        Error("The directive \"@directiveA\" can only be used once at this location.", (3, 15), (3, 39)),
        Error("The directive \"@directiveB\" can only be used once at this location.", (3, 27), (3, 51)));

    [Fact]
    public void DuplicateDirectivesInManyLocations() => Errors(@"
      fragment Test on Type @directive @directive {
        field @directive @directive
      }
    ",
        Error("The directive \"@directive\" can only be used once at this location.", (2, 29), (2, 40)),
        Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)));

    [Fact]
    public void DuplicateSpecifiedDirectivesOnOperationVariableAndSpread() => ExpectErrors(Rule, @"
      query Q($v: Boolean @onField @onField) {
        dog @skip(if: false) @skip(if: true) {
          ...F @include(if: true) @include(if: true)
        }
      }
      fragment F on Dog { name }
    ",
        Error("The directive \"@onField\" can only be used once at this location.", (2, 27), (2, 36)),
        Error("The directive \"@skip\" can only be used once at this location.", (3, 13), (3, 30)),
        Error("The directive \"@include\" can only be used once at this location.", (4, 16), (4, 35)));
}
