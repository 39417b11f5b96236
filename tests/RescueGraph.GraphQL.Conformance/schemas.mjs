// The schemas the corpus runs against, each with the rootValue its cases use by default.
// Abstract values carry `__typename` so graphql-js's default resolveType (and ours) can place them.

/** Section 5 of the spec (October 2021): the Dog/Cat/Pet validation schema, plus its `arguments` example. */
export const dog = {
  name: 'dog',
  sdl: `type Query {
  dog: Dog
  findDog(searchBy: FindDogInput): Dog
  human: Human
  pet: Pet
  catOrDog: CatOrDog
  dogOrHuman: DogOrHuman
  humanOrAlien: HumanOrAlien
  sentient: Sentient
  arguments: Arguments
}

type Mutation {
  mutateDog: Dog
}

type Subscription {
  newMessage: Message
  disallowedSecondRootField: Boolean
}

type Message {
  body: String
  sender: String
}

enum DogCommand {
  SIT
  DOWN
  HEEL
}

type Dog implements Pet {
  name: String!
  nickname: String
  barkVolume: Int
  doesKnowCommand(dogCommand: DogCommand!): Boolean!
  isHouseTrained(atOtherHomes: Boolean): Boolean!
  owner: Human
}

interface Sentient {
  name: String!
}

interface Pet {
  name: String!
}

type Alien implements Sentient {
  name: String!
  homePlanet: String
}

type Human implements Sentient {
  name: String!
  pets: [Pet!]
}

enum CatCommand {
  JUMP
}

type Cat implements Pet {
  name: String!
  nickname: String
  doesKnowCommand(catCommand: CatCommand!): Boolean!
  meowVolume: Int
}

union CatOrDog = Cat | Dog
union DogOrHuman = Dog | Human
union HumanOrAlien = Human | Alien

input FindDogInput {
  name: String
  owner: String
}

type Arguments {
  multipleRequirements(x: Int!, y: Int!): Int!
  booleanArgField(booleanArg: Boolean): Boolean
  floatArgField(floatArg: Float): Float
  intArgField(intArg: Int): Int
  nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
  booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
  optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
}
`,
  root: (() => {
    const rex = { name: 'Rex', nickname: 'Rexy', barkVolume: 5, doesKnowCommand: true, isHouseTrained: false };
    const tom = { __typename: 'Cat', name: 'Tom', nickname: null, doesKnowCommand: false, meowVolume: 2 };
    const ann = { __typename: 'Human', name: 'Ann', pets: [{ __typename: 'Dog', ...rex }, tom] };
    return {
      dog: { ...rex, owner: ann },
      findDog: { name: 'Fido', nickname: null, barkVolume: 1, doesKnowCommand: false, isHouseTrained: true, owner: null },
      human: ann,
      pet: tom,
      catOrDog: { __typename: 'Dog', ...rex, owner: null },
      dogOrHuman: ann,
      humanOrAlien: { __typename: 'Alien', name: 'Zork', homePlanet: 'Mars' },
      sentient: ann,
      arguments: {
        multipleRequirements: 7,
        booleanArgField: true,
        floatArgField: 1.5,
        intArgField: 3,
        nonNullBooleanArgField: true,
        booleanListArgField: [true, null, false],
        optionalNonNullBooleanArgField: false,
      },
      mutateDog: { ...rex, name: 'Mutt' },
      newMessage: { body: 'hello', sender: 'ann' },
      disallowedSecondRootField: true,
    };
  })(),
};

/** The Star Wars schema used throughout the spec and graphql-js's tests. */
export const starWars = {
  name: 'starWars',
  sdl: `"One of the films in the Star Wars Trilogy"
enum Episode {
  "Released in 1977."
  NEWHOPE
  "Released in 1980."
  EMPIRE
  "Released in 1983."
  JEDI
}

"A character in the Star Wars Trilogy"
interface Character {
  "The id of the character."
  id: String!
  "The name of the character."
  name: String
  "The friends of the character, or an empty list if they have none."
  friends: [Character]
  "Which movies they appear in."
  appearsIn: [Episode]
  "All secrets about their past."
  secretBackstory: String
}

"A humanoid creature in the Star Wars universe."
type Human implements Character {
  id: String!
  name: String
  friends: [Character]
  appearsIn: [Episode]
  "The home planet of the human, or null if unknown."
  homePlanet: String
  secretBackstory: String
}

"A mechanical creature in the Star Wars universe."
type Droid implements Character {
  id: String!
  name: String
  friends: [Character]
  appearsIn: [Episode]
  secretBackstory: String
  "The primary function of the droid."
  primaryFunction: String
}

type Query {
  hero(episode: Episode): Character
  human(id: String!): Human
  droid(id: String!): Droid
}
`,
  root: (() => {
    const luke = { __typename: 'Human', id: '1000', name: 'Luke Skywalker', appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: 'Tatooine', secretBackstory: null };
    const han = { __typename: 'Human', id: '1002', name: 'Han Solo', appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: null, secretBackstory: null, friends: [] };
    const leia = { __typename: 'Human', id: '1003', name: 'Leia Organa', appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: 'Alderaan', secretBackstory: null, friends: [] };
    const c3po = { __typename: 'Droid', id: '2000', name: 'C-3PO', appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], primaryFunction: 'Protocol', secretBackstory: null, friends: [] };
    const r2 = {
      __typename: 'Droid', id: '2001', name: 'R2-D2', appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], primaryFunction: 'Astromech', secretBackstory: null,
      friends: [{ ...luke, friends: [han, leia, c3po] }, han, leia],
    };
    return { hero: r2, human: { ...luke, friends: [han, leia, c3po, r2] }, droid: c3po };
  })(),
};

