using RescueGraph.GraphQL.Language;
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    // graphql-js's FieldsOnCorrectTypeRule-test has its own small schema.
    private static readonly Lazy<Schema> LazySchema = new(() => SdlSchemaBuilder.Build("""
        interface Pet {
          name: String
        }

        type Dog implements Pet {
          name: String
          nickname: String
          barkVolume: Int
        }

        type Cat implements Pet {
          name: String
          nickname: String
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog

        type Human {
          name: String
          pets: [Pet]
        }

        type Query {
          human: Human
        }
        """));

    private static void Valid(string query) => ExpectValidWithSchema(LazySchema.Value, Rule, query);
    private static void Errors(string query, params ExpectedError[] errors) => ExpectErrorsWithSchema(LazySchema.Value, Rule, query, errors);

    [Fact]
    public void ObjectFieldSelection() => Valid(@"
      fragment objectFieldSelection on Dog {
        __typename
        name
      }
    ");

    [Fact]
    public void AliasedObjectFieldSelection() => Valid(@"
      fragment aliasedObjectFieldSelection on Dog {
        tn : __typename
        otherName : name
      }
    ");

    [Fact]
    public void InterfaceFieldSelection() => Valid(@"
      fragment interfaceFieldSelection on Pet {
        __typename
        name
      }
    ");

    [Fact]
    public void LyingAliasSelection() => Valid(@"
      fragment lyingAliasSelection on Dog {
        name : nickname
      }
    ");

    [Fact]
    public void IgnoresFieldsOnUnknownType() => Valid(@"
      fragment unknownSelection on UnknownType {
        unknownField
      }
    ");

    [Fact]
    public void ReportsErrorsWhenTypeIsKnownAgain() => Errors(@"
      fragment typeKnownAgain on Pet {
        unknown_pet_field {
          ... on Cat {
            unknown_cat_field
          }
        }
      }
    ",
        ("Cannot query field \"unknown_pet_field\" on type \"Pet\".", 3, 9),
        ("Cannot query field \"unknown_cat_field\" on type \"Cat\".", 5, 13));

    [Fact]
    public void FieldNotDefinedOnFragment() => Errors(@"
      fragment fieldNotDefined on Dog {
        meowVolume
      }
    ",
        ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 3, 9));

    [Fact]
    public void IgnoresDeeplyUnknownField() => Errors(@"
      fragment deepFieldNotDefined on Dog {
        unknown_field {
          deeper_unknown_field
        }
      }
    ",
        ("Cannot query field \"unknown_field\" on type \"Dog\".", 3, 9));

    [Fact]
    public void SubFieldNotDefined() => Errors(@"
      fragment subFieldNotDefined on Human {
        pets {
          unknown_field
        }
      }
    ",
        ("Cannot query field \"unknown_field\" on type \"Pet\".", 4, 11));

    [Fact]
    public void FieldNotDefinedOnInlineFragment() => Errors(@"
      fragment fieldNotDefined on Pet {
        ... on Dog {
          meowVolume
        }
      }
    ",
        ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 4, 11));

    [Fact]
    public void AliasedFieldTargetNotDefined() => Errors(@"
      fragment aliasedFieldTargetNotDefined on Dog {
        volume : mooVolume
      }
    ",
        ("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 3, 9));

    [Fact]
    public void AliasedLyingFieldTargetNotDefined() => Errors(@"
      fragment aliasedLyingFieldTargetNotDefined on Dog {
        barkVolume : kawVolume
      }
    ",
        ("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 3, 9));

    [Fact]
    public void NotDefinedOnInterface() => Errors(@"
      fragment notDefinedOnInterface on Pet {
        tailLength
      }
    ",
        ("Cannot query field \"tailLength\" on type \"Pet\".", 3, 9));

    [Fact]
    public void DefinedOnImplementorsButNotOnInterface() => Errors(@"
      fragment definedOnImplementorsButNotInterface on Pet {
        nickname
      }
    ",
        ("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", 3, 9));

    [Fact]
    public void MetaFieldSelectionOnUnion() => Valid(@"
      fragment directFieldSelectionOnUnion on CatOrDog {
        __typename
      }
    ");

    [Fact]
    public void DirectFieldSelectionOnUnion() => Errors(@"
      fragment directFieldSelectionOnUnion on CatOrDog {
        directField
      }
    ",
        ("Cannot query field \"directField\" on type \"CatOrDog\".", 3, 9));

    [Fact]
    public void DefinedOnImplementorsQueriedOnUnion() => Errors(@"
      fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
        name
      }
    ",
        ("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", 3, 9));

    [Fact]
    public void ValidFieldInInlineFragment() => Valid(@"
      fragment objectFieldSelection on Pet {
        ... on Dog {
          name
        }
        ... {
          name
        }
      }
    ");

    [Fact]
    public void SchemaMetaFieldsOnlyOnQueryRoot() => Errors(@"
      {
        human {
          __schema { queryType { name } }
        }
      }
    ",
        ("Cannot query field \"__schema\" on type \"Human\".", 4, 11));

    private static string ErrorMessage(string sdl, string query)
    {
        var errors = DocumentValidator.Validate(SdlSchemaBuilder.Build(sdl), Parser.Parse(query), [Rule]);
        Assert.Single(errors);
        return errors[0].Message;
    }

    [Fact]
    public void WorksWithNoSuggestions() => Assert.Equal(
        "Cannot query field \"f\" on type \"T\".",
        ErrorMessage("type T { fieldWithVeryLongNameThatWillNeverBeSuggested: String } type Query { t: T }", "{ t { f } }"));

    [Fact]
    public void WorksWithSmallNumbersOfTypeSuggestions() => Assert.Equal(
        "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?",
        ErrorMessage("union T = A | B type Query { t: T } type A { f: String } type B { f: String }", "{ t { f } }"));

    [Fact]
    public void WorksWithSmallNumbersOfFieldSuggestions() => Assert.Equal(
        "Cannot query field \"f\" on type \"T\". Did you mean \"y\" or \"z\"?",
        ErrorMessage("type T { y: String z: String } type Query { t: T }", "{ t { f } }"));

    [Fact]
    public void OnlyShowsOneSetOfSuggestionsAtATimePreferringTypes() => Assert.Equal(
        "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?",
        ErrorMessage("""
            interface T { y: String z: String }
            type Query { t: T }
            type A implements T { f: String y: String z: String }
            type B implements T { f: String y: String z: String }
            """, "{ t { f } }"));

    [Fact]
    public void SortsTypeSuggestionsBasedOnInheritanceOrder()
    {
        Assert.Equal(
            "Cannot query field \"foo\" on type \"T\". Did you mean to use an inline fragment on \"Z\", \"Y\", or \"X\"?",
            ErrorMessage("""
                interface T { bar: String }
                type Query { t: T }
                interface Z implements T { foo: String bar: String }
                interface Y implements Z & T { foo: String bar: String }
                type X implements Y & Z & T { foo: String bar: String }
                """, "{ t { foo } }"));

        Assert.Equal(
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Animal\", \"Mammal\", \"Canine\", \"Dog\", or \"Feline\"?",
            ErrorMessage("""
                interface Animal { name: String }
                interface Mammal implements Animal { name: String }
                interface Canine implements Animal & Mammal { name: String }
                type Dog implements Animal & Mammal & Canine { name: String }
                interface Feline implements Animal & Mammal { name: String }
                type Cat implements Animal & Mammal & Feline { name: String }
                union CatOrDog = Cat | Dog
                type Query { catOrDog: CatOrDog }
                """, "{ catOrDog { name } }"));
    }

    [Fact]
    public void LimitsLotsOfTypeSuggestions() => Assert.Equal(
        "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"D\", or \"E\"?",
        ErrorMessage("""
            union T = A | B | C | D | E | F
            type Query { t: T }
            type A { f: String } type B { f: String } type C { f: String }
            type D { f: String } type E { f: String } type F { f: String }
            """, "{ t { f } }"));

    [Fact]
    public void LimitsLotsOfFieldSuggestions() => Assert.Equal(
        "Cannot query field \"f\" on type \"T\". Did you mean \"u\", \"v\", \"w\", \"x\", or \"y\"?",
        ErrorMessage("type T { u: String v: String w: String x: String y: String z: String } type Query { t: T }", "{ t { f } }"));
}
