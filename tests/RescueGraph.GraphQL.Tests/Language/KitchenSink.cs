namespace RescueGraph.GraphQL.Tests.Language;

/// <summary>
/// Our own equivalents of graphql-js's kitchen-sink fixtures, and what graphql-js 16.15's
/// <c>print(parse(…))</c> produces for them (captured from graphql-js itself).
/// </summary>
internal static class KitchenSink
{
    public const string Executable = """"
# Copyright-free kitchen sink for the RescueGraph parser tests.

query rescueQuery($shelter: ShelterInput, $region: Region = NORTH, $ids: [ID!]! = ["a", "b"]) @onQuery {
  whoIsHere: animal(ids: [101, 202]) {
    id,
    ... on Dog @onInlineFragment {
      owner {
        id
        nick: nickname(first: 10, after: $shelter) @include(if: $shelter) {
          id
          ...animalBits @onFragmentSpread
        }
      }
    }
    ... @skip(unless: $shelter) {
      id
    }
    ... {
      id
    }
  }
}

mutation adoptPet @onMutation {
  adopt(pet: 123) @onField {
    pet {
      id @onField
    }
  }
}

subscription PetAdoptedSubscription($input: PetAdoptedInput @onVariableDefinition) @onSubscription {
  petAdopted(input: $input) {
    pet {
      fosters {
        count
      }
      adoptionNote {
        text
      }
    }
  }
}

"""
Fragment with a description
"""
fragment animalBits on Animal @onFragmentDefinition {
  foo(size: $size, bar: $b, obj: {key: "value", block: """
      block string uses \"""
  """})
}

"Described operation"
query described("the limit" $limit: Int = 5) {
  pets(limit: $limit)
}

query withLongArguments {
  searchAnimals(species: "dog", ageAtLeast: 2, ageAtMost: 11, vaccinated: true, neutered: false, region: SOUTH) {
    id
  }
}

{
  unnamed(truthy: true, falsy: false, nullish: null, float: -1.5e10, escapes: "\u00e9\t\"\\\/\b\f\n\r \u{1F600} \uD83D\uDE00"),
  query
  on: on
  fragment
}

query { __typename }
"""";

    public const string ExecutablePrinted = """"
query rescueQuery($shelter: ShelterInput, $region: Region = NORTH, $ids: [ID!]! = ["a", "b"]) @onQuery {
  whoIsHere: animal(ids: [101, 202]) {
    id
    ... on Dog @onInlineFragment {
      owner {
        id
        nick: nickname(first: 10, after: $shelter) @include(if: $shelter) {
          id
          ...animalBits @onFragmentSpread
        }
      }
    }
    ... @skip(unless: $shelter) {
      id
    }
    ... {
      id
    }
  }
}

mutation adoptPet @onMutation {
  adopt(pet: 123) @onField {
    pet {
      id @onField
    }
  }
}

subscription PetAdoptedSubscription($input: PetAdoptedInput @onVariableDefinition) @onSubscription {
  petAdopted(input: $input) {
    pet {
      fosters {
        count
      }
      adoptionNote {
        text
      }
    }
  }
}

"""Fragment with a description"""
fragment animalBits on Animal @onFragmentDefinition {
  foo(
    size: $size
    bar: $b
    obj: {key: "value", block: """
    block string uses \"""
    """}
  )
}

"Described operation"
query described(
"the limit"
$limit: Int = 5
) {
  pets(limit: $limit)
}

query withLongArguments {
  searchAnimals(
    species: "dog"
    ageAtLeast: 2
    ageAtMost: 11
    vaccinated: true
    neutered: false
    region: SOUTH
  ) {
    id
  }
}

{
  unnamed(
    truthy: true
    falsy: false
    nullish: null
    float: -1.5e10
    escapes: "é\t\"\\/\b\f\n\r 😀 😀"
  )
  query
  on: on
  fragment
}

{
  __typename
}
"""";

    public const string Schema = """"
"""This is a description
of the schema as a whole."""
schema {
  query: QueryType
  mutation: MutationType
}

"""
This is a description
of the `Foo` type.
"""
type Foo implements Bar & Baz & Two {
  "Description of the `one` field."
  one: Type
  """
  This is a description of the `two` field.
  """
  two(
    """
    This is a description of the `argument` argument.
    """
    argument: InputType!
  ): Type
  """This is a description of the `three` field."""
  three(argument: InputType, other: String): Int
  four(argument: String = "string"): String
  five(argument: [String] = ["string", "string"]): String
  six(argument: InputType = {key: "value"}): Type
  seven(argument: Int = null): Type
}

type AnnotatedObject @onObject(arg: "value") {
  annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
}

type UndefinedType

extend type Foo {
  seven(argument: [String]): Type
}

extend type Foo @onType

interface Bar {
  one: Type
  four(argument: String = "string"): String
}