/** graphql-js's validation harness, trimmed: argument and value coercion in every shape. */
export const values = {
  name: 'values',
  sdl: `enum FurColor {
  BROWN
  BLACK
  TAN
  SPOTTED
  NO_FUR
  UNKNOWN
}

input ComplexInput {
  requiredField: Boolean!
  nonNullField: Boolean! = false
  intField: Int
  stringField: String
  booleanField: Boolean
  stringListField: [String]
  enumField: FurColor
}

input OneOfInput @oneOf {
  stringField: String
  intField: Int
  complexField: ComplexInput
}

input NestedInput {
  inner: ComplexInput
  list: [ComplexInput!]
  oneOf: OneOfInput
  deeper: NestedInput
}

type ComplicatedArgs {
  intArgField(intArg: Int): String
  nonNullIntArgField(nonNullIntArg: Int!): String
  stringArgField(stringArg: String): String
  booleanArgField(booleanArg: Boolean): String
  nonNullBooleanArgField(nonNullBooleanArg: Boolean!): String
  enumArgField(enumArg: FurColor): String
  nonNullEnumArgField(enumArg: FurColor!): String
  floatArgField(floatArg: Float): String
  idArgField(idArg: ID): String
  stringListArgField(stringListArg: [String]): String
  stringListNonNullArgField(stringListNonNullArg: [String!]): String
  nonNullStringListArgField(list: [String]!): String
  intListListArgField(arg: [[Int]]): String
  complexArgField(complexArg: ComplexInput): String
  oneOfArgField(oneOfArg: OneOfInput): String
  nestedArgField(nested: NestedInput): String
  multipleReqs(req1: Int!, req2: Int!): String
  nonNullFieldWithDefault(arg: Int! = 0): String
  multipleOpts(opt1: Int = 0, opt2: Int = 0): String
  multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
  withDefaults(i: Int = 5, s: String = "x", e: FurColor = BROWN, l: [Int] = [1, 2], c: ComplexInput = {requiredField: true}): String
}

type Query {
  complicatedArgs: ComplicatedArgs
}
`,
  root: {
    complicatedArgs: Object.fromEntries(
      ['intArgField', 'nonNullIntArgField', 'stringArgField', 'booleanArgField', 'nonNullBooleanArgField', 'enumArgField',
        'nonNullEnumArgField', 'floatArgField', 'idArgField', 'stringListArgField', 'stringListNonNullArgField',
        'nonNullStringListArgField', 'intListListArgField', 'complexArgField', 'oneOfArgField', 'nestedArgField',
        'multipleReqs', 'nonNullFieldWithDefault', 'multipleOpts', 'multipleOptAndReq', 'withDefaults'].map((f) => [f, 'ok']),
    ),
  },
};

/** Lists and non-null wrappers in every combination, for null propagation. */
export const nulls = {
  name: 'nulls',
  sdl: `type Query {
  item: Item
  itemNN: Item!
  list: [Item]
  listOfNN: [Item!]
  listNN: [Item]!
  listNNOfNN: [Item!]!
  nested: [[Item!]]
  nestedNN: [[Item!]!]!
  nestedLoose: [[Item]]
  ints: [Int]
  intsOfNN: [Int!]
  intsNN: [Int]!
  intsNNOfNN: [Int!]!
  deep: Deep
  deepNN: Deep!
}

type Item {
  id: ID!
  name: String
  nn: String!
  child: Item
  childNN: Item!
  children: [Item!]
  childrenNN: [Item]!
}

type Deep {
  a: Deep
  b: Deep!
  item: Item
  items: [Item!]!
  value: Int
  valueNN: Int!
}
`,
  root: {},
};

