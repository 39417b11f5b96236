// Cases ported from graphql-js 16's src/validation/__tests__/OverlappingFieldsCanBeMergedRule-test.ts; expected errors
// (messages and locations) are what graphql-js 16.15.0 reports for the same documents.
// (Written out from the graphql-js cases by a script that ran them through graphql@16.15.0.)
// Cases marked "Beyond graphql-js's suite" and the hand-written tests at the end are additions.
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    private static readonly Schema BoxesSchema = SdlSchemaBuilder.Build(@"
      interface SomeBox {
        deepBox: SomeBox
        unrelatedField: String
      }

      type StringBox implements SomeBox {
        scalar: String
        deepBox: StringBox
        unrelatedField: String
        listStringBox: [StringBox]
        stringBox: StringBox
        intBox: IntBox
      }

      type IntBox implements SomeBox {
        scalar: Int
        deepBox: IntBox
        unrelatedField: String
        listStringBox: [StringBox]
        stringBox: StringBox
        intBox: IntBox
      }

      interface NonNullStringBox1 {
        scalar: String!
      }

      type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
        scalar: String!
        unrelatedField: String
        deepBox: SomeBox
      }

      interface NonNullStringBox2 {
        scalar: String!
      }

      type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
        scalar: String!
        unrelatedField: String
        deepBox: SomeBox
      }

      type Connection {
        edges: [Edge]
      }

      type Edge {
        node: Node
      }

      type Node {
        id: ID
        name: String
      }

      type Query {
        someBox: SomeBox
        connection: Connection
      }
    ");

    private static readonly Schema ArgsOrderSchema = SdlSchemaBuilder.Build(@"
      type Query {
        someField(a: String, b: String): String
      }
    ");

    private static readonly Schema InputFieldsOrderSchema = SdlSchemaBuilder.Build(@"
      input SomeInput {
        a: String
        b: String
      }

      type Query {
        someField(arg: SomeInput): String
      }
    ");

    private static readonly Schema KeywordsSchema = SdlSchemaBuilder.Build(@"
        type Foo {
          constructor: String
        }

        type Query {
          foo: Foo
        }
      ");

    /// <summary>graphql-js: "unique fields".</summary>
    [Fact]
    public void UniqueFields() => ExpectValid(Rule, @"
      fragment uniqueFields on Dog {
        name
        nickname
      }
    ");

    /// <summary>graphql-js: "identical fields".</summary>
    [Fact]
    public void IdenticalFields() => ExpectValid(Rule, @"
      fragment mergeIdenticalFields on Dog {
        name
        name
      }
    ");

    /// <summary>graphql-js: "identical fields with identical args".</summary>
    [Fact]
    public void IdenticalFieldsWithIdenticalArgs() => ExpectValid(Rule, @"
      fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand(dogCommand: SIT)
      }
    ");

    /// <summary>graphql-js: "identical fields with identical directives".</summary>
    [Fact]
    public void IdenticalFieldsWithIdenticalDirectives() => ExpectValid(Rule, @"
      fragment mergeSameFieldsWithSameDirectives on Dog {
        name @include(if: true)
        name @include(if: true)
      }
    ");

    /// <summary>graphql-js: "different args with different aliases".</summary>
    [Fact]
    public void DifferentArgsWithDifferentAliases() => ExpectValid(Rule, @"
      fragment differentArgsWithDifferentAliases on Dog {
        knowsSit: doesKnowCommand(dogCommand: SIT)
        knowsDown: doesKnowCommand(dogCommand: DOWN)
      }
    ");

    /// <summary>graphql-js: "different directives with different aliases".</summary>
    [Fact]
    public void DifferentDirectivesWithDifferentAliases() => ExpectValid(Rule, @"
      fragment differentDirectivesWithDifferentAliases on Dog {
        nameIfTrue: name @include(if: true)
        nameIfFalse: name @include(if: false)
      }
    ");

    /// <summary>graphql-js: "different skip/include directives accepted".</summary>
    [Fact]
    public void DifferentSkipIncludeDirectivesAccepted() => ExpectValid(Rule, @"
      fragment differentDirectivesWithDifferentAliases on Dog {
        name @include(if: true)
        name @include(if: false)
      }
    ");

    /// <summary>graphql-js: "Same aliases with different field targets".</summary>
    [Fact]
    public void SameAliasesWithDifferentFieldTargets() => ExpectErrors(Rule, @"
      fragment sameAliasesWithDifferentFieldTargets on Dog {
        fido: name
        fido: nickname
      }
    ",
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>graphql-js: "Same aliases allowed on non-overlapping fields".</summary>
    [Fact]
    public void SameAliasesAllowedOnNonOverlappingFields() => ExpectValid(Rule, @"
      fragment sameAliasesWithDifferentFieldTargets on Pet {
        ... on Dog {
          name
        }
        ... on Cat {
          name: nickname
        }
      }
    ");

    /// <summary>graphql-js: "Alias masking direct field access".</summary>
    [Fact]
    public void AliasMaskingDirectFieldAccess() => ExpectErrors(Rule, @"
      fragment aliasMaskingDirectFieldAccess on Dog {
        name: nickname
        name
      }
    ",
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>graphql-js: "different args, second adds an argument".</summary>
    [Fact]
    public void DifferentArgsSecondAddsAnArgument() => ExpectErrors(Rule, @"
      fragment conflictingArgs on Dog {
        doesKnowCommand
        doesKnowCommand(dogCommand: HEEL)
      }
    ",
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>graphql-js: "different args, second missing an argument".</summary>
    [Fact]
    public void DifferentArgsSecondMissingAnArgument() => ExpectErrors(Rule, @"
      fragment conflictingArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand
      }
    ",
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>graphql-js: "conflicting arg values".</summary>
    [Fact]
    public void ConflictingArgValues() => ExpectErrors(Rule, @"
      fragment conflictingArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand(dogCommand: HEEL)
      }
    ",
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>graphql-js: "conflicting arg names".</summary>
    [Fact]
    public void ConflictingArgNames() => ExpectErrors(Rule, @"
      fragment conflictingArgs on Dog {
        isAtLocation(x: 0)
        isAtLocation(y: 0)
      }
    ",
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));

    /// <summary>Beyond graphql-js's suite: conflicting variable arguments.</summary>
    [Fact]
    public void ConflictingVariableArguments() => ExpectErrors(Rule, @"
      query ($a: Int, $b: Int) {
        dog {
          isAtLocation(x: $a)
          isAtLocation(x: $b)
        }
      }
    ",
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (4, 11), (5, 11)));

    /// <summary>Beyond graphql-js's suite: identical variable arguments.</summary>
    [Fact]
    public void IdenticalVariableArguments() => ExpectValid(Rule, @"
      query ($a: Int) {
        dog {
          isAtLocation(x: $a)
          isAtLocation(x: $a)
        }
      }
    ");

    /// <summary>Beyond graphql-js's suite: Int and Float literals of equal value differ.</summary>
    [Fact]
    public void IntAndFloatLiteralsOfEqualValueDiffer() => ExpectErrors(Rule, @"
      {
        dog {
          isAtLocation(x: 1)
          isAtLocation(x: 1.0)
        }
      }
    ",
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (4, 11), (5, 11)));

    /// <summary>graphql-js: "allows different args where no conflict is possible".</summary>
    [Fact]
    public void AllowsDifferentArgsWhereNoConflictIsPossible() => ExpectValid(Rule, @"
      fragment conflictingArgs on Pet {
        ... on Dog {
          name(surname: true)
        }
        ... on Cat {
          name
        }
      }
    ");

    /// <summary>graphql-js: "allows different order of args".</summary>
    [Fact]
    public void AllowsDifferentOrderOfArgs() => ExpectValidWithSchema(ArgsOrderSchema, Rule, @"
        {
          someField(a: null, b: null)
          someField(b: null, a: null)
        }
      ");

    /// <summary>graphql-js: "allows different order of input object fields in arg values".</summary>
    [Fact]
    public void AllowsDifferentOrderOfInputObjectFieldsInArgValues() => ExpectValidWithSchema(InputFieldsOrderSchema, Rule, @"
        {
          someField(arg: { a: null, b: null })
          someField(arg: { b: null, a: null })
        }
      ");

    /// <summary>Beyond graphql-js's suite: differing input object field values conflict.</summary>
    [Fact]
    public void DifferingInputObjectFieldValuesConflict() => ExpectErrorsWithSchema(InputFieldsOrderSchema, Rule, @"
        {
          someField(arg: { a: ""x"", b: null })
          someField(arg: { b: null, a: ""y"" })
        }
      ",
            Error("Fields \"someField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 11), (4, 11)));

    /// <summary>graphql-js: "encounters conflict in fragments".</summary>
    [Fact]
    public void EncountersConflictInFragments() => ExpectErrors(Rule, @"
      {
        ...A
        ...B
      }
      fragment A on Type {
        x: a
      }
      fragment B on Type {
        x: b
      }
    ",
            Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 9), (10, 9)));

    /// <summary>graphql-js: "reports each conflict once".</summary>
    [Fact]
    public void ReportsEachConflictOnce() => ExpectErrors(Rule, @"
      {
        f1 {
          ...A
          ...B
        }
        f2 {
          ...B
          ...A
        }
        f3 {
          ...A
          ...B
          x: c
        }
      }
      fragment A on Type {
        x: a
      }
      fragment B on Type {
        x: b
      }
    ",
            Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (18, 9), (21, 9)),
            Error("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (14, 11), (18, 9)),
            Error("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (14, 11), (21, 9)));

    /// <summary>graphql-js: "deep conflict".</summary>
    [Fact]
    public void DeepConflict() => ExpectErrors(Rule, @"
      {
        field {
          x: a
        },
        field {
          x: b
        }
      }
    ",
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (6, 9), (7, 11)));

    /// <summary>graphql-js: "deep conflict with multiple issues".</summary>
    [Fact]
    public void DeepConflictWithMultipleIssues() => ExpectErrors(Rule, @"
      {
        field {
          x: a
          y: c
        },
        field {
          x: b
          y: d
        }
      }
    ",
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (5, 11), (7, 9), (8, 11), (9, 11)));

    /// <summary>graphql-js: "very deep conflict".</summary>
    [Fact]
    public void VeryDeepConflict() => ExpectErrors(Rule, @"
      {
        field {
          deepField {
            x: a
          }
        },
        field {
          deepField {
            x: b
          }
        }
      }
    ",
            Error("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (5, 13), (8, 9), (9, 11), (10, 13)));

    /// <summary>graphql-js: "reports deep conflict to nearest common ancestor".</summary>
    [Fact]
    public void ReportsDeepConflictToNearestCommonAncestor() => ExpectErrors(Rule, @"
      {
        field {
          deepField {
            x: a
          }
          deepField {
            x: b
          }
        },
        field {
          deepField {
            y
          }
        }
      }
    ",
            Error("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 11), (5, 13), (7, 11), (8, 13)));

    /// <summary>graphql-js: "reports deep conflict to nearest common ancestor in fragments".</summary>
    [Fact]
    public void ReportsDeepConflictToNearestCommonAncestorInFragments() => ExpectErrors(Rule, @"
      {
        field {
          ...F
        }
        field {
          ...F
        }
      }
      fragment F on T {
        deepField {
          deeperField {
            x: a
          }
          deeperField {
            x: b
          }
        },
        deepField {
          deeperField {
            y
          }
        }
      }
    ",
            Error("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (12, 11), (13, 13), (15, 11), (16, 13)));

    /// <summary>graphql-js: "reports deep conflict in nested fragments".</summary>
    [Fact]
    public void ReportsDeepConflictInNestedFragments() => ExpectErrors(Rule, @"
      {
        field {
          ...F
        }
        field {
          ...I
        }
      }
      fragment F on T {
        x: a
        ...G
      }
      fragment G on T {
        y: c
      }
      fragment I on T {
        y: d
        ...J
      }
      fragment J on T {
        x: b
      }
    ",
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (11, 9), (15, 9), (6, 9), (22, 9), (18, 9)));

    /// <summary>graphql-js: "reports deep conflict after nested fragments".</summary>
    [Fact]
    public void ReportsDeepConflictAfterNestedFragments() => ExpectErrors(Rule, @"
      fragment F on T {
        ...G
      }
      fragment G on T {
        ...H
      }
      fragment H on T {
        x: a
      }
      {
        x: b
        ...F
      }
    ",
            Error("Fields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (12, 9), (9, 9)));

    /// <summary>graphql-js: "ignores unknown fragments".</summary>
    [Fact]
    public void IgnoresUnknownFragments() => ExpectValid(Rule, @"
      {
        field
        ...Unknown
        ...Known
      }

      fragment Known on T {
        field
        ...OtherUnknown
      }
    ");

    /// <summary>graphql-js: "conflicting return types which potentially overlap".</summary>
    [Fact]
    public void ConflictingReturnTypesWhichPotentiallyOverlap() => ExpectErrorsWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ...on IntBox {
                scalar
              }
              ...on NonNullStringBox1 {
                scalar
              }
            }
          }
        ",
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));

    /// <summary>graphql-js: "compatible return shapes on different return types".</summary>
    [Fact]
    public void CompatibleReturnShapesOnDifferentReturnTypes() => ExpectValidWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ... on SomeBox {
                deepBox {
                  unrelatedField
                }
              }
              ... on StringBox {
                deepBox {
                  unrelatedField
                }
              }
            }
          }
        ");

    /// <summary>graphql-js: "disallows differing return types despite no overlap".</summary>
    [Fact]
    public void DisallowsDifferingReturnTypesDespiteNoOverlap() => ExpectErrorsWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ... on IntBox {
                scalar
              }
              ... on StringBox {
                scalar
              }
            }
          }
        ",
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));

    /// <summary>graphql-js: "reports correctly when a non-exclusive follows an exclusive".</summary>
    [Fact]
    public void ReportsCorrectlyWhenANonExclusiveFollowsAnExclusive() => ExpectErrorsWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ... on IntBox {
                deepBox {
                  ...X
                }
              }
            }
            someBox {
              ... on StringBox {
                deepBox {
                  ...Y
                }
              }
            }
            memoed: someBox {
              ... on IntBox {
                deepBox {
                  ...X
                }
              }
            }
            memoed: someBox {
              ... on StringBox {
                deepBox {
                  ...Y
                }
              }
            }
            other: someBox {
              ...X
            }
            other: someBox {
              ...Y
            }
          }
          fragment X on SomeBox {
            scalar
          }
          fragment Y on SomeBox {
            scalar: unrelatedField
          }
        ",
            Error("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (31, 13), (39, 13), (34, 13), (42, 13)));

    /// <summary>graphql-js: "disallows differing return type nullability despite no overlap".</summary>
    [Fact]
    public void DisallowsDifferingReturnTypeNullabilityDespiteNoOverlap() => ExpectErrorsWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ... on NonNullStringBox1 {
                scalar
              }
              ... on StringBox {
                scalar
              }
            }
          }
        ",
            Error("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));

    /// <summary>graphql-js: "disallows differing return type list despite no overlap".</summary>
    [Fact]
    public void DisallowsDifferingReturnTypeListDespiteNoOverlap() => ExpectErrorsWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ... on IntBox {
                box: listStringBox {
                  scalar
                }
              }
              ... on StringBox {
                box: stringBox {
                  scalar
                }
              }
            }
          }
        ",
            Error("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (10, 17)));

    /// <summary>graphql-js: "disallows differing return type list despite no overlap, reversed".</summary>
    [Fact]
    public void DisallowsDifferingReturnTypeListDespiteNoOverlapReversed() => ExpectErrorsWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ... on IntBox {
                box: stringBox {
                  scalar
                }
              }
              ... on StringBox {
                box: listStringBox {
                  scalar
                }
              }
            }
          }
        ",
            Error("Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (10, 17)));

    /// <summary>graphql-js: "disallows differing subfields".</summary>
    [Fact]
    public void DisallowsDifferingSubfields() => ExpectErrorsWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ... on IntBox {
                box: stringBox {
                  val: scalar
                  val: unrelatedField
                }
              }
              ... on StringBox {
                box: stringBox {
                  val: scalar
                }
              }
            }
          }
        ",
            Error("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 19), (7, 19)));

    /// <summary>graphql-js: "disallows differing deep return types despite no overlap".</summary>
    [Fact]
    public void DisallowsDifferingDeepReturnTypesDespiteNoOverlap() => ExpectErrorsWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ... on IntBox {
                box: stringBox {
                  scalar
                }
              }
              ... on StringBox {
                box: intBox {
                  scalar
                }
              }
            }
          }
        ",
            Error("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (6, 19), (10, 17), (11, 19)));

    /// <summary>graphql-js: "allows non-conflicting overlapping types".</summary>
    [Fact]
    public void AllowsNonConflictingOverlappingTypes() => ExpectValidWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ... on IntBox {
                scalar: unrelatedField
              }
              ... on StringBox {
                scalar
              }
            }
          }
        ");

    /// <summary>graphql-js: "same wrapped scalar return types".</summary>
    [Fact]
    public void SameWrappedScalarReturnTypes() => ExpectValidWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ...on NonNullStringBox1 {
                scalar
              }
              ...on NonNullStringBox2 {
                scalar
              }
            }
          }
        ");

    /// <summary>graphql-js: "allows inline fragments without type condition".</summary>
    [Fact]
    public void AllowsInlineFragmentsWithoutTypeCondition() => ExpectValidWithSchema(BoxesSchema, Rule, @"
          {
            a
            ... {
              a
            }
          }
        ");

    /// <summary>graphql-js: "compares deep types including list".</summary>
    [Fact]
    public void ComparesDeepTypesIncludingList() => ExpectErrorsWithSchema(BoxesSchema, Rule, @"
          {
            connection {
              ...edgeID
              edges {
                node {
                  id: name
                }
              }
            }
          }

          fragment edgeID on Connection {
            edges {
              node {
                id
              }
            }
          }
        ",
            Error("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 15), (6, 17), (7, 19), (14, 13), (15, 15), (16, 17)));

    /// <summary>graphql-js: "ignores unknown types".</summary>
    [Fact]
    public void IgnoresUnknownTypes() => ExpectValidWithSchema(BoxesSchema, Rule, @"
          {
            someBox {
              ...on UnknownType {
                scalar
              }
              ...on NonNullStringBox2 {
                scalar
              }
            }
          }
        ");

    /// <summary>graphql-js: "works for field names that are JS keywords".</summary>
    [Fact]
    public void WorksForFieldNamesThatAreJSKeywords() => ExpectValidWithSchema(KeywordsSchema, Rule, @"
          {
            foo {
              constructor
            }
          }
        ");

    /// <summary>graphql-js: "does not infinite loop on recursive fragment".</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragment() => ExpectValid(Rule, @"
      {
        ...fragA
      }

      fragment fragA on Human { name, relatives { name, ...fragA } }
    ");

    /// <summary>graphql-js: "does not infinite loop on immediately recursive fragment".</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnImmediatelyRecursiveFragment() => ExpectValid(Rule, @"
      {
        ...fragA
      }

      fragment fragA on Human { name, ...fragA }
    ");

    /// <summary>graphql-js: "does not infinite loop on recursive fragment with a field named after fragment".</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragmentWithAFieldNamedAfterFragment() => ExpectValid(Rule, @"
      {
        ...fragA
        fragA
      }

      fragment fragA on Query { ...fragA }
    ");

    /// <summary>graphql-js: "finds invalid cases even with field named after fragment".</summary>
    [Fact]
    public void FindsInvalidCasesEvenWithFieldNamedAfterFragment() => ExpectErrors(Rule, @"
      {
        fragA
        ...fragA
      }

      fragment fragA on Type {
        fragA: b
      }
    ",
            Error("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (8, 9)));

    /// <summary>graphql-js: "does not infinite loop on transitively recursive fragment".</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnTransitivelyRecursiveFragment() => ExpectValid(Rule, @"
      {
        ...fragA
        fragB
      }

      fragment fragA on Human { name, ...fragB }
      fragment fragB on Human { name, ...fragC }
      fragment fragC on Human { name, ...fragA }
    ");

    /// <summary>graphql-js: "finds invalid case even with immediately recursive fragment".</summary>
    [Fact]
    public void FindsInvalidCaseEvenWithImmediatelyRecursiveFragment() => ExpectErrors(Rule, @"
      fragment sameAliasesWithDifferentFieldTargets on Dog {
        ...sameAliasesWithDifferentFieldTargets
        fido: name
        fido: nickname
      }
    ",
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 9), (5, 9)));

    /// <summary>graphql-js: "does not infinite loop on recursive fragments separated by fields".</summary>
    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragmentsSeparatedByFields() => ExpectValid(Rule, @"
      {
        ...fragA
        ...fragB
      }

      fragment fragA on T {
        x {
          ...fragA
          x {
            ...fragA
          }
        }
      }

      fragment fragB on T {
        x {
          ...fragB
          x {
            ...fragB
          }
        }
      }
    ");

    /// <summary>Beyond graphql-js's suite: conflict within a single inline fragment is reported once.</summary>
    [Fact]
    public void ConflictWithinASingleInlineFragmentIsReportedOnce() => ExpectErrors(Rule, @"
      {
        dog {
          ... on Dog {
            name
            name: nickname
          }
        }
      }
    ",
            Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 13), (6, 13)));

    /// <summary>Beyond graphql-js's suite: conflict between field and nested inline fragments.</summary>
    [Fact]
    public void ConflictBetweenFieldAndNestedInlineFragments() => ExpectErrors(Rule, @"
      {
        dog {
          name
          ... {
            ... on Dog {
              name: nickname
            }
          }
        }
      }
    ",
            Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 11), (7, 15)));

    /// <summary>Beyond graphql-js's suite: __typename fields merge.</summary>
    [Fact]
    public void TypenameFieldsMerge() => ExpectValid(Rule, @"
      {
        dog {
          __typename
          ... on Dog {
            __typename
          }
        }
      }
    ");

    /// <summary>Beyond graphql-js's suite: aliased __typename conflicts with another field.</summary>
    [Fact]
    public void AliasedTypenameConflictsWithAnotherField() => ExpectErrors(Rule, @"
      {
        dog {
          name: __typename
          name
        }
      }
    ",
            Error("Fields \"name\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 11), (5, 11)));

    /// <summary>Beyond graphql-js's suite: deeply nested conflict is reported once with bounded detail and locations.</summary>
    [Fact]
    public void DeeplyNestedConflictIsReportedOnceWithBoundedDetailAndLocations() => ExpectErrors(Rule, @"{ dog { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { name } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { name: nickname } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }",
            Error("Fields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict because subfields \"mother\" conflict .... Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 747), (1, 756), (1, 765), (1, 774), (1, 783), (1, 792), (1, 801), (1, 810), (1, 819), (1, 828), (1, 837), (1, 846), (1, 855), (1, 864), (1, 873), (1, 882), (1, 891), (1, 900), (1, 909), (1, 1114), (1, 1852), (1, 1861), (1, 1870), (1, 1879), (1, 1888), (1, 1897), (1, 1906), (1, 1915), (1, 1924), (1, 1933), (1, 1942), (1, 1951), (1, 1960), (1, 1969), (1, 1978), (1, 1987), (1, 1996), (1, 2005), (1, 2014)));

    /// <summary>Beyond graphql-js's suite: deeply nested identical selections merge.</summary>
    [Fact]
    public void DeeplyNestedIdenticalSelectionsMerge() => ExpectValid(Rule, @"{ dog { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { name } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { mother { name } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }");

    /// <summary>graphql-js 16.15's work budget: a thousand identical fields cost ~1M comparisons and abort.</summary>
    [Fact]
    public void ManyIdenticalFieldsExceedTheWorkBudget()
    {
        var query = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 1000)) + "} }";
        ExpectErrors(Rule, query, Error("Validation aborted."));
    }

    [Fact]
    public void FiveHundredIdenticalFieldsStayWithinTheWorkBudget()
    {
        var query = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 500)) + "} }";
        ExpectValid(Rule, query);
    }

    /// <summary>A long chain of fragments all spread together: graphql-js 16.15 stops it with its budget, and so does this rule.</summary>
    [Fact]
    public void LongFragmentChainSpreadTogetherIsStopped()
    {
        var spreads = new System.Text.StringBuilder();
        var fragments = new System.Text.StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            spreads.Append("...F").Append(i).Append(' ');
            fragments.Append("fragment F").Append(i).Append(" on Dog { name ...F").Append(i + 1).Append(" }\n");
        }
        fragments.Append("fragment F300 on Dog { name }\n");
        ExpectErrors(Rule, "{ dog { " + spreads + "} }\n" + fragments, Error("Validation aborted."));
    }

    /// <summary>Fragments spreading each other in a cycle, many times over, end (NoFragmentCyclesRule reports the cycle).</summary>
    [Fact]
    public void CyclicFragmentsSpreadManyTimesTerminate()
    {
        var query = "{ dog { ...A ...B ...A ...B } }\n" +
                    "fragment A on Dog { name ...B mother { ...A ...B } }\n" +
                    "fragment B on Dog { name ...A mother { ...B ...A } }\n";
        ExpectValid(Rule, query);
    }

    /// <summary>The rule keeps no state between runs: a second validation reports the same conflict again.</summary>
    [Fact]
    public void EachValidationRunStartsFresh()
    {
        const string query = "{ dog { fido: name fido: nickname } }";
        var first = Validate(TestSchema, Rule, query);
        var second = Validate(TestSchema, Rule, query);
        Assert.Single(first);
        Assert.Equal(first[0].Message, second[0].Message);
    }
}