interface AnnotatedInterface @onInterface {
  annotatedField(arg: Type @onArgumentDefinition): Type @onField
}

interface UndefinedInterface

extend interface Bar implements Two {
  two(argument: InputType!): Type
}

extend interface Bar @onInterface

interface Baz implements Bar & Two {
  one: Type
  two(argument: InputType!): Type
  four(argument: String = "string"): String
}

union Feed =
  | Story
  | Article
  | Advert

union AnnotatedUnion @onUnion = A | B

union AnnotatedUnionTwo @onUnion = | A | B

union UndefinedUnion

extend union Feed = Photo | Video

extend union Feed @onUnion

scalar CustomScalar

scalar AnnotatedScalar @onScalar

extend scalar CustomScalar @onScalar

enum Site {
  """
  This is a description of the `DESKTOP` value
  """
  DESKTOP

  """This is a description of the `MOBILE` value"""
  MOBILE

  "This is a description of the `WEB` value"
  WEB
}

enum AnnotatedEnum @onEnum {
  ANNOTATED_VALUE @onEnumValue
  OTHER_VALUE
}

enum UndefinedEnum

extend enum Site {
  VR
}

extend enum Site @onEnum

input InputType {
  key: String!
  answer: Int = 42
}

input AnnotatedInput @onInputObject {
  annotatedField: Type @onInputFieldDefinition
}

input UndefinedInput

extend input InputType {
  other: Float = 1.23e4 @onInputFieldDefinition
}

extend input InputType @onInputObject

"""
This is a description of the `@skip` directive
"""
directive @skip(
  """This is a description of the `if` argument"""
  if: Boolean! @onArgumentDefinition
) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @include(if: Boolean!)
  on FIELD
   | FRAGMENT_SPREAD
   | INLINE_FRAGMENT

directive @include2(if: Boolean!) on
  | FIELD
  | FRAGMENT_SPREAD
  | INLINE_FRAGMENT

directive @myRepeatableDir(name: String!) repeatable on
  | OBJECT
  | INTERFACE

extend schema @onSchema

extend schema @onSchema {
  subscription: SubscriptionType
}
"""";

    public const string SchemaPrinted = """"
"""
This is a description
of the schema as a whole.
"""
schema {
  query: QueryType
  mutation: MutationType
}

"""
This is a description
of the `Foo` type.
"""
type Foo implements Bar & Baz & Two {
  "Description of the `one` field."
  one: Type
  """This is a description of the `two` field."""
  two(
    """This is a description of the `argument` argument."""
    argument: InputType!
  ): Type
  """This is a description of the `three` field."""
  three(argument: InputType, other: String): Int
  four(argument: String = "string"): String
  five(argument: [String] = ["string", "string"]): String
  six(argument: InputType = {key: "value"}): Type
  seven(argument: Int = null): Type
}

type AnnotatedObject @onObject(arg: "value") {
  annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
}

type UndefinedType

extend type Foo {
  seven(argument: [String]): Type
}

extend type Foo @onType

interface Bar {
  one: Type
  four(argument: String = "string"): String
}

interface AnnotatedInterface @onInterface {
  annotatedField(arg: Type @onArgumentDefinition): Type @onField
}

interface UndefinedInterface

extend interface Bar implements Two {
  two(argument: InputType!): Type
}

extend interface Bar @onInterface

interface Baz implements Bar & Two {
  one: Type
  two(argument: InputType!): Type
  four(argument: String = "string"): String
}

union Feed = Story | Article | Advert

union AnnotatedUnion @onUnion = A | B

union AnnotatedUnionTwo @onUnion = A | B

union UndefinedUnion

extend union Feed = Photo | Video

extend union Feed @onUnion

scalar CustomScalar

scalar AnnotatedScalar @onScalar

extend scalar CustomScalar @onScalar

enum Site {
  """This is a description of the `DESKTOP` value"""
  DESKTOP
  """This is a description of the `MOBILE` value"""
  MOBILE
  "This is a description of the `WEB` value"
  WEB
}

enum AnnotatedEnum @onEnum {
  ANNOTATED_VALUE @onEnumValue
  OTHER_VALUE
}

enum UndefinedEnum

extend enum Site {
  VR
}

extend enum Site @onEnum

input InputType {
  key: String!
  answer: Int = 42
}

input AnnotatedInput @onInputObject {
  annotatedField: Type @onInputFieldDefinition
}

input UndefinedInput

extend input InputType {
  other: Float = 1.23e4 @onInputFieldDefinition
}

extend input InputType @onInputObject

"""This is a description of the `@skip` directive"""
directive @skip(
  """This is a description of the `if` argument"""
  if: Boolean! @onArgumentDefinition
) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @include2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @myRepeatableDir(name: String!) repeatable on OBJECT | INTERFACE

extend schema @onSchema

extend schema @onSchema {
  subscription: SubscriptionType
}
"""";
}
