using RescueGraph.GraphQL.Introspection;
using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Validation;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private const string KitchenSinkQuery = """
        query KitchenSink(
          $id: ID = "4"
          $withPets: Boolean!
          $command: DogCommand = SIT
          $complex: ComplexInput
          $names: [String!]
        ) {
          human(id: $id) @skip(if: false) {
            name(surname: true)
            ...HumanPets @include(if: $withPets)
            relatives { name }
          }
          dog {
            ...DogFields
            doesKnowCommand(dogCommand: $command)
            isHouseTrained
            mother { ...DogFields }
          }
          pet {
            __typename
            name
            ... on Dog { barkVolume isAtLocation(x: 1, y: 2) }
            ... on Cat { meowsVolume furColor }
          }
          catOrDog {
            ... on Pet { name }
            ... on Canine { mother { name } }
            ... { __typename }
          }
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, stringListField: ["a", null], intField: 3 })
            withVariable: complexArgField(complexArg: $complex)
            stringListNonNullArgField(stringListNonNullArg: $names)
            oneOfArgField(oneOfArg: { stringField: "x" })
            multipleOptAndReq(req1: 1, req2: 2, opt2: 3)
            enumArgField(enumArg: BROWN)
            floatArgField(floatArg: 1.5e3)
            idArgField(idArg: 12)
            nonNullFieldWithDefault
          }
          __schema { queryType { name } }
          __type(name: "Dog") { fields(includeDeprecated: true) { name } }
        }

        fragment DogFields on Dog {
          name @onField
          nickname
          barks
        }

        fragment HumanPets on Human {
          pets {
            name
            ... on Dog { barkVolume }
          }
        }

        query Second {
          dog { ...DogFields }
        }
        """;

    [Fact]
    public void SpecifiedRulesAreGraphQLJsSpecifiedRulesInOrder()
    {
        string[] expected =
        [
            "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "SingleFieldSubscriptionsRule",
            "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule", "ScalarLeafsRule",
            "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule",
            "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule", "NoUndefinedVariablesRule",
            "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule",
            "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
            "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule",
        ];
        Assert.Equal(expected, SpecifiedRules.All.Select(rule => rule.GetType().Name));
    }

    [Fact]
    public void AllSpecifiedRulesAcceptAKitchenSinkQuery() =>
        AssertErrors([], DocumentValidator.Validate(TestSchema, Parser.Parse(KitchenSinkQuery)));

    [Fact]
    public void AllSpecifiedRulesAcceptTheFullIntrospectionQuery() =>
        AssertErrors([], DocumentValidator.Validate(TestSchema, Parser.Parse(IntrospectionQuery.Text)));

    [Fact]
    public void ErrorsComeInDocumentOrderThenRuleOrder() =>
        AssertErrors(
            [
                Error("Cannot query field \"unknownField\" on type \"Dog\".", (1, 26)),
                Error("Unknown argument \"x\" on field \"Dog.name\".", (1, 44)),
                Error("Variable \"$v\" is never used in operation \"Q\".", (1, 9)),
                Error("Fragment \"Unused\" is never used.", (2, 1)),
            ],
            DocumentValidator.Validate(TestSchema, Parser.Parse("query Q($v: Int) { dog { unknownField name(x: 1) } }\nfragment Unused on Dog { name }")));

    [Fact]
    public void StopsAfterMaxErrorsWithGraphQLJsMessage()
    {
        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse("{ a b c d e }"), maxErrors: 3);
        AssertErrors(
            [
                Error("Cannot query field \"a\" on type \"QueryRoot\".", (1, 3)),
                Error("Cannot query field \"b\" on type \"QueryRoot\".", (1, 5)),
                Error("Cannot query field \"c\" on type \"QueryRoot\".", (1, 7)),
                Error("Too many validation errors, error limit reached. Validation aborted."),
            ],
            errors);
    }

    [Fact]
    public void DefaultsToSpecifiedRulesWhenNoneGiven() =>
        AssertErrors(
            [Error("This anonymous operation must be the only defined operation.", (1, 1))],
            DocumentValidator.Validate(TestSchema, Parser.Parse("{ dog { name } } query Named { dog { name } }")));

    [Fact]
    public void SkipChildrenAffectsOnlyTheVisitorThatAsked()
    {
        var skipping = new RecordingRule(skipFields: true);
        var watching = new RecordingRule(skipFields: false);
        DocumentValidator.Validate(TestSchema, Parser.Parse("{ dog { name } }"), [skipping, watching]);

        // The skipping visitor sees neither the children of the skipped field nor its Leave.
        Assert.Equal(["enter dog"], skipping.Events);
        Assert.Equal(["enter dog", "enter name", "leave name", "leave dog"], watching.Events);
    }

    [Fact]
    public void TypeInfoTracksTypesOfFieldsArgumentsAndInputValues()
    {
        var rule = new TypeInfoProbeRule();
        DocumentValidator.Validate(TestSchema, Parser.Parse("""
            query ($v: Boolean) {
              catOrDog { ... on Dog { doesKnowCommand(dogCommand: HEEL) @include(if: $v) } }
              complicatedArgs { complexArgField(complexArg: { stringListField: ["a"] }) }
            }
            """), [rule]);
        Assert.Equal(
            [
                "field catOrDog parent=QueryRoot type=CatOrDog",
                "field doesKnowCommand parent=Dog type=Boolean",
                "argument dogCommand input=DogCommand default=False",
                "enum HEEL value=HEEL",
                "argument if input=Boolean! default=False",
                "field complicatedArgs parent=QueryRoot type=ComplicatedArgs",
                "field complexArgField parent=ComplicatedArgs type=String",
                "argument complexArg input=ComplexInput default=False",
                "object field stringListField input=[String] parentInput=ComplexInput",
                "string a input=String parentInput=[String]",
            ],
            rule.Events);
    }

    [Fact]
    public void ContextReportsVariableUsagesWithExpectedTypesAndDefaults()
    {
        var rule = new UsageProbeRule();
        DocumentValidator.Validate(TestSchema, Parser.Parse("""
            query Q($a: Boolean, $b: Int, $c: FurColor) {
              dog { isHouseTrained(atOtherHomes: $a) }
              ...Frag
            }
            fragment Frag on QueryRoot {
              complicatedArgs { multipleOpts(opt1: $b) complexArgField(complexArg: { requiredField: true, intField: $b }) }
              cat @skip(if: $a) { furColor }
              ...Frag
            }
            """), [rule]);
        Assert.Equal(
            [
                "$a: Boolean default=True parent=",
                "$b: Int default=True parent=",
                "$b: Int default=False parent=ComplexInput",
                "$a: Boolean! default=False parent=",
            ],
            rule.Usages);
        Assert.Equal(["Frag"], rule.ReferencedFragments);
    }

    private sealed class RecordingRule(bool skipFields) : IValidationRule
    {
        public bool SkipFields { get; } = skipFields;
        public List<string> Events { get; } = [];

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(this);

        private sealed class Visitor(RecordingRule rule) : ValidationVisitor
        {
            public override void Enter(FieldNode node)
            {
                rule.Events.Add("enter " + node.Name.Value);
                if (rule.SkipFields) SkipChildren();
            }

            public override void Leave(FieldNode node) => rule.Events.Add("leave " + node.Name.Value);
        }
    }

    private sealed class TypeInfoProbeRule : IValidationRule
    {
        public List<string> Events { get; } = [];

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(this, context);

        private sealed class Visitor(TypeInfoProbeRule rule, ValidationContext context) : ValidationVisitor
        {
            public override void Enter(FieldNode node) =>
                rule.Events.Add($"field {node.Name.Value} parent={context.GetParentType()} type={context.GetType()}");

            public override void Enter(ArgumentNode node) =>
                rule.Events.Add($"argument {node.Name.Value} input={context.GetInputType()} default={context.HasDefaultValue()}");

            public override void Enter(EnumValueNode node) =>
                rule.Events.Add($"enum {node.Value} value={context.GetEnumValue()}");

            public override void Enter(ObjectFieldNode node) =>
                rule.Events.Add($"object field {node.Name.Value} input={context.GetInputType()} parentInput={context.GetParentInputType()}");

            public override void Enter(StringValueNode node) =>
                rule.Events.Add($"string {node.Value} input={context.GetInputType()} parentInput={context.GetParentInputType()}");
        }
    }

    private sealed class UsageProbeRule : IValidationRule
    {
        public List<string> Usages { get; } = [];
        public List<string> ReferencedFragments { get; } = [];

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(this, context);

        private sealed class Visitor(UsageProbeRule rule, ValidationContext context) : ValidationVisitor
        {
            public override void Leave(OperationDefinitionNode node)
            {
                foreach (var usage in context.GetRecursiveVariableUsages(node))
                    rule.Usages.Add($"${usage.Node.Name.Value}: {usage.Type} default={usage.HasDefaultValue} parent={usage.ParentType}");
                foreach (var fragment in context.GetRecursivelyReferencedFragments(node))
                    rule.ReferencedFragments.Add(fragment.Name.Value);
                // Cached: asking again returns the same instance.
                Assert.Same(context.GetRecursiveVariableUsages(node), context.GetRecursiveVariableUsages(node));
            }
        }
    }
}