/** Leaf output serialization. */
export const scalars = {
  name: 'scalars',
  sdl: `enum Color {
  RED
  GREEN
  BLUE
}

type Query {
  int: Int
  float: Float
  string: String
  boolean: Boolean
  id: ID
  color: Color
  intNN: Int!
  ints: [Int]
  colors: [Color]
  strings: [String]
  obj: Obj
  objs: [Obj]
  matrix: [[Int]]
}

type Obj {
  int: Int
  name: String
}
`,
  root: {},
};

/** Interfaces implementing interfaces, unions, and a search over them. */
export const abstract = {
  name: 'abstract',
  sdl: `interface Node {
  id: ID!
}

interface Resource implements Node {
  id: ID!
  url: String
}

interface Image implements Resource & Node {
  id: ID!
  url: String
  width: Int
}

type Photo implements Image & Resource & Node {
  id: ID!
  url: String
  width: Int
  caption: String
}

type Document implements Resource & Node {
  id: ID!
  url: String
  pages: Int
}

type Person implements Node {
  id: ID!
  name: String
  friends: [Person]
  avatar: Image
}

union SearchResult = Photo | Document | Person

type Query {
  node: Node
  nodes: [Node]
  resource: Resource
  image: Image
  search: [SearchResult]
  first: SearchResult
  person: Person
}
`,
  root: (() => {
    const photo = { __typename: 'Photo', id: 'p1', url: 'https://x/p1.jpg', width: 640, caption: 'A dog' };
    const doc = { __typename: 'Document', id: 'd1', url: 'https://x/d1.pdf', pages: 3 };
    const bob = { __typename: 'Person', id: 'u2', name: 'Bob', friends: [], avatar: null };
    const amy = { __typename: 'Person', id: 'u1', name: 'Amy', friends: [bob, null], avatar: photo };
    return { node: photo, nodes: [photo, doc, amy, null], resource: doc, image: photo, search: [amy, photo, doc], first: doc, person: amy };
  })(),
};

/** Custom directives on every executable location, plus repeatable ones. */
export const directives = {
  name: 'directives',
  sdl: `directive @onQuery(tag: String) on QUERY
directive @onMutation on MUTATION
directive @onSubscription on SUBSCRIPTION
directive @onField(tag: String) on FIELD
directive @onFragmentDefinition on FRAGMENT_DEFINITION
directive @onFragmentSpread on FRAGMENT_SPREAD
directive @onInlineFragment on INLINE_FRAGMENT
directive @onVariableDefinition on VARIABLE_DEFINITION
directive @repeatable(n: Int) repeatable on FIELD | QUERY | FRAGMENT_SPREAD
directive @anywhere on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION
directive @needsArg(level: Int!) on FIELD
directive @onSchema on SCHEMA
directive @onObject on OBJECT

schema @onSchema {
  query: Query
  mutation: Mutation
  subscription: Subscription
}

type Query @onObject {
  a: String
  b: Int
  obj: Obj
  objs: [Obj]
}

type Obj {
  x: String
  y: String
  inner: Obj
}

type Mutation {
  setA(value: String): String
  setB(value: Int): Int
}

type Subscription {
  tick: Int
}
`,
  root: {
    a: 'A', b: 2,
    obj: { x: 'X', y: 'Y', inner: { x: 'iX', y: 'iY', inner: null } },
    objs: [{ x: 'x0', y: 'y0', inner: null }, { x: 'x1', y: 'y1', inner: null }],
    setA: 'set-a', setB: 42, tick: 1,
  },
};

