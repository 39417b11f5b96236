// Cases ported from graphql-js 16's src/validation/__tests__/PossibleFragmentSpreadsRule-test.ts; expected errors
// (messages and locations) are what graphql-js 16.15.0 reports for the same documents.
// (Written out from the graphql-js cases by a script that ran them through graphql@16.15.0.)
// Cases marked "Beyond graphql-js's suite" and the hand-written tests at the end are additions.
using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    private static readonly Schema TypeOverlapSchema = SdlSchemaBuilder.Build(@"
  interface Being {
    name: String
  }

  interface Pet implements Being {
    name: String
  }

  type Dog implements Being & Pet {
    name: String
    barkVolume: Int
  }

  type Cat implements Being & Pet {
    name: String
    meowVolume: Int
  }

  union CatOrDog = Cat | Dog

  interface Intelligent {
    iq: Int
  }

  type Human implements Being & Intelligent {
    name: String
    pets: [Pet]
    iq: Int
  }

  type Alien implements Being & Intelligent {
    name: String
    iq: Int
  }

  union DogOrHuman = Dog | Human

  union HumanOrAlien = Human | Alien

  type Query {
    catOrDog: CatOrDog
    dogOrHuman: DogOrHuman
    humanOrAlien: HumanOrAlien
  }
");

    /// <summary>graphql-js: "of the same object".</summary>
    [Fact]
    public void OfTheSameObject() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment objectWithinObject on Dog { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }
    ");

    /// <summary>graphql-js: "of the same object with inline fragment".</summary>
    [Fact]
    public void OfTheSameObjectWithInlineFragment() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
    ");

    /// <summary>graphql-js: "object into an implemented interface".</summary>
    [Fact]
    public void ObjectIntoAnImplementedInterface() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment objectWithinInterface on Pet { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }
    ");

    /// <summary>graphql-js: "object into containing union".</summary>
    [Fact]
    public void ObjectIntoContainingUnion() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment objectWithinUnion on CatOrDog { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }
    ");

    /// <summary>graphql-js: "union into contained object".</summary>
    [Fact]
    public void UnionIntoContainedObject() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment unionWithinObject on Dog { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }
    ");

    /// <summary>graphql-js: "union into overlapping interface".</summary>
    [Fact]
    public void UnionIntoOverlappingInterface() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment unionWithinInterface on Pet { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }
    ");

    /// <summary>graphql-js: "union into overlapping union".</summary>
    [Fact]
    public void UnionIntoOverlappingUnion() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }
    ");

    /// <summary>graphql-js: "interface into implemented object".</summary>
    [Fact]
    public void InterfaceIntoImplementedObject() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment interfaceWithinObject on Dog { ...petFragment }
      fragment petFragment on Pet { name }
    ");

    /// <summary>graphql-js: "interface into overlapping interface".</summary>
    [Fact]
    public void InterfaceIntoOverlappingInterface() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment interfaceWithinInterface on Pet { ...beingFragment }
      fragment beingFragment on Being { name }
    ");

    /// <summary>graphql-js: "interface into overlapping interface in inline fragment".</summary>
    [Fact]
    public void InterfaceIntoOverlappingInterfaceInInlineFragment() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment interfaceWithinInterface on Pet { ... on Being { name } }
    ");

    /// <summary>graphql-js: "interface into overlapping union".</summary>
    [Fact]
    public void InterfaceIntoOverlappingUnion() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment interfaceWithinUnion on CatOrDog { ...petFragment }
      fragment petFragment on Pet { name }
    ");

    /// <summary>graphql-js: "ignores incorrect type (caught by FragmentsOnCompositeTypesRule)".</summary>
    [Fact]
    public void IgnoresIncorrectTypeCaughtByFragmentsOnCompositeTypesRule() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment petFragment on Pet { ...badInADifferentWay }
      fragment badInADifferentWay on String { name }
    ");

    /// <summary>graphql-js: "ignores unknown fragments (caught by KnownFragmentNamesRule)".</summary>
    [Fact]
    public void IgnoresUnknownFragmentsCaughtByKnownFragmentNamesRule() => ExpectValidWithSchema(TypeOverlapSchema, Rule, @"
      fragment petFragment on Pet { ...UnknownFragment }
    ");

    /// <summary>graphql-js: "different object into object".</summary>
    [Fact]
    public void DifferentObjectIntoObject() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidObjectWithinObject on Cat { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }
    ",
            Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 51)));

    /// <summary>graphql-js: "different object into object in inline fragment".</summary>
    [Fact]
    public void DifferentObjectIntoObjectInInlineFragment() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidObjectWithinObjectAnon on Cat {
        ... on Dog { barkVolume }
      }
    ",
            Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (3, 9)));

    /// <summary>graphql-js: "object into not implementing interface".</summary>
    [Fact]
    public void ObjectIntoNotImplementingInterface() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidObjectWithinInterface on Pet { ...humanFragment }
      fragment humanFragment on Human { pets { name } }
    ",
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (2, 54)));

    /// <summary>graphql-js: "object into not containing union".</summary>
    [Fact]
    public void ObjectIntoNotContainingUnion() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
      fragment humanFragment on Human { pets { name } }
    ",
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (2, 55)));

    /// <summary>graphql-js: "union into not contained object".</summary>
    [Fact]
    public void UnionIntoNotContainedObject() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }
    ",
            Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (2, 52)));

    /// <summary>graphql-js: "union into non overlapping interface".</summary>
    [Fact]
    public void UnionIntoNonOverlappingInterface() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
      fragment humanOrAlienFragment on HumanOrAlien { __typename }
    ",
            Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (2, 53)));

    /// <summary>graphql-js: "union into non overlapping union".</summary>
    [Fact]
    public void UnionIntoNonOverlappingUnion() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
      fragment humanOrAlienFragment on HumanOrAlien { __typename }
    ",
            Error("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (2, 54)));

    /// <summary>graphql-js: "interface into non implementing object".</summary>
    [Fact]
    public void InterfaceIntoNonImplementingObject() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
      fragment intelligentFragment on Intelligent { iq }
    ",
            Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (2, 54)));

    /// <summary>graphql-js: "interface into non overlapping interface".</summary>
    [Fact]
    public void InterfaceIntoNonOverlappingInterface() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidInterfaceWithinInterface on Pet {
        ...intelligentFragment
      }
      fragment intelligentFragment on Intelligent { iq }
    ",
            Error("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (3, 9)));

    /// <summary>graphql-js: "interface into non overlapping interface in inline fragment".</summary>
    [Fact]
    public void InterfaceIntoNonOverlappingInterfaceInInlineFragment() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidInterfaceWithinInterfaceAnon on Pet {
        ...on Intelligent { iq }
      }
    ",
            Error("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (3, 9)));

    /// <summary>graphql-js: "interface into non overlapping union".</summary>
    [Fact]
    public void InterfaceIntoNonOverlappingUnion() => ExpectErrorsWithSchema(TypeOverlapSchema, Rule, @"
      fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
      fragment petFragment on Pet { name }
    ",
            Error("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (2, 62)));
}