/** Descriptions, deprecation, @oneOf, @specifiedBy and repeatable directives, for introspection. */
export const introspection = {
  name: 'introspection',
  sdl: `"""
The schema's description.
  Indented second line.
"""
schema {
  query: Root
  mutation: Mutations
}

"""
The root query type.
"""
type Root {
  "A plain field."
  plain: String
  old: String @deprecated
  older: String @deprecated(reason: "Use \`plain\`.")
  withArgs(
    "A required argument."
    req: Int!
    opt: String = "x" @deprecated(reason: "No longer used.")
    filter: Filter = {kind: CAT, tags: ["a", "b"]}
    list: [Int!] = [1, 2]
    legacy: Boolean @deprecated
  ): String
  search(by: SearchBy): [Entity!]!
  date: Date
  opaque: Opaque
  any: Any
}

"Mutations."
type Mutations {
  touch(at: Date): Boolean
}

"An RFC 3339 date."
scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

scalar Opaque

"Kinds of animal."
enum Kind {
  "A cat."
  CAT
  DOG @deprecated(reason: "Dogs moved.")
  BIRD @deprecated
}

"A filter."
input Filter {
  kind: Kind = DOG
  tags: [String!]
  legacy: String @deprecated(reason: "Gone.")
  nested: Filter
}

"Exactly one way to search."
input SearchBy @oneOf {
  id: ID
  name: String
}

"An entity."
interface Entity {
  id: ID!
}

interface Named implements Entity {
  id: ID!
  "The name."
  name: String
}

"An animal."
type Animal implements Named & Entity {
  id: ID!
  name: String
  kind: Kind
}

union Any = Animal

"Marks cached selections."
directive @cached(
  ttl: Int = 60
  "Why it is cached."
  reason: String @deprecated(reason: "Unused.")
) repeatable on FIELD | FRAGMENT_SPREAD

directive @internal on FIELD_DEFINITION | OBJECT
`,
  root: {
    plain: 'p', old: 'o', older: 'oo', withArgs: 'w', date: '2020-01-01', opaque: 'op',
    search: [{ __typename: 'Animal', id: 'a1', name: 'Rex', kind: 'DOG' }],
    any: { __typename: 'Animal', id: 'a2', name: 'Tom', kind: 'CAT' },
  },
};

/** Default values of every kind, printed back by introspection's `defaultValue`. */
export const defaults = {
  name: 'defaults',
  sdl: `enum Size {
  SMALL
  LARGE
}

input Point {
  x: Float = 1.0
  y: Float = 2.5
  label: String = "p\\"q\\\\ \\u00e9 \\n"
  id: ID = "123"
  textId: ID = "abc"
  size: Size = LARGE
  tags: [String] = "single"
  matrix: [[Int]] = [[1], [2, 3]]
  nested: Point
  empty: [Int] = []
  nothing: String = null
}

type Query {
  f(
    a: Float = 1.0
    b: Float = 1e3
    c: Float = -0.5
    d: Int = -7
    e: ID = 42
    g: String = """block
  string"""
    h: Boolean = false
    i: Size = SMALL
    j: [Size!] = [SMALL, LARGE]
    k: Point = {}
    l: Point = {size: SMALL, tags: ["a", "b"], nested: {y: 0}}
    m: String = "\\u{1F600} unicode"
  ): String
}
`,
  root: { f: 'ok' },
};

/** Type-system extensions in the same SDL document, which buildSchema applies. */
export const extensions = {
  name: 'extensions',
  sdl: `type Query {
  a: String
}

extend type Query {
  b: Int
  thing: Thing
  shape: Shape
}

interface Thing {
  id: ID!
}

extend interface Thing {
  label: String
}

type Box implements Thing {
  id: ID!
  label: String
}

extend type Box {
  depth: Int @deprecated(reason: "")
  width: Int @deprecated(reason: null)
}

type Ball {
  radius: Float
}

union Shape = Box

extend union Shape = Ball

enum Color {
  RED
}

extend enum Color {
  GREEN @deprecated
}

input Filter {
  color: Color
}

extend input Filter {
  min: Int = 0
}

scalar Url

extend scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

type Mutation {
  paint(filter: Filter, color: Color = GREEN): Color
}

extend schema {
  mutation: Mutation
}
`,
  root: {
    a: 'A', b: 1,
    thing: { __typename: 'Box', id: 'b1', label: 'box', depth: 2, width: 3 },
    shape: { __typename: 'Ball', radius: 1.5 },
    paint: 'GREEN',
  },
};

/** The shapes graphql-js's OverlappingFieldsCanBeMerged tests use: boxes of differing scalar types. */
export const boxes = {
  name: 'boxes',
  sdl: `interface SomeBox {
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

type T {
  a: String
  b: String
  c: String
  d: String
  x: String
  y: String
  field: T
  deepField: T
  withArg(n: Int): T
}

type Query {
  someBox: SomeBox
  connection: Connection
  field: T
  t: T
}
`,
  root: {
    someBox: { __typename: 'StringBox', scalar: 's', unrelatedField: 'u', deepBox: null, stringBox: null, intBox: null, listStringBox: [] },
    connection: { edges: [{ node: { id: '1', name: 'one' } }, { node: null }] },
    field: { a: 'a', b: 'b', c: 'c', d: 'd', x: 'x', y: 'y', field: null, deepField: { a: 'da', b: 'db', x: 'dx', y: 'dy' } },
    t: { a: 'ta' },
  },
};

export const allSchemas = [dog, starWars, values, nulls, scalars, abstract, directives, introspection, defaults, extensions, boxes];
