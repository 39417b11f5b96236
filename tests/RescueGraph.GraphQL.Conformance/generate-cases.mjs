// Emits the conformance corpus: cases/<area>.jsonl, one case per line:
//   {"id","schema","document","variables","operationName","rootValue","expect"}
// `expect` records what the case is meant to exercise; run-graphql-js.mjs --check verifies it
// against graphql-js so that every case provably tests what its id claims:
//   {"verdict":"data"}                      executed, no errors
//   {"verdict":"data","errors":"<regex>"}   executed, every error message matches
//   {"verdict":"errors","errors":"<regex>"} rejected before execution, every error message matches
// Usage: node generate-cases.mjs   (rewrites cases/*.jsonl)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIntrospectionQuery } from 'graphql';
import * as S from './schemas.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = join(here, 'cases');

/** @type {Map<string, object[]>} */
const files = new Map();
const ids = new Set();

const V = { verdict: 'data' };

// A JSON number written exactly as given (e.g. `1.0`, `1e2`), which JSON.stringify would normalise;
// graphql-js sees the parsed number, so such text checks the engine's JSON number handling.
const RAW = '\u0000raw:';
const raw = (numberText) => `${RAW}${numberText}`;
const toJsonLine = (value) => JSON.stringify(value, (k, v) => (v instanceof RegExp ? v.source : v))
  .replace(/"\\u0000raw:([-+.eE0-9]+)"/g, '$1');
const E = (errors) => ({ verdict: 'data', errors });
const X = (errors) => ({ verdict: 'errors', errors });

/**
 * Adds cases to one file. Each row: [id, document, expect, options?] where options may carry
 * variables, operationName, rootValue (overrides the schema's default) and schema.
 */
function group(file, schema, rows) {
  const list = files.get(file) ?? [];
  files.set(file, list);
  for (const [id, document, expect, options = {}] of rows) {
    const fullId = `${file}/${id}`;
    if (ids.has(fullId)) throw new Error(`duplicate case id ${fullId}`);
    ids.add(fullId);
    const s = options.schema ?? schema;
    list.push({
      id: fullId,
      schema: s.sdl,
      document,
      variables: options.variables ?? null,
      operationName: options.operationName ?? null,
      rootValue: 'rootValue' in options ? options.rootValue : s.root,
      expect,
    });
  }
}

// ---------------------------------------------------------------- validation (spec section 5)

const executableDefinitions = /is not executable/;
group('validation-executable-definitions', S.dog, [
  ['only-operation', '{ dog { name } }', V],
  ['operation-and-fragment', 'query Q { dog { ...F } } fragment F on Dog { name }', V],
  ['object-type-definition', 'query Q { dog { name } } type Cow { name: String }', X(executableDefinitions)],
  ['schema-definition', '{ dog { name } } schema { query: Query }', X(executableDefinitions)],
  ['type-extension', '{ dog { name } } extend type Dog { color: String }', X(executableDefinitions)],
  ['directive-definition', 'directive @d on FIELD { dog { name } }', X(executableDefinitions)],
  ['several-definitions', 'scalar S interface I { a: Int } { dog { name } }', X(executableDefinitions)],
]);

const uniqueOperationNames = /only one operation named/;
group('validation-unique-operation-names', S.dog, [
  ['distinct-names', 'query A { dog { name } } query B { dog { nickname } }', V, { operationName: 'B' }],
  ['query-and-mutation-distinct', 'query A { dog { name } } mutation B { mutateDog { name } }', V, { operationName: 'A' }],
  ['same-name-queries', 'query A { dog { name } } query A { dog { nickname } }', X(uniqueOperationNames), { operationName: 'A' }],
  ['same-name-query-mutation', 'query A { dog { name } } mutation A { mutateDog { name } }', X(uniqueOperationNames)],
  ['same-name-query-subscription', 'query A { dog { name } } subscription A { newMessage { body } }', X(uniqueOperationNames)],
  ['three-with-same-name', 'query A { dog { name } } query A { dog { name } } query A { dog { name } }', X(uniqueOperationNames)],
  ['fragment-same-name-as-operation', 'query F { dog { ...F } } fragment F on Dog { name }', V],
]);

const loneAnonymous = /anonymous operation must be the only defined operation/;
group('validation-lone-anonymous-operation', S.dog, [
  ['single-anonymous', '{ dog { name } }', V],
  ['anonymous-with-fragment', '{ dog { ...F } } fragment F on Dog { name }', V],
  ['anonymous-and-named', '{ dog { name } } query Other { dog { nickname } }', X(loneAnonymous)],
  ['two-anonymous', '{ dog { name } } { dog { nickname } }', X(loneAnonymous)],
  ['anonymous-and-mutation', '{ dog { name } } mutation { mutateDog { name } }', X(loneAnonymous)],
  ['anonymous-query-keyword-and-named', 'query { dog { name } } query Q { dog { name } }', X(loneAnonymous)],
]);

const singleRoot = /must select only one top level field|must not select an introspection top level field/;
group('validation-subscription-single-root-field', S.dog, [
  ['single-field', 'subscription S { newMessage { body sender } }', V],
  ['single-field-via-fragment', 'subscription S { ...F } fragment F on Subscription { newMessage { body } }', V],
  ['two-fields', 'subscription S { newMessage { body } disallowedSecondRootField }', X(singleRoot)],
  ['two-fields-anonymous', 'subscription { newMessage { body } disallowedSecondRootField }', X(singleRoot)],
  ['second-field-via-fragment', 'subscription S { ...F } fragment F on Subscription { newMessage { body } disallowedSecondRootField }', X(singleRoot)],
  ['second-field-via-inline-fragment', 'subscription S { newMessage { body } ... on Subscription { disallowedSecondRootField } }', X(singleRoot)],
  ['introspection-root-field', 'subscription S { __typename }', X(singleRoot)],
  ['aliased-same-field-twice', 'subscription S { a: newMessage { body } b: newMessage { body } }', X(singleRoot)],
]);

const fieldsOnType = /Cannot query field/;
group('validation-fields-on-correct-type', S.dog, [
  ['object-fields', '{ dog { name nickname barkVolume } }', V],
  ['aliased-object-fields', '{ dog { n: name k: nickname } }', V],
  ['interface-field', '{ pet { name } }', V],
  ['typename-on-union', '{ catOrDog { __typename } }', V],
  ['union-fields-via-fragments', '{ catOrDog { ... on Dog { barkVolume } ... on Cat { meowVolume } } }', V],
  ['unknown-object-field', '{ dog { meowVolume } }', X(fieldsOnType)],
  ['unknown-aliased-field', '{ dog { volume: meowVolume } }', X(fieldsOnType)],
  ['interface-lacks-field', '{ pet { nickname } }', X(fieldsOnType)],
  ['union-direct-field', '{ catOrDog { name } }', X(fieldsOnType)],
  ['union-direct-field-dog-human', '{ dogOrHuman { name } }', X(fieldsOnType)],
  ['unknown-root-field', '{ cat { name } }', X(fieldsOnType)],
  ['unknown-field-in-fragment', '{ dog { ...F } } fragment F on Dog { kittens }', X(fieldsOnType)],
  ['unknown-field-in-inline-fragment', '{ pet { ... on Cat { barkVolume } } }', X(fieldsOnType)],
  ['nested-unknown', '{ dog { owner { pets { name barkVolume } } } }', X(fieldsOnType)],
  ['unknown-mutation-field', 'mutation { createDog { name } }', X(fieldsOnType)],
]);

const overlap = /conflict because/;
group('validation-overlapping-fields', S.dog, [
  ['identical-fields', '{ dog { name name } }', V],
  ['identical-with-same-args', '{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }', V],
  ['different-aliases', '{ dog { a: name b: nickname } }', V],
  ['alias-same-as-field', '{ dog { name: name } }', V],
  ['different-args-different-aliases', '{ dog { a: doesKnowCommand(dogCommand: SIT) b: doesKnowCommand(dogCommand: HEEL) } }', V],
  ['same-alias-different-fields', '{ dog { name: nickname name } }', X(overlap)],
  ['different-args', '{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }', X(overlap)],
  ['args-vs-no-args', '{ dog { isHouseTrained(atOtherHomes: true) isHouseTrained } }', X(overlap)],
  ['same-variable-args', 'query($c: DogCommand!) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: $c) } }', V, { variables: { c: 'SIT' } }],
  ['variable-vs-literal-args', 'query($c: DogCommand!) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: SIT) } }', X(overlap), { variables: { c: 'SIT' } }],
  ['conflict-through-fragment', '{ dog { name ...F } } fragment F on Dog { name: nickname }', X(overlap)],
  ['conflict-between-fragments', '{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }', X(overlap)],
  ['nested-conflict', '{ dog { owner { name } owner { name: __typename } } }', X(overlap)],
  ['deep-nested-conflict', '{ dog { owner { pets { name } } owner { pets { name: __typename } } } }', X(overlap)],
  ['nested-no-conflict-merges', '{ dog { owner { name } owner { pets { name } } } }', V],
  ['different-parents-may-differ', '{ pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } }', V],
  ['same-parent-interface-conflict', '{ pet { ... on Pet { name } name: __typename } }', X(overlap)],
  ['conflicting-return-types-on-disjoint-types', '{ catOrDog { ... on Dog { v: barkVolume } ... on Cat { v: nickname } } }', X(overlap)],
  ['compatible-return-types-on-disjoint-types', '{ catOrDog { ... on Dog { v: nickname } ... on Cat { v: nickname } } }', V],
  ['nullability-differs-on-disjoint-types', '{ catOrDog { ... on Dog { v: name } ... on Cat { v: nickname } } }', X(overlap)],
  ['list-vs-non-list', '{ dogOrHuman { ... on Human { p: pets { name } } ... on Dog { p: owner { name } } } }', X(overlap)],
  ['fragment-and-inline-same', '{ dog { ...F ... on Dog { name } } } fragment F on Dog { name }', V],
  ['root-level-conflict', '{ dog { name } dog: human { name } }', X(overlap)],
  ['nested-fragment-conflict', '{ dog { ...A ...B } } fragment A on Dog { owner { ...C } } fragment B on Dog { owner { ...D } } fragment C on Human { name } fragment D on Human { name: __typename }', X(overlap)],
  ['fragment-spread-twice', '{ dog { ...F ...F } } fragment F on Dog { name }', V],
]);

const scalarLeafs = /must not have a selection|must have a selection of subfields/;
group('validation-leaf-field-selections', S.dog, [
  ['scalar-without-selection', '{ dog { barkVolume } }', V],
  ['enum-like-boolean-without-selection', '{ dog { doesKnowCommand(dogCommand: DOWN) } }', V],
  ['scalar-with-selection', '{ dog { barkVolume { sinceWhen } } }', X(scalarLeafs)],
  ['boolean-with-selection', '{ dog { isHouseTrained { value } } }', X(scalarLeafs)],
  ['typename-with-selection', '{ dog { __typename { name } } }', X(scalarLeafs)],
  ['object-without-selection', '{ dog }', X(scalarLeafs)],
  ['interface-without-selection', '{ pet }', X(scalarLeafs)],
  ['union-without-selection', '{ catOrDog }', X(scalarLeafs)],
  ['nested-object-without-selection', '{ dog { owner } }', X(scalarLeafs)],
  ['list-of-interfaces-without-selection', '{ human { pets } }', X(scalarLeafs)],
  ['scalar-with-empty-like-fragment', '{ dog { name { ...F } } } fragment F on Dog { name }', X(/must not have a selection|cannot be spread/)],
]);

const knownArgs = /Unknown argument/;
group('validation-known-argument-names', S.dog, [
  ['known-field-arg', '{ dog { doesKnowCommand(dogCommand: SIT) } }', V],
  ['known-directive-arg', '{ dog { name @include(if: true) } }', V],
  ['unknown-field-arg', '{ dog { doesKnowCommand(command: SIT) } }', X(/Unknown argument|is required/)],
  ['unknown-extra-field-arg', '{ dog { doesKnowCommand(dogCommand: SIT, extra: 1) } }', X(knownArgs)],
  ['unknown-arg-on-argless-field', '{ dog { name(upper: true) } }', X(knownArgs)],
  ['unknown-directive-arg', '{ dog { name @skip(unless: true) } }', X(/Unknown argument|is required/)],
  ['extra-directive-arg', '{ dog { name @skip(if: false, when: true) } }', X(knownArgs)],
  ['arg-from-other-type', '{ pet { ... on Cat { doesKnowCommand(dogCommand: JUMP) } } }', X(/Unknown argument|is required/)],
  ['unknown-arg-nested', '{ arguments { intArgField(intArg: 1, floatArg: 2.0) } }', X(knownArgs)],
]);

const uniqueArgs = /only one argument named/;
group('validation-unique-argument-names', S.dog, [
  ['distinct-args', '{ arguments { multipleRequirements(x: 1, y: 2) } }', V],
  ['same-arg-on-two-fields', '{ arguments { a: intArgField(intArg: 1) b: intArgField(intArg: 2) } }', V],
  ['duplicate-field-arg', '{ arguments { intArgField(intArg: 1, intArg: 2) } }', X(uniqueArgs)],
  ['duplicate-directive-arg', '{ dog { name @include(if: true, if: false) } }', X(uniqueArgs)],
  ['triplicate-arg', '{ arguments { multipleRequirements(x: 1, x: 2, x: 3, y: 4) } }', X(uniqueArgs)],
  ['duplicate-identical-values', '{ dog { doesKnowCommand(dogCommand: SIT, dogCommand: SIT) } }', X(uniqueArgs)],
]);

const requiredArgs = /is required, but it was not provided/;
group('validation-provided-required-arguments', S.dog, [
  ['all-required-provided', '{ arguments { multipleRequirements(x: 1, y: 2) } }', V],
  ['required-with-default-omitted', '{ arguments { optionalNonNullBooleanArgField } }', V],
  ['optional-omitted', '{ dog { isHouseTrained } }', V],
  ['required-missing', '{ dog { doesKnowCommand } }', X(requiredArgs)],
  ['one-of-two-missing', '{ arguments { multipleRequirements(x: 1) } }', X(requiredArgs)],
  ['both-missing', '{ arguments { multipleRequirements } }', X(requiredArgs)],
  ['include-missing-if', '{ dog { name @include } }', X(requiredArgs)],
  ['skip-missing-if', '{ dog { ... on Dog @skip { name } } }', X(requiredArgs)],
  ['required-missing-in-fragment', '{ dog { ...F } } fragment F on Dog { doesKnowCommand }', X(requiredArgs)],
  ['required-null-literal', '{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }', X(/Expected value of type/)],
]);

const uniqueFragments = /only one fragment named/;
group('validation-unique-fragment-names', S.dog, [
  ['distinct-fragments', '{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { nickname }', V],
  ['inline-fragments-always-unique', '{ dog { ... on Dog { name } ... on Dog { nickname } } }', V],
  ['duplicate-fragment', '{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { nickname }', X(uniqueFragments)],
  ['duplicate-on-different-types', '{ dog { ...A } pet { ...A } } fragment A on Dog { name } fragment A on Pet { name }', X(uniqueFragments)],
  ['fragment-and-operation-share-name-dup', 'query A { dog { ...A } } fragment A on Dog { name } fragment A on Dog { name }', X(uniqueFragments)],
]);

const knownTypes = /Unknown type/;
group('validation-known-type-names', S.dog, [
  ['known-types', 'query($i: FindDogInput) { dog { ... on Pet { name } } findDog(searchBy: $i) { doesKnowCommand(dogCommand: SIT) } }', V, { variables: { i: { name: 'Fido' } } }],
  // ID is referenced nowhere in this schema, so buildSchema leaves it out and it is unknown here.
  ['unreferenced-builtin-scalar', 'query($a: Int, $b: [String!]!, $c: ID) { arguments { intArgField(intArg: $a) } dog { name } }', X(/never used|Unknown type "ID"/), { variables: { a: 1, b: [], c: 'x' } }],
  ['unknown-variable-type', 'query($a: Cow) { dog { name } }', X(/Unknown type|never used/)],
  ['unknown-wrapped-variable-type', 'query($a: [Cow!]!) { dog { name } }', X(/Unknown type|never used/)],
  ['unknown-inline-fragment-type', '{ dog { ... on Wolf { name } } }', X(knownTypes)],
  ['unknown-fragment-type', '{ dog { ...F } } fragment F on Wolf { name }', X(knownTypes)],
  ['unknown-type-unused-fragment', '{ dog { name } } fragment F on Wolf { name }', X(/Unknown type|never used/)],
  ['lowercase-builtin', 'query($a: int) { arguments { intArgField(intArg: $a) } }', X(knownTypes)],
]);

const compositeFragments = /cannot condition on non composite type/;
group('validation-fragments-on-composite-types', S.dog, [
  ['on-object', '{ dog { ...F } } fragment F on Dog { name }', V],
  ['on-interface', '{ dog { ...F } } fragment F on Pet { name }', V],
  ['on-union', '{ dog { ...F } } fragment F on CatOrDog { __typename }', V],
  ['inline-without-type', '{ dog { ... { name } } }', V],
  ['on-scalar', '{ dog { ...F } } fragment F on Boolean { x }', X(compositeFragments)],
  ['on-enum', '{ dog { ...F } } fragment F on DogCommand { x }', X(compositeFragments)],
  ['on-input-object', '{ dog { ...F } } fragment F on FindDogInput { name }', X(compositeFragments)],
  ['inline-on-scalar', '{ dog { ... on String { length } } }', X(compositeFragments)],
]);

const unusedFragments = /is never used/;
group('validation-no-unused-fragments', S.dog, [
  ['all-used', '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }', V],
  ['used-by-second-operation', 'query One { dog { name } } query Two { dog { ...F } } fragment F on Dog { name }', V, { operationName: 'One' }],
  ['unused-fragment', '{ dog { name } } fragment Unused on Dog { name }', X(unusedFragments)],
  ['unused-chain', '{ dog { name } } fragment A on Dog { ...B } fragment B on Dog { name }', X(unusedFragments)],
  ['unused-among-used', '{ dog { ...A } } fragment A on Dog { name } fragment B on Dog { nickname } fragment C on Dog { barkVolume }', X(unusedFragments)],
  ['unused-self-cycle', '{ dog { name } } fragment A on Dog { name ...A }', X(/never used|within itself/)],
]);

const knownFragments = /Unknown fragment/;
group('validation-known-fragment-names', S.dog, [
  ['known', '{ dog { ...F } } fragment F on Dog { name }', V],
  ['unknown', '{ dog { ...Missing } }', X(knownFragments)],
  ['unknown-nested', '{ dog { ...A } } fragment A on Dog { owner { ...Missing } }', X(knownFragments)],
  ['unknown-with-directive', '{ dog { ...Missing @include(if: true) } }', X(knownFragments)],
  ['two-unknown', '{ dog { ...M1 owner { ...M2 } } }', X(knownFragments)],
]);

const fragmentCycles = /Cannot spread fragment .* within itself/;
group('validation-no-fragment-cycles', S.dog, [
  ['spread-twice-not-cycle', '{ dog { ...A } } fragment A on Dog { ...B ...B } fragment B on Dog { name }', V],
  ['diamond-not-cycle', '{ dog { ...A } } fragment A on Dog { ...B ...C } fragment B on Dog { ...C } fragment C on Dog { name }', V],
  ['self-cycle', '{ dog { ...A } } fragment A on Dog { ...A }', X(fragmentCycles)],
  ['two-fragment-cycle', '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A }', X(fragmentCycles)],
  ['three-fragment-cycle', '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A }', X(fragmentCycles)],
  ['cycle-through-nested-field', '{ dog { ...A } } fragment A on Dog { owner { ...B } } fragment B on Human { pets { ... on Dog { ...A } } }', X(fragmentCycles)],
  ['cycle-in-inline-fragment', '{ dog { ...A } } fragment A on Dog { ... on Dog { ...A } }', X(fragmentCycles)],
  ['two-separate-cycles', '{ dog { ...A ...C } } fragment A on Dog { ...B } fragment B on Dog { ...A } fragment C on Dog { ...D } fragment D on Dog { ...C }', X(fragmentCycles)],
]);

const possibleSpreads = /cannot be spread here as objects of type/;
group('validation-possible-fragment-spreads', S.dog, [
  ['object-into-same-object', '{ dog { ...F } } fragment F on Dog { name }', V],
  ['object-into-implemented-interface', '{ pet { ...F } } fragment F on Dog { name }', V],
  ['object-into-containing-union', '{ catOrDog { ...F } } fragment F on Dog { name }', V],
  ['interface-into-implementing-object', '{ dog { ...F } } fragment F on Pet { name }', V],
  ['union-into-member-object', '{ dog { ...F } } fragment F on CatOrDog { __typename }', V],
  ['union-into-overlapping-interface', '{ pet { ...F } } fragment F on DogOrHuman { __typename }', V],
  ['interface-into-overlapping-union', '{ dogOrHuman { ...F } } fragment F on Pet { name }', V],
  ['object-into-different-object', '{ dog { ...F } } fragment F on Cat { meowVolume }', X(possibleSpreads)],
  ['inline-object-into-different-object', '{ dog { ... on Cat { meowVolume } } }', X(/cannot be spread here/)],
  ['object-into-unimplemented-interface', '{ sentient { ...F } } fragment F on Dog { name }', X(possibleSpreads)],
  ['object-into-non-member-union', '{ humanOrAlien { ... on Cat { meowVolume } } }', X(/cannot be spread here/)],
  ['union-into-non-overlapping-union', '{ catOrDog { ...F } } fragment F on HumanOrAlien { __typename }', X(possibleSpreads)],
  ['interface-into-non-overlapping-interface', '{ pet { ...F } } fragment F on Sentient { name }', X(possibleSpreads)],
  ['interface-into-non-implementing-object', '{ human { ... on Pet { name } } }', X(/cannot be spread here/)],
]);

const badValue = /cannot represent|does not exist in .* enum|Expected value of type|is not defined by type|of required type .* was not provided|must specify exactly one key|must be non-null|must not be null/;
group('validation-values-of-correct-type', S.values, [
  ['good-int', '{ complicatedArgs { intArgField(intArg: 2) } }', V],
  ['good-negative-int', '{ complicatedArgs { intArgField(intArg: -2147483648) } }', V],
  ['good-boolean', '{ complicatedArgs { booleanArgField(booleanArg: true) } }', V],
  ['good-string', '{ complicatedArgs { stringArgField(stringArg: "foo") } }', V],
  ['good-float', '{ complicatedArgs { floatArgField(floatArg: 1.1) } }', V],
  ['int-into-float', '{ complicatedArgs { floatArgField(floatArg: 1) } }', V],
  ['int-into-id', '{ complicatedArgs { idArgField(idArg: 1) } }', V],
  ['string-into-id', '{ complicatedArgs { idArgField(idArg: "someIdString") } }', V],
  ['good-enum', '{ complicatedArgs { enumArgField(enumArg: SPOTTED) } }', V],
  ['null-into-nullable', '{ complicatedArgs { intArgField(intArg: null) stringArgField(stringArg: null) } }', V],
  ['string-into-int', '{ complicatedArgs { intArgField(intArg: "3") } }', X(badValue)],
  ['float-into-int', '{ complicatedArgs { intArgField(intArg: 3.0) } }', X(badValue)],
  ['int-too-big', '{ complicatedArgs { intArgField(intArg: 2147483648) } }', X(badValue)],
  ['int-too-small', '{ complicatedArgs { intArgField(intArg: -2147483649) } }', X(badValue)],
  ['enum-into-int', '{ complicatedArgs { intArgField(intArg: FOO) } }', X(badValue)],
  ['int-into-string', '{ complicatedArgs { stringArgField(stringArg: 1) } }', X(badValue)],
  ['boolean-into-string', '{ complicatedArgs { stringArgField(stringArg: true) } }', X(badValue)],
  ['unquoted-string', '{ complicatedArgs { stringArgField(stringArg: BAR) } }', X(badValue)],
  ['int-into-boolean', '{ complicatedArgs { booleanArgField(booleanArg: 2) } }', X(badValue)],
  ['string-into-boolean', '{ complicatedArgs { booleanArgField(booleanArg: "true") } }', X(badValue)],
  ['float-into-id', '{ complicatedArgs { idArgField(idArg: 1.0) } }', X(badValue)],
  ['boolean-into-id', '{ complicatedArgs { idArgField(idArg: true) } }', X(badValue)],
  ['string-into-float', '{ complicatedArgs { floatArgField(floatArg: "1.0") } }', X(badValue)],
  ['string-into-enum', '{ complicatedArgs { enumArgField(enumArg: "SPOTTED") } }', X(badValue)],
  ['unknown-enum-value', '{ complicatedArgs { enumArgField(enumArg: PURPLE) } }', X(badValue)],
  ['lowercase-enum-value', '{ complicatedArgs { enumArgField(enumArg: spotted) } }', X(badValue)],
  ['int-into-enum', '{ complicatedArgs { enumArgField(enumArg: 2) } }', X(badValue)],
  ['null-into-non-null', '{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }', X(badValue)],
  ['good-list', '{ complicatedArgs { stringListArgField(stringListArg: ["one", null, "two"]) } }', V],
  ['empty-list', '{ complicatedArgs { stringListArgField(stringListArg: []) } }', V],
  ['single-value-into-list', '{ complicatedArgs { stringListArgField(stringListArg: "one") } }', V],
  ['null-list', '{ complicatedArgs { stringListArgField(stringListArg: null) } }', V],
  ['incorrect-item-type', '{ complicatedArgs { stringListArgField(stringListArg: ["one", 2]) } }', X(badValue)],
  ['single-value-of-wrong-type', '{ complicatedArgs { stringListArgField(stringListArg: 1) } }', X(badValue)],
  ['null-item-in-non-null-items', '{ complicatedArgs { stringListNonNullArgField(stringListNonNullArg: ["a", null]) } }', X(badValue)],
  ['nested-list-good', '{ complicatedArgs { intListListArgField(arg: [[1, 2], [3], null]) } }', V],
  ['nested-list-single-coerced', '{ complicatedArgs { intListListArgField(arg: 1) } }', V],
  ['nested-list-bad-item', '{ complicatedArgs { intListListArgField(arg: [[1, "2"]]) } }', X(badValue)],
  ['complex-input-required-only', '{ complicatedArgs { complexArgField(complexArg: { requiredField: true }) } }', V],
  ['complex-input-all-fields', '{ complicatedArgs { complexArgField(complexArg: { requiredField: false, nonNullField: true, intField: 4, stringField: "s", booleanField: false, stringListField: ["a"], enumField: TAN }) } }', V],
  ['complex-input-missing-required', '{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }', X(badValue)],
  ['complex-input-unknown-field', '{ complicatedArgs { complexArgField(complexArg: { requiredField: true, unknownField: "value" }) } }', X(badValue)],
  ['complex-input-wrong-field-type', '{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: "4" }) } }', X(badValue)],
  ['complex-input-null-for-non-null-default', '{ complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: null }) } }', X(badValue)],
  ['complex-input-as-scalar', '{ complicatedArgs { complexArgField(complexArg: "x") } }', X(badValue)],
  ['object-into-scalar', '{ complicatedArgs { intArgField(intArg: { a: 1 }) } }', X(badValue)],
  ['nested-input-good', '{ complicatedArgs { nestedArgField(nested: { inner: { requiredField: true }, list: [{ requiredField: false }], deeper: { oneOf: { intField: 1 } } }) } }', V],
  ['nested-input-deep-bad', '{ complicatedArgs { nestedArgField(nested: { deeper: { deeper: { inner: { requiredField: 1 } } } }) } }', X(badValue)],
  ['nested-input-list-item-missing-required', '{ complicatedArgs { nestedArgField(nested: { list: [{ requiredField: true }, { intField: 1 }] }) } }', X(badValue)],
  ['nested-input-list-null-item', '{ complicatedArgs { nestedArgField(nested: { list: [null] }) } }', X(badValue)],
  ['oneof-exactly-one', '{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: "abc" }) } }', V],
  ['oneof-complex-member', '{ complicatedArgs { oneOfArgField(oneOfArg: { complexField: { requiredField: true } }) } }', V],
  ['oneof-two-keys', '{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: "abc", intField: 1 }) } }', X(badValue)],
  ['oneof-no-keys', '{ complicatedArgs { oneOfArgField(oneOfArg: {}) } }', X(badValue)],
  ['oneof-null-value', '{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }', X(badValue)],
  ['oneof-wrong-type', '{ complicatedArgs { oneOfArgField(oneOfArg: { intField: "1" }) } }', X(badValue)],
  ['oneof-nullable-variable', 'query($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }', X(/must be non-null/), { variables: { s: 'x' } }],
  ['oneof-non-null-variable', 'query($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }', V, { variables: { s: 'x' } }],
  ['directive-arg-good', '{ complicatedArgs { intArgField @include(if: true) } }', V],
  ['directive-arg-bad', '{ complicatedArgs { intArgField @include(if: "yes") } }', X(badValue)],
  ['variable-default-good', 'query($a: Int = 1, $b: [String] = ["x"], $c: ComplexInput = { requiredField: true }) { complicatedArgs { intArgField(intArg: $a) stringListArgField(stringListArg: $b) complexArgField(complexArg: $c) } }', V],
  ['variable-default-bad', 'query($a: Int = "one") { complicatedArgs { intArgField(intArg: $a) } }', X(badValue)],
  ['variable-default-bad-input-object', 'query($c: ComplexInput = { intField: 1 }) { complicatedArgs { complexArgField(complexArg: $c) } }', X(badValue)],
  ['multiple-bad-values', '{ complicatedArgs { a: intArgField(intArg: "1") b: booleanArgField(booleanArg: 1) c: enumArgField(enumArg: "TAN") } }', X(badValue)],
]);

const uniqueInputFields = /only one input field named/;
group('validation-unique-input-field-names', S.values, [
  ['distinct-fields', '{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) } }', V],
  ['same-name-in-nested-objects', '{ complicatedArgs { nestedArgField(nested: { inner: { requiredField: true }, deeper: { inner: { requiredField: true } } }) } }', V],
  ['duplicate-field', '{ complicatedArgs { complexArgField(complexArg: { requiredField: true, requiredField: false }) } }', X(uniqueInputFields)],
  ['triplicate-field', '{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1, intField: 2, intField: 3 }) } }', X(uniqueInputFields)],
  ['duplicate-nested-field', '{ complicatedArgs { nestedArgField(nested: { inner: { requiredField: true, intField: 1, intField: 1 } }) } }', X(uniqueInputFields)],
  ['duplicate-in-variable-default', 'query($c: ComplexInput = { requiredField: true, requiredField: true }) { complicatedArgs { complexArgField(complexArg: $c) } }', X(uniqueInputFields)],
]);

const knownDirectives = /Unknown directive/;
const misplacedDirective = /may not be used on/;
group('validation-known-directives', S.directives, [
  ['builtin-directives', '{ a @include(if: true) b @skip(if: false) }', V],
  ['custom-directives-in-place', 'query Q @onQuery { a @onField obj { ...F @onFragmentSpread ... on Obj @onInlineFragment { y } } } fragment F on Obj @onFragmentDefinition { x }', V],
  ['unknown-on-field', '{ a @unknown }', X(knownDirectives)],
  ['unknown-on-query', 'query Q @unknown { a }', X(knownDirectives)],
  ['unknown-on-fragment', '{ obj { ...F } } fragment F on Obj @unknown { x }', X(knownDirectives)],
  ['unknown-with-args', '{ a @unknown(arg: 1) }', X(knownDirectives)],
  ['unknown-on-variable', 'query($v: Int @unknown) { b }', X(/Unknown directive|never used/)],
  ['type-system-directive-in-query', '{ a @deprecated }', X(misplacedDirective)],
  ['specified-by-in-query', '{ a @specifiedBy(url: "x") }', X(misplacedDirective)],
  ['oneof-in-query', '{ a @oneOf }', X(misplacedDirective)],
]);

group('validation-directives-in-valid-locations', S.directives, [
  ['query-location', 'query Q @onQuery(tag: "t") { a }', V],
  ['mutation-location', 'mutation M @onMutation { setA(value: "v") }', V],
  ['field-location', '{ a @onField(tag: "t") }', V],
  ['variable-definition-location', 'query($v: Int @onVariableDefinition) { b @skip(if: false) obj { x } } ', X(/never used/), { variables: { v: 1 } }],
  ['variable-definition-location-used', 'query($v: String @onVariableDefinition) { setValue: a @onField(tag: $v) }', V, { variables: { v: 't' } }],
  ['field-directive-on-query', 'query Q @onField { a }', X(misplacedDirective)],
  ['query-directive-on-field', '{ a @onQuery }', X(misplacedDirective)],
  ['mutation-directive-on-query', 'query Q @onMutation { a }', X(misplacedDirective)],
  ['query-directive-on-mutation', 'mutation M @onQuery { setA(value: "v") }', X(misplacedDirective)],
  ['subscription-directive-on-query', 'query Q @onSubscription { a }', X(misplacedDirective)],
  ['spread-directive-on-inline', '{ obj { ... on Obj @onFragmentSpread { x } } }', X(misplacedDirective)],
  ['inline-directive-on-spread', '{ obj { ...F @onInlineFragment } } fragment F on Obj { x }', X(misplacedDirective)],
  ['definition-directive-on-spread', '{ obj { ...F @onFragmentDefinition } } fragment F on Obj { x }', X(misplacedDirective)],
  ['spread-directive-on-definition', '{ obj { ...F } } fragment F on Obj @onFragmentSpread { x }', X(misplacedDirective)],
  ['field-directive-on-variable', 'query($v: Int @onField) { setB: b @skip(if: false) } ', X(/may not be used on|never used/), { variables: { v: 1 } }],
  ['variable-directive-on-field', '{ a @onVariableDefinition }', X(misplacedDirective)],
  ['schema-directive-on-query', 'query Q @onSchema { a }', X(misplacedDirective)],
  ['object-directive-on-field', '{ a @onObject }', X(misplacedDirective)],
]);

const uniqueDirectives = /can only be used once at this location/;
group('validation-unique-directives-per-location', S.directives, [
  ['different-directives', '{ a @onField @include(if: true) }', V],
  ['same-directive-different-locations', 'query Q @anywhere { a @anywhere obj @anywhere { x } }', V],
  ['repeatable-twice', '{ a @repeatable(n: 1) @repeatable(n: 2) }', V],
  ['repeatable-on-query', 'query Q @repeatable @repeatable @repeatable { a }', V],
  ['duplicate-on-field', '{ a @onField @onField }', X(uniqueDirectives)],
  ['duplicate-skip', '{ a @skip(if: false) @skip(if: true) }', X(uniqueDirectives)],
  ['duplicate-on-query', 'query Q @onQuery @onQuery { a }', X(uniqueDirectives)],
  ['duplicate-on-fragment-definition', '{ obj { ...F } } fragment F on Obj @onFragmentDefinition @onFragmentDefinition { x }', X(uniqueDirectives)],
  ['duplicate-on-spread', '{ obj { ...F @anywhere @anywhere } } fragment F on Obj { x }', X(uniqueDirectives)],
  ['duplicate-on-inline-fragment', '{ obj { ... @onInlineFragment @onInlineFragment { x } } }', X(uniqueDirectives)],
  ['triplicate-on-field', '{ a @anywhere @anywhere @anywhere }', X(uniqueDirectives)],
  ['duplicate-among-repeatables', '{ a @repeatable @onField @repeatable @onField }', X(uniqueDirectives)],
]);

const uniqueVariables = /only one variable named/;
group('validation-unique-variable-names', S.values, [
  ['distinct-variables', 'query($a: Int, $b: Int) { complicatedArgs { multipleOpts(opt1: $a, opt2: $b) } }', V, { variables: { a: 1, b: 2 } }],
  ['same-name-in-different-operations', 'query A($x: Int) { complicatedArgs { intArgField(intArg: $x) } } query B($x: Int) { complicatedArgs { intArgField(intArg: $x) } }', V, { operationName: 'B', variables: { x: 1 } }],
  ['duplicate-variable', 'query($a: Int, $a: Int) { complicatedArgs { intArgField(intArg: $a) } }', X(uniqueVariables)],
  ['duplicate-different-types', 'query($a: Int, $a: String) { complicatedArgs { intArgField(intArg: $a) } }', X(/only one variable named|used in position expecting/)],
  ['triplicate-variable', 'query($a: Int, $a: Int, $a: Int) { complicatedArgs { intArgField(intArg: $a) } }', X(uniqueVariables)],
]);

const inputTypes = /cannot be non-input type/;
group('validation-variables-are-input-types', S.dog, [
  ['scalar-and-list-input-types', 'query($a: Boolean, $b: [Boolean]!) { dog { isHouseTrained(atOtherHomes: $a) } arguments { booleanListArgField(booleanListArg: $b) } }', V, { variables: { a: true, b: [false, null] } }],
  ['input-types-all-used', 'query($b: Boolean, $c: FindDogInput, $d: DogCommand!) { dog { doesKnowCommand(dogCommand: $d) isHouseTrained(atOtherHomes: $b) } findDog(searchBy: $c) { name } }', V, { variables: { b: true, c: { owner: 'Ann' }, d: 'HEEL' } }],
  ['object-variable', 'query($a: Dog) { dog { name } }', X(/non-input type|never used/)],
  ['list-of-interface-variable', 'query($a: [[Pet!]]!) { dog { name } }', X(/non-input type|never used/)],
  ['union-variable', 'query($a: CatOrDog!) { dog { name } }', X(/non-input type|never used/)],
  ['object-variable-used', 'query($a: Dog) { findDog(searchBy: $a) { name } }', X(/non-input type|used in position/)],
]);

const undefinedVariables = /is not defined/;
group('validation-no-undefined-variables', S.values, [
  ['all-defined', 'query Q($a: Int, $b: String) { complicatedArgs { intArgField(intArg: $a) stringArgField(stringArg: $b) } }', V, { variables: { a: 1, b: 'x' } }],
  ['defined-used-in-fragment', 'query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }', V, { variables: { a: 1 } }],
  ['undefined-in-argument', 'query Q { complicatedArgs { intArgField(intArg: $a) } }', X(undefinedVariables)],
  ['undefined-anonymous', '{ complicatedArgs { intArgField(intArg: $a) } }', X(undefinedVariables)],
  ['undefined-in-directive', 'query Q { complicatedArgs { intArgField @include(if: $cond) } }', X(undefinedVariables)],
  ['undefined-in-fragment', 'query Q { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }', X(undefinedVariables)],
  ['undefined-in-nested-input', 'query Q { complicatedArgs { complexArgField(complexArg: { requiredField: $r }) } }', X(undefinedVariables)],
  ['undefined-in-list', 'query Q { complicatedArgs { stringListArgField(stringListArg: ["a", $b]) } }', X(undefinedVariables)],
  ['undefined-for-second-operation', 'query A($a: Int) { complicatedArgs { ...F } } query B { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }', X(undefinedVariables), { operationName: 'A' }],
  ['multiple-undefined', 'query Q($a: Int) { complicatedArgs { multipleOpts(opt1: $a, opt2: $b) x: intArgField(intArg: $c) } }', X(undefinedVariables)],
]);

const unusedVariables = /is never used/;
group('validation-no-unused-variables', S.values, [
  ['all-used', 'query Q($a: Int) { complicatedArgs { intArgField(intArg: $a) } }', V, { variables: { a: 1 } }],
  ['used-in-fragment', 'query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { ...G } fragment G on ComplicatedArgs { intArgField(intArg: $a) }', V, { variables: { a: 1 } }],
  ['used-in-directive', 'query Q($c: Boolean!) { complicatedArgs { intArgField @skip(if: $c) } }', V, { variables: { c: false } }],
  ['unused', 'query Q($a: Int) { complicatedArgs { intArgField } }', X(unusedVariables)],
  ['unused-anonymous', 'query($a: Int) { complicatedArgs { intArgField } }', X(unusedVariables)],
  ['one-of-two-unused', 'query Q($a: Int, $b: Int) { complicatedArgs { intArgField(intArg: $a) } }', X(unusedVariables)],
  ['unused-in-one-operation', 'query A($a: Int) { complicatedArgs { ...F } } query B($a: Int) { complicatedArgs { intArgField } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }', X(unusedVariables), { operationName: 'A' }],
  ['used-only-in-unused-fragment', 'query Q($a: Int) { complicatedArgs { intArgField } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }', X(/never used/)],
]);

const allowedPosition = /used in position expecting/;
group('validation-variables-in-allowed-position', S.values, [
  ['exact-type', 'query($a: Int!) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }', V, { variables: { a: 1 } }],
  ['non-null-into-nullable', 'query($a: Int!) { complicatedArgs { intArgField(intArg: $a) } }', V, { variables: { a: 1 } }],
  ['nullable-into-non-null', 'query($a: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }', X(allowedPosition)],
  ['nullable-with-default-into-non-null', 'query($a: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }', V],
  ['nullable-with-null-default-into-non-null', 'query($a: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }', X(allowedPosition)],
  ['nullable-into-non-null-with-default-arg', 'query($a: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $a) } }', V, { variables: { a: 3 } }],
  ['string-into-int', 'query($a: String) { complicatedArgs { intArgField(intArg: $a) } }', X(allowedPosition)],
  ['int-into-float', 'query($a: Int) { complicatedArgs { floatArgField(floatArg: $a) } }', X(allowedPosition)],
  ['list-into-list', 'query($l: [String]) { complicatedArgs { stringListArgField(stringListArg: $l) } }', V, { variables: { l: ['a'] } }],
  ['non-null-list-into-list', 'query($l: [String!]!) { complicatedArgs { stringListArgField(stringListArg: $l) } }', V, { variables: { l: ['a'] } }],
  ['list-into-non-null-item-list', 'query($l: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $l) } }', X(allowedPosition)],
  ['item-into-list-position', 'query($s: String) { complicatedArgs { stringListArgField(stringListArg: [$s]) } }', V, { variables: { s: 'a' } }],
  ['scalar-variable-into-list-position', 'query($s: String) { complicatedArgs { stringListArgField(stringListArg: $s) } }', X(allowedPosition)],
  ['list-variable-into-scalar-position', 'query($l: [String]) { complicatedArgs { stringArgField(stringArg: $l) } }', X(allowedPosition)],
  ['nullable-into-non-null-directive', 'query($c: Boolean) { complicatedArgs { intArgField @include(if: $c) } }', X(allowedPosition)],
  ['non-null-into-directive', 'query($c: Boolean!) { complicatedArgs { intArgField @include(if: $c) } }', V, { variables: { c: true } }],
  ['nullable-into-non-null-input-field', 'query($b: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: $b }) } }', X(allowedPosition)],
  ['non-null-input-field-default-allows-nullable', 'query($b: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: $b }) } }', V, { variables: { b: true } }],
  ['enum-variable-into-enum', 'query($e: FurColor) { complicatedArgs { enumArgField(enumArg: $e) } }', V, { variables: { e: 'TAN' } }],
  ['nullable-in-fragment-into-non-null', 'query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $a) }', X(allowedPosition)],
  ['input-object-variable-into-input-object', 'query($c: ComplexInput) { complicatedArgs { complexArgField(complexArg: $c) } }', V, { variables: { c: { requiredField: true } } }],
  ['wrong-input-object-variable', 'query($c: OneOfInput) { complicatedArgs { complexArgField(complexArg: $c) } }', X(allowedPosition)],
]);

// ---------------------------------------------------------------- the spec's example schemas

group('execution-dog-schema', S.dog, [
  ['dog-fields', '{ dog { name nickname barkVolume isHouseTrained doesKnowCommand(dogCommand: SIT) } }', V],
  ['owner-pets-abstract', '{ dog { owner { name pets { __typename name ... on Dog { barkVolume } ... on Cat { meowVolume } } } } }', V],
  ['union-member-selection', '{ catOrDog { __typename ... on Dog { name owner { name } } ... on Cat { name } } }', V],
  ['union-human-member', '{ dogOrHuman { __typename ... on Human { name } ... on Dog { nickname } } }', V],
  ['interface-sentient', '{ sentient { __typename name ... on Human { pets { name } } } }', V],
  ['alien-via-union', '{ humanOrAlien { ... on Alien { name homePlanet } ... on Human { name } } }', V],
  ['arguments-object', '{ arguments { multipleRequirements(x: 1, y: 2) booleanListArgField(booleanListArg: [true]) optionalNonNullBooleanArgField floatArgField(floatArg: 2) } }', V],
  ['find-dog-input', '{ findDog(searchBy: { name: "Fido" }) { name isHouseTrained owner { name } } }', V],
  ['find-dog-variable', 'query($s: FindDogInput) { findDog(searchBy: $s) { name } }', V, { variables: { s: { name: 'Fido', owner: null } } }],
  ['typename-everywhere', '{ __typename dog { __typename owner { __typename } } pet { __typename } }', V],
]);

group('execution-star-wars', S.starWars, [
  ['hero-name', 'query HeroNameQuery { hero { name } }', V],
  ['hero-id-and-friends', 'query HeroNameAndFriendsQuery { hero { id name friends { name } } }', V],
  ['nested-friends', 'query NestedQuery { hero { name friends { name appearsIn friends { name } } } }', V],
  ['human-by-id', 'query FetchLukeQuery { human(id: "1000") { name homePlanet } }', V],
  ['human-by-variable', 'query FetchSomeIDQuery($someId: String!) { human(id: $someId) { name } }', V, { variables: { someId: '1000' } }],
  ['missing-required-variable', 'query FetchSomeIDQuery($someId: String!) { human(id: $someId) { name } }', X(/was not provided/)],
  ['aliases', 'query FetchLukeAndC3POAliased { luke: human(id: "1000") { name } c3po: droid(id: "2000") { name } }', V],
  ['fragments', 'query UseFragment { luke: human(id: "1000") { ...HumanFragment } leia: human(id: "1003") { ...HumanFragment } } fragment HumanFragment on Human { name homePlanet }', V],
  ['typename-of-hero', 'query CheckTypeOfR2 { hero { __typename name } }', V],
  ['inline-fragments-on-characters', '{ hero(episode: EMPIRE) { name ... on Droid { primaryFunction } ... on Human { homePlanet } friends { __typename ... on Human { homePlanet } ... on Droid { primaryFunction } } } }', V],
  ['episode-enum-output', '{ hero { appearsIn } droid(id: "2000") { appearsIn } }', V],
  ['episode-variable', 'query($ep: Episode) { hero(episode: $ep) { name } }', V, { variables: { ep: 'JEDI' } }],
  ['episode-variable-bad', 'query($ep: Episode) { hero(episode: $ep) { name } }', X(/got invalid value/), { variables: { ep: 'PHANTOM' } }],
  ['unknown-field-on-character', '{ hero { name primaryFunction } }', X(/Cannot query field/)],
  ['secret-backstory-null', '{ hero { name secretBackstory } }', V],
  ['droid-primary-function-via-fragment', '{ hero { ...DroidFields } } fragment DroidFields on Droid { primaryFunction }', V],
  ['hero-with-bad-enum-literal', '{ hero(episode: "EMPIRE") { name } }', X(/Enum .* cannot represent non-enum value/)],
  ['human-without-id', '{ human { name } }', X(/is required/)],
]);

// ---------------------------------------------------------------- coercion

const badVariable = /Variable "\$\w+" (got invalid value|of required type .* was not provided|of non-null type .* must not be null)/;
const vArgs = (type, field, arg) => `query($v: ${type}) { complicatedArgs { ${field}(${arg}: $v) } }`;
group('coercion-variables', S.values, [
  ['int-max', vArgs('Int', 'intArgField', 'intArg'), V, { variables: { v: 2147483647 } }],
  ['int-min', vArgs('Int', 'intArgField', 'intArg'), V, { variables: { v: -2147483648 } }],
  ['int-too-big', vArgs('Int', 'intArgField', 'intArg'), X(badVariable), { variables: { v: 2147483648 } }],
  ['int-too-small', vArgs('Int', 'intArgField', 'intArg'), X(badVariable), { variables: { v: -2147483649 } }],
  ['int-fractional', vArgs('Int', 'intArgField', 'intArg'), X(badVariable), { variables: { v: 1.5 } }],
  ['int-from-string', vArgs('Int', 'intArgField', 'intArg'), X(badVariable), { variables: { v: '1' } }],
  ['int-from-boolean', vArgs('Int', 'intArgField', 'intArg'), X(badVariable), { variables: { v: true } }],
  ['int-from-object', vArgs('Int', 'intArgField', 'intArg'), X(badVariable), { variables: { v: { a: 1 } } }],
  ['int-from-list', vArgs('Int', 'intArgField', 'intArg'), X(badVariable), { variables: { v: [1] } }],
  ['float-from-int', vArgs('Float', 'floatArgField', 'floatArg'), V, { variables: { v: 3 } }],
  ['float-from-float', vArgs('Float', 'floatArgField', 'floatArg'), V, { variables: { v: 3.25 } }],
  ['float-from-string', vArgs('Float', 'floatArgField', 'floatArg'), X(badVariable), { variables: { v: '3.25' } }],
  ['float-from-boolean', vArgs('Float', 'floatArgField', 'floatArg'), X(badVariable), { variables: { v: false } }],
  ['string-from-string', vArgs('String', 'stringArgField', 'stringArg'), V, { variables: { v: 'héllo 😀' } }],
  ['string-from-int', vArgs('String', 'stringArgField', 'stringArg'), X(badVariable), { variables: { v: 1 } }],
  ['string-from-float', vArgs('String', 'stringArgField', 'stringArg'), X(badVariable), { variables: { v: 1.5 } }],
  ['string-from-boolean', vArgs('String', 'stringArgField', 'stringArg'), X(badVariable), { variables: { v: true } }],
  ['boolean-from-boolean', vArgs('Boolean', 'booleanArgField', 'booleanArg'), V, { variables: { v: false } }],
  ['boolean-from-int', vArgs('Boolean', 'booleanArgField', 'booleanArg'), X(badVariable), { variables: { v: 1 } }],
  ['boolean-from-string', vArgs('Boolean', 'booleanArgField', 'booleanArg'), X(badVariable), { variables: { v: 'true' } }],
  ['id-from-string', vArgs('ID', 'idArgField', 'idArg'), V, { variables: { v: 'abc' } }],
  ['id-from-int', vArgs('ID', 'idArgField', 'idArg'), V, { variables: { v: 123 } }],
  ['id-from-float', vArgs('ID', 'idArgField', 'idArg'), X(badVariable), { variables: { v: 1.5 } }],
  ['id-from-boolean', vArgs('ID', 'idArgField', 'idArg'), X(badVariable), { variables: { v: true } }],
  ['enum-from-name', vArgs('FurColor', 'enumArgField', 'enumArg'), V, { variables: { v: 'BROWN' } }],
  ['enum-unknown-name', vArgs('FurColor', 'enumArgField', 'enumArg'), X(badVariable), { variables: { v: 'PURPLE' } }],
  ['enum-lowercase', vArgs('FurColor', 'enumArgField', 'enumArg'), X(badVariable), { variables: { v: 'brown' } }],
  ['enum-from-int', vArgs('FurColor', 'enumArgField', 'enumArg'), X(badVariable), { variables: { v: 1 } }],
  ['nullable-null', vArgs('Int', 'intArgField', 'intArg'), V, { variables: { v: null } }],
  ['nullable-missing', vArgs('Int', 'intArgField', 'intArg'), V, { variables: {} }],
  ['nullable-no-variables-object', vArgs('Int', 'intArgField', 'intArg'), V],
  ['non-null-explicit-null', vArgs('Int!', 'nonNullIntArgField', 'nonNullIntArg'), X(badVariable), { variables: { v: null } }],
  ['non-null-missing', vArgs('Int!', 'nonNullIntArgField', 'nonNullIntArg'), X(badVariable), { variables: {} }],
  ['non-null-with-default-missing', 'query($v: Int! = 3) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $v) } }', V, { variables: {} }],
  ['non-null-with-default-explicit-null', 'query($v: Int! = 3) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $v) } }', X(badVariable), { variables: { v: null } }],
  ['nullable-with-default-explicit-null', 'query($v: Int = 3) { complicatedArgs { intArgField(intArg: $v) } }', V, { variables: { v: null } }],
  ['nullable-with-default-into-non-null-explicit-null', 'query($v: Int = 3) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $v) } }', E(/must not be null|Argument .* of non-null type/), { variables: { v: null } }],
  ['nullable-variable-into-non-null-default-arg-null', 'query($v: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $v) } }', E(/must not be null|Argument .* of non-null type/), { variables: { v: null } }],
  ['nullable-variable-into-non-null-default-arg-missing', 'query($v: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $v) } }', V, { variables: {} }],
  ['list-single-value', vArgs('[String]', 'stringListArgField', 'stringListArg'), V, { variables: { v: 'one' } }],
  ['list-values', vArgs('[String]', 'stringListArgField', 'stringListArg'), V, { variables: { v: ['one', null] } }],
  ['list-bad-item', vArgs('[String]', 'stringListArgField', 'stringListArg'), X(badVariable), { variables: { v: ['one', 2] } }],
  ['list-non-null-items-null-item', vArgs('[String!]', 'stringListNonNullArgField', 'stringListNonNullArg'), X(badVariable), { variables: { v: ['one', null] } }],
  ['list-non-null-single-null', vArgs('[String]!', 'nonNullStringListArgField', 'list'), X(badVariable), { variables: { v: null } }],
  ['nested-list-single-value', vArgs('[[Int]]', 'intListListArgField', 'arg'), V, { variables: { v: 1 } }],
  ['nested-list-inner-single', vArgs('[[Int]]', 'intListListArgField', 'arg'), V, { variables: { v: [1, [2, 3], null] } }],
  ['nested-list-bad', vArgs('[[Int]]', 'intListListArgField', 'arg'), X(badVariable), { variables: { v: [['x']] } }],
  ['input-object-good', vArgs('ComplexInput', 'complexArgField', 'complexArg'), V, { variables: { v: { requiredField: true, intField: 2, stringListField: 'single', enumField: 'TAN' } } }],
  ['input-object-missing-required', vArgs('ComplexInput', 'complexArgField', 'complexArg'), X(badVariable), { variables: { v: { intField: 2 } } }],
  ['input-object-unknown-field', vArgs('ComplexInput', 'complexArgField', 'complexArg'), X(badVariable), { variables: { v: { requiredField: true, other: 1 } } }],
  ['input-object-null-for-non-null-with-default', vArgs('ComplexInput', 'complexArgField', 'complexArg'), X(badVariable), { variables: { v: { requiredField: true, nonNullField: null } } }],
  ['input-object-bad-nested-enum', vArgs('ComplexInput', 'complexArgField', 'complexArg'), X(badVariable), { variables: { v: { requiredField: true, enumField: 'purple' } } }],
  ['input-object-from-scalar', vArgs('ComplexInput', 'complexArgField', 'complexArg'), X(badVariable), { variables: { v: 'x' } }],
  ['input-object-from-list', vArgs('ComplexInput', 'complexArgField', 'complexArg'), X(badVariable), { variables: { v: [{ requiredField: true }] } }],
  ['nested-input-good', vArgs('NestedInput', 'nestedArgField', 'nested'), V, { variables: { v: { inner: { requiredField: false }, list: { requiredField: true }, deeper: { oneOf: { stringField: 's' } } } } }],
  ['nested-input-deep-bad', vArgs('NestedInput', 'nestedArgField', 'nested'), X(badVariable), { variables: { v: { deeper: { deeper: { list: [{ requiredField: 'yes' }] } } } } }],
  ['nested-input-list-null', vArgs('NestedInput', 'nestedArgField', 'nested'), X(badVariable), { variables: { v: { list: [null] } } }],
  ['oneof-one-key', vArgs('OneOfInput', 'oneOfArgField', 'oneOfArg'), V, { variables: { v: { intField: 3 } } }],
  ['oneof-two-keys', vArgs('OneOfInput', 'oneOfArgField', 'oneOfArg'), X(badVariable), { variables: { v: { intField: 3, stringField: 'a' } } }],
  ['oneof-no-keys', vArgs('OneOfInput', 'oneOfArgField', 'oneOfArg'), X(badVariable), { variables: { v: {} } }],
  ['oneof-null-member', vArgs('OneOfInput', 'oneOfArgField', 'oneOfArg'), X(badVariable), { variables: { v: { intField: null } } }],
  ['oneof-complex-member', vArgs('OneOfInput', 'oneOfArgField', 'oneOfArg'), V, { variables: { v: { complexField: { requiredField: true } } } }],
  ['oneof-unknown-key', vArgs('OneOfInput', 'oneOfArgField', 'oneOfArg'), X(badVariable), { variables: { v: { floatField: 1 } } }],
  ['oneof-nested-in-input', vArgs('NestedInput', 'nestedArgField', 'nested'), X(badVariable), { variables: { v: { oneOf: { intField: 1, stringField: 'b' } } } }],
  ['several-bad-variables', 'query($a: Int, $b: String, $c: Boolean!) { complicatedArgs { intArgField(intArg: $a) stringArgField(stringArg: $b) booleanArgField(booleanArg: $c) } }', X(badVariable), { variables: { a: 'x', b: 2 } }],
  ['extra-variable-ignored', vArgs('Int', 'intArgField', 'intArg'), V, { variables: { v: 1, unused: 'x' } }],
  ['default-values-used', 'query($i: Int = 1, $s: String = "s", $e: FurColor = TAN, $l: [Int] = [1], $c: ComplexInput = { requiredField: true }) { complicatedArgs { intArgField(intArg: $i) stringArgField(stringArg: $s) enumArgField(enumArg: $e) intListListArgField(arg: [$l]) complexArgField(complexArg: $c) } }', V],
  ['argument-defaults', '{ complicatedArgs { withDefaults multipleOpts multipleOptAndReq(req1: 1, req2: 2) nonNullFieldWithDefault } }', V],
]);

group('coercion-literals', S.values, [
  ['int-max', '{ complicatedArgs { intArgField(intArg: 2147483647) } }', V],
  ['int-over-max', '{ complicatedArgs { intArgField(intArg: 2147483648) } }', X(badValue)],
  ['int-fraction', '{ complicatedArgs { intArgField(intArg: 1.5) } }', X(badValue)],
  ['int-string', '{ complicatedArgs { intArgField(intArg: "1") } }', X(badValue)],
  ['int-exponent', '{ complicatedArgs { intArgField(intArg: 1e3) } }', X(badValue)],
  ['float-exponent', '{ complicatedArgs { floatArgField(floatArg: 1.5e3) } }', V],
  ['float-negative-zero', '{ complicatedArgs { floatArgField(floatArg: -0.0) } }', V],
  ['float-huge-int', '{ complicatedArgs { floatArgField(floatArg: 123456789012345678901234567890) } }', V],
  ['id-huge-int', '{ complicatedArgs { idArgField(idArg: 123456789012345678901234567890) } }', V],
  ['string-block-string', '{ complicatedArgs { stringArgField(stringArg: """block\n  string""") } }', V],
  ['string-unicode-escapes', '{ complicatedArgs { stringArgField(stringArg: "\\u00e9\\u{1F600}\\uD83D\\uDE00") } }', V],
  ['boolean-literals', '{ complicatedArgs { a: booleanArgField(booleanArg: true) b: booleanArgField(booleanArg: false) } }', V],
  ['enum-literal', '{ complicatedArgs { enumArgField(enumArg: NO_FUR) } }', V],
  ['enum-as-string-literal', '{ complicatedArgs { enumArgField(enumArg: "NO_FUR") } }', X(badValue)],
  ['enum-true-literal', '{ complicatedArgs { enumArgField(enumArg: true) } }', X(badValue)],
  ['enum-null-literal', '{ complicatedArgs { enumArgField(enumArg: null) } }', V],
  ['non-null-enum-null', '{ complicatedArgs { nonNullEnumArgField(enumArg: null) } }', X(badValue)],
  ['non-null-enum-missing', '{ complicatedArgs { nonNullEnumArgField } }', X(/is required/)],
  ['list-of-one-coerced', '{ complicatedArgs { stringListNonNullArgField(stringListNonNullArg: "a") } }', V],
  ['list-null-single-non-null-items', '{ complicatedArgs { stringListNonNullArgField(stringListNonNullArg: null) } }', V],
  ['non-null-list-null', '{ complicatedArgs { nonNullStringListArgField(list: null) } }', X(badValue)],
  ['non-null-list-items-null', '{ complicatedArgs { nonNullStringListArgField(list: [null]) } }', V],
  ['input-object-default-applied', '{ complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: "x" }) } }', V],
  ['input-object-variable-field', 'query($i: Int) { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: $i }) } }', V, { variables: { i: 9 } }],
  ['input-object-missing-variable-field', 'query($i: Int) { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: $i }) } }', V, { variables: {} }],
  ['list-with-variable-items', 'query($a: String, $b: String) { complicatedArgs { stringListArgField(stringListArg: [$a, $b, "c"]) } }', V, { variables: { a: 'a' } }],
  ['oneof-variable-member-missing', 'query($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }', X(badVariable), { variables: {} }],
]);

const S_ = (rootValue) => ({ rootValue });
const serialization = /cannot represent|Expected Iterable|Cannot return null/;
group('coercion-output', S.scalars, [
  ['int-good', '{ int }', V, S_({ int: 42 })],
  ['int-max', '{ int }', V, S_({ int: 2147483647 })],
  ['int-over-max', '{ int }', E(serialization), S_({ int: 2147483648 })],
  ['int-fraction', '{ int }', E(serialization), S_({ int: 1.5 })],
  ['int-from-text', '{ int }', E(serialization), S_({ int: 'abc' })],
  ['int-from-numeric-text', '{ int }', V, S_({ int: '12' })],
  ['int-from-boolean', '{ int }', V, S_({ int: true })],
  ['int-from-object', '{ int }', E(serialization), S_({ int: { a: 1 } })],
  ['int-from-list', '{ int }', E(serialization), S_({ int: [1] })],
  ['int-non-null-bad-propagates', '{ intNN string }', E(serialization), S_({ intNN: 1.5, string: 's' })],
  ['int-non-null-missing', '{ intNN string }', E(serialization), S_({ string: 's' })],
  ['float-good', '{ float }', V, S_({ float: 2.5 })],
  ['float-from-int', '{ float }', V, S_({ float: 2 })],
  ['float-from-text', '{ float }', E(serialization), S_({ float: 'abc' })],
  ['float-from-numeric-text', '{ float }', V, S_({ float: '2.5' })],
  ['string-good', '{ string }', V, S_({ string: 'hé 😀' })],
  ['string-from-int', '{ string }', V, S_({ string: 12 })],
  ['string-from-boolean', '{ string }', V, S_({ string: true })],
  ['string-from-object', '{ string }', E(serialization), S_({ string: { a: 1 } })],
  ['string-from-list', '{ string }', E(serialization), S_({ string: ['a'] })],
  ['boolean-good', '{ boolean }', V, S_({ boolean: false })],
  ['boolean-from-number', '{ boolean }', V, S_({ boolean: 0 })],
  ['boolean-from-text', '{ boolean }', E(serialization), S_({ boolean: 'true' })],
  ['id-from-string', '{ id }', V, S_({ id: 'abc' })],
  ['id-from-int', '{ id }', V, S_({ id: 123 })],
  ['id-from-float', '{ id }', E(serialization), S_({ id: 1.5 })],
  ['id-from-boolean', '{ id }', E(serialization), S_({ id: true })],
  ['enum-good', '{ color }', V, S_({ color: 'GREEN' })],
  ['enum-unknown', '{ color }', E(serialization), S_({ color: 'PURPLE' })],
  ['enum-lowercase', '{ color }', E(serialization), S_({ color: 'green' })],
  ['enum-from-int', '{ color }', E(serialization), S_({ color: 1 })],
  ['enum-list-mixed', '{ colors }', E(serialization), S_({ colors: ['RED', 'NOPE', null, 'BLUE'] })],
  ['list-good', '{ ints strings }', V, S_({ ints: [1, null, 3], strings: ['a', null] })],
  ['list-from-non-list', '{ ints }', E(serialization), S_({ ints: 5 })],
  ['list-from-string', '{ strings }', E(serialization), S_({ strings: 'abc' })],
  ['list-from-object', '{ objs { int } }', E(serialization), S_({ objs: { int: 1 } })],
  ['list-bad-items', '{ ints }', E(serialization), S_({ ints: [1, 'x', 2.5, 4] })],
  ['nested-list-from-flat', '{ matrix }', E(serialization), S_({ matrix: [1, 2] })],
  ['nested-list-good', '{ matrix }', V, S_({ matrix: [[1], [], null, [2, null]] })],
  ['object-from-scalar', '{ obj { int } }', V, S_({ obj: 5 })],
  ['object-fields-bad', '{ obj { int name } objs { int } }', E(serialization), S_({ obj: { int: 'x', name: 3 }, objs: [{ int: 1 }, { int: 1.1 }] })],
  ['missing-fields-are-null', '{ int float string boolean id color ints obj { int } }', V, S_({})],
  ['null-root', '{ int string }', V, S_(null)],
  ['aliased-errors', '{ a: int b: int c: float }', E(serialization), S_({ int: 'bad', float: 'bad' })],
]);

// ---------------------------------------------------------------- execution

const nonNull = /Cannot return null for non-nullable field|cannot represent|Expected Iterable/;
const item = (id, extra = {}) => ({ id, name: `n${id}`, nn: `nn${id}`, ...extra });
const R = (rootValue) => ({ rootValue });
group('execution-null-propagation', S.nulls, [
  ['nullable-item-null', '{ item { id } }', V, R({ item: null })],
  ['non-null-item-null', '{ itemNN { id } }', E(nonNull), R({ itemNN: null })],
  ['non-null-item-null-with-sibling', '{ item { id } itemNN { id } }', E(nonNull), R({ item: item('1'), itemNN: null })],
  ['non-null-field-in-nullable-object', '{ item { id nn } }', E(nonNull), R({ item: { id: '1', nn: null } })],
  ['non-null-field-in-non-null-object', '{ item { name } itemNN { nn } }', E(nonNull), R({ item: item('1'), itemNN: { id: '2' } })],
  ['non-null-chain-to-nullable-parent', '{ item { child { childNN { childNN { nn } } } } }', E(nonNull), R({ item: item('1', { child: item('2', { childNN: item('3', { childNN: { id: '4' } }) }) }) })],
  ['list-nullable-items', '{ list { id } }', V, R({ list: [item('1'), null, item('3')] })],
  ['list-nullable-item-error', '{ list { id nn } }', E(nonNull), R({ list: [item('1'), { id: '2', nn: null }, item('3')] })],
  ['list-of-nn-null-item', '{ listOfNN { id } }', E(nonNull), R({ listOfNN: [item('1'), null] })],
  ['list-of-nn-null-list', '{ listOfNN { id } }', V, R({ listOfNN: null })],
  ['list-of-nn-item-error', '{ listOfNN { id nn } }', E(nonNull), R({ listOfNN: [item('1'), { id: '2' }] })],
  ['list-nn-null', '{ listNN { id } item { id } }', E(nonNull), R({ listNN: null, item: item('1') })],
  ['list-nn-null-item-ok', '{ listNN { id } }', V, R({ listNN: [null, item('2')] })],
  ['list-nn-of-nn-null-item', '{ listNNOfNN { id } item { id } }', E(nonNull), R({ listNNOfNN: [item('1'), null], item: item('9') })],
  ['list-nn-of-nn-ok', '{ listNNOfNN { id name } }', V, R({ listNNOfNN: [item('1'), item('2')] })],
  ['list-nn-of-nn-empty', '{ listNNOfNN { id } }', V, R({ listNNOfNN: [] })],
  ['nested-inner-null-item', '{ nested { id } }', E(nonNull), R({ nested: [[item('1')], [item('2'), null], null] })],
  ['nested-null-inner-list-ok', '{ nested { id } }', V, R({ nested: [[item('1')], null] })],
  ['nested-nn-inner-null', '{ nestedNN { id } item { id } }', E(nonNull), R({ nestedNN: [[item('1')], null], item: item('2') })],
  ['nested-nn-item-null', '{ nestedNN { id } }', E(nonNull), R({ nestedNN: [[null]] })],
  ['nested-loose-nulls', '{ nestedLoose { id nn } }', E(nonNull), R({ nestedLoose: [[item('1'), null, { id: '3' }], null, []] })],
  ['ints-with-null', '{ ints intsOfNN }', E(nonNull), R({ ints: [1, null, 3], intsOfNN: [1, null, 3] })],
  ['ints-nn-null', '{ ints intsNN }', E(nonNull), R({ ints: [1], intsNN: null })],
  ['ints-nn-of-nn-bad-item', '{ intsNNOfNN ints }', E(nonNull), R({ intsNNOfNN: [1, 'x'], ints: [2] })],
  ['ints-bad-item-nullable', '{ ints }', E(nonNull), R({ ints: [1, 'x', 3] })],
  ['deep-nn-chain', '{ deep { a { b { b { valueNN } } } } }', E(nonNull), R({ deep: { a: { b: { b: { valueNN: null } } } } })],
  ['deep-nn-chain-ok', '{ deep { a { b { b { valueNN value } } } } }', V, R({ deep: { a: { b: { b: { valueNN: 1, value: null } } } } })],
  ['deep-items-null-item', '{ deep { a { items { id } } value } }', E(nonNull), R({ deep: { value: 1, a: { items: [item('1'), null] } } })],
  ['deep-nn-root', '{ deepNN { b { valueNN } } item { id } }', E(nonNull), R({ deepNN: { b: { valueNN: null } }, item: item('1') })],
  ['aliases-independent', '{ a: item { nn } b: item { name } c: itemNN { id } }', E(nonNull), R({ item: { id: '1', name: 'x', nn: null }, itemNN: item('2') })],
  ['aliased-list-paths', '{ xs: list { v: nn } ys: list { id } }', E(nonNull), R({ list: [item('1'), { id: '2', nn: null }] })],
  ['children-nn-in-list', '{ item { children { id nn } childrenNN { nn } } }', E(nonNull), R({ item: item('1', { children: [item('2'), { id: '3' }], childrenNN: [{ id: '4' }, item('5')] }) })],
  ['multiple-errors-in-list', '{ list { nn } }', E(nonNull), R({ list: [{ nn: null }, item('2'), { nn: null }] })],
  ['error-path-depth', '{ item { child { children { child { nn } } } } }', E(nonNull), R({ item: { child: { children: [{ id: 'a', child: item('b') }, { id: 'c', child: { nn: null } }] } } })],
  ['missing-id-non-null', '{ list { id } }', E(nonNull), R({ list: [{ name: 'no id' }] })],
  ['root-null', '{ item { id } list { id } }', V, R(null)],
  ['root-null-non-null-field', '{ item { id } itemNN { id } }', E(nonNull), R(null)],
]);

group('execution-abstract-types', S.abstract, [
  ['interface-typename', '{ node { __typename id } }', V],
  ['interface-inline-fragments', '{ node { id ... on Photo { caption } ... on Document { pages } } }', V],
  ['interface-fragment-on-interface', '{ node { ...R } } fragment R on Resource { url ... on Image { width } }', V],
  ['list-of-interfaces', '{ nodes { __typename id ... on Person { name } ... on Resource { url } } }', V],
  ['interface-implementing-interface', '{ resource { ... on Image { width } ... on Node { id } url } image { ... on Resource { url } ... on Photo { caption } } }', V],
  ['union-list', '{ search { __typename ... on Person { name friends { name } } ... on Photo { caption } ... on Document { pages } } }', V],
  ['union-with-interface-fragment', '{ search { ... on Node { id } ... on Resource { url } } }', V],
  ['union-single', '{ first { __typename ... on Document { id pages } } }', V],
  ['union-typename-only', '{ search { __typename } }', V],
  ['nested-abstract', '{ person { name avatar { __typename url width ... on Photo { caption } } friends { id avatar { id } } } }', V],
  ['fragment-on-union', '{ first { ...SR } search { ...SR } } fragment SR on SearchResult { __typename ... on Person { id } }', V],
  ['nested-fragments', '{ nodes { ...A } } fragment A on Node { id ...B } fragment B on Resource { url ...C } fragment C on Image { width ...D } fragment D on Photo { caption }', V],
  ['unresolvable-type', '{ node { id } }', E(/Abstract type "Node" must resolve to an Object type at runtime|does not exist|not a possible type/), R({ node: { id: 'x' } })],
  ['wrong-typename', '{ node { id } }', E(/Abstract type "Node" must resolve|does not exist|not a possible type/), R({ node: { __typename: 'Elephant', id: 'x' } })],
  ['typename-not-member', '{ first { __typename } }', E(/not a possible type|must resolve|resolved to a non-object type/), R({ first: { __typename: 'Node', id: 'x' } })],
  ['typename-not-implementing', '{ image { id } }', E(/not a possible type|must resolve/), R({ image: { __typename: 'Document', id: 'd' } })],
  ['root-typename', '{ __typename }', V],
  ['typename-aliased', '{ t: __typename node { kind: __typename } }', V],
]);

group('execution-aliases-and-fragments', S.dog, [
  ['alias-root-fields', '{ a: dog { name } b: dog { nickname } }', V],
  ['alias-same-field-twice', '{ dog { x: name y: name } }', V],
  ['alias-typename', '{ dog { kind: __typename } }', V],
  ['alias-args', '{ dog { sit: doesKnowCommand(dogCommand: SIT) heel: doesKnowCommand(dogCommand: HEEL) } }', V],
  ['merge-fields-across-fragments', '{ dog { ...A ...B name } } fragment A on Dog { name owner { name } } fragment B on Dog { owner { pets { name } } }', V],
  ['field-order-follows-first-occurrence', '{ dog { barkVolume ...A name } } fragment A on Dog { nickname barkVolume name }', V],
  ['fragment-on-interface', '{ pet { ...PetName } dog { ...PetName } } fragment PetName on Pet { name }', V],
  ['nested-fragments', '{ human { ...H } } fragment H on Human { name pets { ...P } } fragment P on Pet { name ... on Cat { ...C } } fragment C on Cat { meowVolume }', V],
  ['inline-fragment-without-type', '{ dog { ... { name } ... @include(if: true) { nickname } } }', V],
  ['non-matching-inline-fragment', '{ pet { ... on Dog { barkVolume } name } }', V],
  ['fragment-order-key-order', '{ human { pets { ... on Cat { meowVolume } name ... on Dog { barkVolume } __typename } } }', V],
]);

const D = (query, expect = V, options = {}) => [query, expect, options];
const skipInclude = [
  ['skip-true', '{ a b @skip(if: true) }'],
  ['skip-false', '{ a b @skip(if: false) }'],
  ['include-true', '{ a b @include(if: true) }'],
  ['include-false', '{ a b @include(if: false) }'],
  ['skip-false-include-true', '{ a b @skip(if: false) @include(if: true) }'],
  ['skip-true-include-true', '{ a b @skip(if: true) @include(if: true) }'],
  ['skip-false-include-false', '{ a b @skip(if: false) @include(if: false) }'],
  ['skip-true-include-false', '{ a b @skip(if: true) @include(if: false) }'],
  ['include-before-skip', '{ a b @include(if: true) @skip(if: true) }'],
  ['skip-on-inline-fragment', '{ a ... on Query @skip(if: true) { b } }'],
  ['include-on-inline-fragment', '{ a ... @include(if: true) { b } }'],
  ['skip-on-spread', '{ a ...F @skip(if: true) } fragment F on Query { b }'],
  ['include-false-on-spread', '{ a ...F @include(if: false) } fragment F on Query { b }'],
  ['skipped-field-included-elsewhere', '{ b @skip(if: true) a ... { b } }'],
  ['included-twice-one-skipped', '{ b @include(if: false) b a }'],
  ['skip-nested', '{ obj { x @skip(if: true) y inner { x @include(if: false) y } } }'],
  ['skip-all-subfields', '{ a obj { x @skip(if: true) } }'],
  ['skip-whole-object', '{ a obj @skip(if: true) { x } }'],
  ['skip-typename', '{ a __typename @skip(if: true) }'],
];
const skipVars = [
  ['variable-skip-true', 'query($s: Boolean!) { a b @skip(if: $s) }', { s: true }],
  ['variable-skip-false', 'query($s: Boolean!) { a b @skip(if: $s) }', { s: false }],
  ['variable-include-true', 'query($i: Boolean!) { a b @include(if: $i) }', { i: true }],
  ['variable-include-false', 'query($i: Boolean!) { a b @include(if: $i) }', { i: false }],
  ['variables-both', 'query($s: Boolean!, $i: Boolean!) { a b @skip(if: $s) @include(if: $i) obj @include(if: $i) { x } }', { s: false, i: true }],
  ['variables-both-skip', 'query($s: Boolean!, $i: Boolean!) { a b @skip(if: $s) @include(if: $i) }', { s: true, i: true }],
  ['variable-default-true', 'query($i: Boolean = true) { a b @include(if: $i) }', {}],
  ['variable-default-overridden', 'query($i: Boolean = true) { a b @include(if: $i) }', { i: false }],
  ['variable-on-fragment', 'query($s: Boolean!) { a ...F @skip(if: $s) } fragment F on Query { b }', { s: true }],
  ['variable-inside-fragment', 'query($s: Boolean!) { a ...F } fragment F on Query { b @skip(if: $s) obj { x } }', { s: true }],
];
group('execution-skip-include', S.directives, [
  ...skipInclude.map(([id, q]) => [id, q, V]),
  ...skipVars.map(([id, q, variables]) => [id, q, V, { variables }]),
  ['skip-missing-if-variable', 'query($s: Boolean!) { a b @skip(if: $s) }', X(badVariable), { variables: {} }],
  ['skip-null-variable', 'query($s: Boolean!) { a b @skip(if: $s) }', X(badVariable), { variables: { s: null } }],
  ['skip-string-variable', 'query($s: Boolean!) { a b @skip(if: $s) }', X(badVariable), { variables: { s: 'true' } }],
]);

group('execution-custom-directives', S.directives, [
  ['query-directive', 'query Q @onQuery(tag: "q") { a }', V],
  ['mutation-directive', 'mutation M @onMutation { setA(value: "x") }', V],
  ['field-directive', '{ a @onField(tag: "f") b @onField }', V],
  ['fragment-definition-directive', '{ obj { ...F } } fragment F on Obj @onFragmentDefinition { x }', V],
  ['fragment-spread-directive', '{ obj { ...F @onFragmentSpread } } fragment F on Obj { x }', V],
  ['inline-fragment-directive', '{ obj { ... on Obj @onInlineFragment { y } } }', V],
  ['variable-definition-directive', 'query($t: String @onVariableDefinition) { a @onField(tag: $t) }', V, { variables: { t: 'x' } }],
  ['everywhere', 'query Q($t: String = "d" @anywhere) @anywhere @onQuery { a @anywhere @onField(tag: $t) obj @anywhere { ...F @anywhere ... @anywhere { y } } } fragment F on Obj @anywhere { x }', V],
  ['repeatable-on-field-and-query', 'query Q @repeatable(n: 1) @repeatable(n: 2) { a @repeatable @repeatable(n: 3) }', V],
  ['directive-with-required-arg', '{ a @needsArg(level: 1) }', V],
  ['directive-missing-required-arg', '{ a @needsArg }', X(/is required/)],
  ['directive-bad-arg-type', '{ a @needsArg(level: "one") }', X(badValue)],
  ['directive-arg-from-variable', 'query($l: Int!) { a @needsArg(level: $l) }', V, { variables: { l: 2 } }],
  ['subscription-directive-validated', 'subscription S @onSubscription { tick }', V],
]);

group('execution-operations', S.directives, [
  ['select-by-name', 'query A { a } query B { b }', V, { operationName: 'B' }],
  ['select-first-by-name', 'query A { a } query B { b }', V, { operationName: 'A' }],
  ['select-mutation-by-name', 'query A { a } mutation M { setA(value: "v") setB(value: 1) }', V, { operationName: 'M' }],
  ['single-named-without-name', 'query A { a }', V],
  ['single-anonymous-with-null-name', '{ a }', V],
  ['unknown-operation', 'query A { a } query B { b }', X(/Unknown operation named/), { operationName: 'C' }],
  ['unknown-operation-single', 'query A { a }', X(/Unknown operation named/), { operationName: 'B' }],
  ['missing-operation-name', 'query A { a } query B { b }', X(/Must provide operation name/)],
  ['missing-operation-name-with-mutation', 'query A { a } mutation M { setA(value: "v") }', X(/Must provide operation name/)],
  ['mutation-executes', 'mutation { setA(value: "v") setB(value: 2) }', V],
  ['mutation-aliases-serial', 'mutation { first: setB(value: 1) second: setB(value: 2) third: setA }', V],
  ['mutation-with-variables', 'mutation($v: String) { setA(value: $v) }', V, { variables: { v: 'x' } }],
  ['mutation-typename', 'mutation { __typename setA }', V],
  ['mutation-fragment', 'mutation { ...M } fragment M on Mutation { setA setB }', V],
  ['mutation-null-result', 'mutation { setA setB }', V, { rootValue: { setA: null } }],
  ['mutation-on-schema-without-mutation', 'mutation { a }', E(/not configured to execute mutation/), { schema: S.nulls }],
  ['subscription-on-schema-without-subscription', 'subscription { a }', E(/not configured to execute subscription/), { schema: S.nulls }],
  ['operation-name-with-anonymous-only', '{ a }', X(/Unknown operation named/), { operationName: 'A' }],
  ['operation-description', '"Describes the operation." query A { a }', V],
  ['operation-block-description', '"""\nA block description.\n""" query A($v: Int) { b @skip(if: false) a } query B { a }', X(/never used/), { operationName: 'B' }],
]);

// Subscription operations: validated like any other; graphql-js's graphql() executes them once like a
// query, while our engine rejects them (see README "Deliberate differences").
group('subscription', S.dog, [
  ['valid-single-field', 'subscription S { newMessage { body sender } }', V],
  ['valid-anonymous', 'subscription { newMessage { body } }', V],
  ['valid-with-fragment', 'subscription S { ...F } fragment F on Subscription { newMessage { ...M } } fragment M on Message { body }', V],
  // A variable in @include on a subscription's root field crashes graphql-js 16's SingleFieldSubscriptionsRule
  // (it collects fields without variable values), so the directive takes a literal here.
  ['valid-with-directive', 'subscription S { newMessage @include(if: true) { body } }', V],
  ['valid-with-variable', 'subscription S($b: Boolean!) { newMessage { body @include(if: $b) } }', V, { variables: { b: true } }],
  ['invalid-two-fields', 'subscription S { newMessage { body } disallowedSecondRootField }', X(singleRoot)],
  ['invalid-unknown-field', 'subscription S { oldMessage { body } }', X(fieldsOnType)],
  ['invalid-typename-root', 'subscription S { __typename newMessage { body } }', X(singleRoot)],
  ['invalid-leaf', 'subscription S { newMessage }', X(scalarLeafs)],
]);

// ---------------------------------------------------------------- syntax

const syntax = /^Syntax Error/;
group('syntax', S.dog, [
  ['unterminated-selection', '{ dog { name }', X(syntax)],
  ['missing-selection-close', 'query Q { dog { name ', X(syntax)],
  ['empty-document', '', X(syntax)],
  ['only-comment', '# nothing here\n', X(syntax)],
  ['empty-selection-set', '{ dog { } }', X(syntax)],
  ['unterminated-string', '{ dog { doesKnowCommand(dogCommand: "SIT) } }', X(syntax)],
  ['bad-character', '{ dog { name ? } }', X(syntax)],
  ['bad-escape', '{ findDog(searchBy: { name: "\\q" }) { name } }', X(syntax)],
  ['lone-surrogate-escape', '{ findDog(searchBy: { name: "\\uD800" }) { name } }', X(syntax)],
  ['invalid-number', '{ arguments { intArgField(intArg: 01) } }', X(syntax)],
  ['number-followed-by-name', '{ arguments { intArgField(intArg: 1x) } }', X(syntax)],
  ['float-without-digits', '{ arguments { floatArgField(floatArg: 1.) } }', X(syntax)],
  ['missing-argument-value', '{ arguments { intArgField(intArg: ) } }', X(syntax)],
  ['variable-in-default', 'query($a: Int = $b) { arguments { intArgField(intArg: $a) } }', X(syntax)],
  ['fragment-named-on', '{ dog { ...on } } fragment on on Dog { name }', X(syntax)],
  ['multiline-location', 'query Q {\n  dog {\n    name\n    ...\n  }\n}', X(syntax)],
  ['description-on-shorthand', '"desc" { dog { name } }', X(syntax)],
  ['description-on-fragment-allowed', '{ dog { ...F } } "desc" fragment F on Dog { name }', V],
  ['description-on-selection', '{ "desc" dog { name } }', X(syntax)],
  ['unicode-bom-and-tabs', '\uFEFF{\tdog { name } }', V],
  ['unicode-in-string-and-comment', '# 😀 comment\n{ findDog(searchBy: { name: "🐶 \\u{1F436}" }) { name } }', V],
  ['commas-are-whitespace', '{,dog,{,name,,nickname,},}', V],
  ['deep-line-column', '\n\n   { dog {\n name\n\n\n    } } }', X(syntax)],
  ['type-definition-with-bad-syntax', 'type Q {', X(syntax)],
  ['unexpected-dollar', '{ dog { $name } }', X(syntax)],
  ['block-string-unterminated', '{ findDog(searchBy: { name: """abc }) { name } }', X(syntax)],
  ['list-missing-bracket', '{ arguments { booleanListArgField(booleanListArg: [true, false) } }', X(syntax)],
]);

// ---------------------------------------------------------------- introspection

const fullIntrospection = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, oneOf: true,
});
const fullIntrospectionWithDirectiveDeprecation = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, oneOf: true, experimentalDirectiveDeprecation: true,
});
group('introspection', S.introspection, [
  ...S.allSchemas.map((schema) => [`full-${schema.name}`, fullIntrospection, V, { schema, rootValue: null }]),
  ['full-with-directive-deprecation', fullIntrospectionWithDirectiveDeprecation, V, { rootValue: null }],
  ['schema-description', '{ __schema { description queryType { name } mutationType { name } subscriptionType { name } } }', V],
  ['type-by-name', '{ __type(name: "Animal") { kind name description interfaces { name } fields { name type { kind name ofType { kind name } } } } }', V],
  ['type-unknown-name', '{ __type(name: "Nope") { name } }', V],
  ['type-missing-name', '{ __type { name } }', X(/is required/)],
  ['fields-include-deprecated', '{ __type(name: "Root") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }', V],
  ['fields-exclude-deprecated', '{ __type(name: "Root") { fields { name } } }', V],
  ['fields-include-deprecated-false', '{ __type(name: "Root") { fields(includeDeprecated: false) { name } } }', V],
  ['args-include-deprecated', '{ __type(name: "Root") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue description } } } }', V],
  ['args-exclude-deprecated', '{ __type(name: "Root") { fields { name args { name defaultValue } } } }', V],
  ['input-fields-include-deprecated', '{ __type(name: "Filter") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue type { name kind } } } }', V],
  ['input-fields-exclude-deprecated', '{ __type(name: "Filter") { inputFields { name } } }', V],
  ['enum-values-include-deprecated', '{ __type(name: "Kind") { enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } } }', V],
  ['enum-values-exclude-deprecated', '{ __type(name: "Kind") { enumValues { name } } }', V],
  ['is-one-of', '{ a: __type(name: "SearchBy") { isOneOf inputFields { name type { name } } } b: __type(name: "Filter") { isOneOf } c: __type(name: "Animal") { isOneOf } }', V],
  ['specified-by-url', '{ a: __type(name: "Date") { specifiedByURL description } b: __type(name: "Opaque") { specifiedByURL } c: __type(name: "Int") { specifiedByURL description } }', V],
  ['directives-repeatable', '{ __schema { directives { name isRepeatable locations args { name } } } }', V],
  ['directive-args-include-deprecated', '{ __schema { directives { name args(includeDeprecated: true) { name isDeprecated deprecationReason defaultValue } } } }', V],
  ['interfaces-of-interface', '{ a: __type(name: "Named") { kind interfaces { name } possibleTypes { name } } b: __type(name: "Entity") { possibleTypes { name } interfaces { name } } }', V],
  ['possible-types-union', '{ __type(name: "Any") { kind possibleTypes { name } interfaces { name } fields { name } } }', V],
  ['non-applicable-fields-null', '{ __type(name: "Kind") { fields { name } interfaces { name } possibleTypes { name } inputFields { name } ofType { name } specifiedByURL isOneOf } }', V],
  ['wrapped-types', '{ __type(name: "Root") { fields(includeDeprecated: true) { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }', V],
  ['typename-in-introspection', '{ __schema { __typename queryType { __typename name } } __type(name: "Kind") { __typename enumValues { __typename } } }', V],
  ['introspection-alongside-data', '{ plain __typename __type(name: "Date") { name } }', V, { rootValue: { plain: 'p' } }],
  ['introspection-types-by-name', '{ a: __type(name: "__Schema") { name fields { name } } b: __type(name: "__Directive") { fields(includeDeprecated: true) { name } } c: __type(name: "__DirectiveLocation") { enumValues { name } } d: __type(name: "__TypeKind") { enumValues { name } } }', V],
  ['introspection-field-args-of-type', '{ __type(name: "__Type") { fields { name args { name type { name kind ofType { name } } defaultValue } } } }', V],
  ['star-wars-character', '{ __type(name: "Character") { name kind description fields { name description } possibleTypes { name } } }', V, { schema: S.starWars, rootValue: null }],
  ['star-wars-episode', '{ __type(name: "Episode") { enumValues { name description } } }', V, { schema: S.starWars, rootValue: null }],
  ['dog-schema-root-types', '{ __schema { queryType { name fields { name } } mutationType { name } subscriptionType { name fields { name } } } }', V, { schema: S.dog, rootValue: null }],
  ['values-defaults', '{ __type(name: "ComplicatedArgs") { fields { name args { name defaultValue } } } }', V, { schema: S.values, rootValue: null }],
  ['values-input-defaults', '{ __type(name: "ComplexInput") { inputFields { name defaultValue type { kind name ofType { kind name } } } } }', V, { schema: S.values, rootValue: null }],
  ['directives-schema-locations', '{ __schema { directives { name locations isRepeatable } } }', V, { schema: S.directives, rootValue: null }],
  ['abstract-interfaces', '{ __type(name: "Photo") { interfaces { name interfaces { name } } } i: __type(name: "Image") { interfaces { name } possibleTypes { name } } n: __type(name: "Node") { possibleTypes { name } } }', V, { schema: S.abstract, rootValue: null }],
  ['unknown-introspection-field', '{ __schema { nope } }', X(/Cannot query field/)],
  ['type-with-bad-name-arg', '{ __type(name: 1) { name } }', X(badValue)],
  ['include-deprecated-bad-type', '{ __type(name: "Root") { fields(includeDeprecated: "yes") { name } } }', X(badValue)],
]);

// ---------------------------------------------------------------- lexer and locations

group('syntax-lexer', S.values, [
  ['column-counts-utf16-units', '{ complicatedArgs { stringArgField(stringArg: "😀😀" ?) } }', X(syntax)],
  ['column-after-bmp-character', '{ complicatedArgs { stringArgField(stringArg: "éé" ?) } }', X(syntax)],
  ['crlf-line-endings', '{\r\n complicatedArgs {\r\n ? } }', X(syntax)],
  ['cr-line-endings', '{\r complicatedArgs {\r ? } }', X(syntax)],
  ['line-after-block-string', '{ complicatedArgs { stringArgField(stringArg: """a\n\nb\n""") ? } }', X(syntax)],
  ['line-after-comment', '# a comment\n# another\n{ complicatedArgs { ? } }', X(syntax)],
  ['non-ascii-outside-string', '{ complicatedArgs { é } }', X(syntax)],
  ['leading-dot-float', '{ complicatedArgs { floatArgField(floatArg: .5) } }', X(syntax)],
  ['hex-number', '{ complicatedArgs { intArgField(intArg: 0x10) } }', X(syntax)],
  ['double-dot-number', '{ complicatedArgs { floatArgField(floatArg: 1.2.3) } }', X(syntax)],
  ['exponent-without-digits', '{ complicatedArgs { floatArgField(floatArg: 1e) } }', X(syntax)],
  ['minus-alone', '{ complicatedArgs { intArgField(intArg: -) } }', X(syntax)],
  ['negative-zero-int', '{ complicatedArgs { intArgField(intArg: -0) } }', V],
  ['float-overflow-literal', '{ complicatedArgs { floatArgField(floatArg: 1e400) } }', V],
  ['int-huge-literal', '{ complicatedArgs { intArgField(intArg: 99999999999999999999) } }', X(badValue)],
  ['escaped-triple-quote-in-block', '{ complicatedArgs { stringArgField(stringArg: """a\\"""b""") } }', V],
  ['all-simple-escapes', '{ complicatedArgs { stringArgField(stringArg: "\\" \\\\ \\/ \\b \\f \\n \\r \\t") } }', V],
  ['code-point-escape-too-large', '{ complicatedArgs { stringArgField(stringArg: "\\u{110000}") } }', X(syntax)],
  ['code-point-escape-surrogate', '{ complicatedArgs { stringArgField(stringArg: "\\u{D800}") } }', X(syntax)],
  ['lone-trailing-surrogate-escape', '{ complicatedArgs { stringArgField(stringArg: "\\uDE00") } }', X(syntax)],
  ['reversed-surrogate-pair-escape', '{ complicatedArgs { stringArgField(stringArg: "\\uDE00\\uD83D") } }', X(syntax)],
  ['short-unicode-escape', '{ complicatedArgs { stringArgField(stringArg: "\\u12") } }', X(syntax)],
  ['newline-in-string', '{ complicatedArgs { stringArgField(stringArg: "a\nb") } }', X(syntax)],
  ['control-character-in-string', '{ complicatedArgs { stringArgField(stringArg: "a\u0007b") } }', V],
  ['name-starting-with-digit', '{ complicatedArgs { 1field } }', X(syntax)],
  ['two-dots', '{ complicatedArgs { ..F } }', X(syntax)],
  ['spread-without-name', '{ complicatedArgs { ... } }', X(syntax)],
  ['fragment-without-on', '{ complicatedArgs { ...F } } fragment F ComplicatedArgs { intArgField }', X(syntax)],
  ['variable-without-type', 'query Q($v) { complicatedArgs { intArgField(intArg: $v) } }', X(syntax)],
  ['unclosed-list-type', 'query Q($v: [Int) { complicatedArgs { intArgField } }', X(syntax)],
  ['empty-variable-definitions', 'query Q() { complicatedArgs { intArgField } }', X(syntax)],
  ['empty-arguments', '{ complicatedArgs { intArgField() } }', X(syntax)],
  ['object-missing-value', '{ complicatedArgs { complexArgField(complexArg: { requiredField: }) } }', X(syntax)],
  ['unclosed-list-value', '{ complicatedArgs { stringListArgField(stringListArg: [1, }) } }', X(syntax)],
  ['variable-directive-order', 'query Q($v: Int @skip(if: true) = 1) { complicatedArgs { intArgField(intArg: $v) } }', X(syntax)],
  ['keyword-names-as-fields', '{ complicatedArgs { query: intArgField fragment: intArgField on: intArgField true: intArgField null: intArgField } }', V],
  ['enum-value-true-is-boolean', '{ complicatedArgs { enumArgField(enumArg: null) booleanArgField(booleanArg: true) } }', V],
  ['unicode-name-escape-not-allowed', '{ complicatedArgs { int\\u0041rgField } }', X(syntax)],
  ['bom-inside-document', '{ complicatedArgs {\uFEFF intArgField } }', V],
  ['deeply-nested-lists', '{ complicatedArgs { intListListArgField(arg: [[[1]]]) } }', X(badValue)],
]);

// ---------------------------------------------------------------- more validation edge cases

group('validation-overlapping-fields-advanced', S.dog, [
  ['recursive-fragment-no-loop', '{ dog { ...F } } fragment F on Dog { name ...F }', X(/within itself/)],
  ['conflict-via-immediately-recursive-fragment', '{ dog { ...F } } fragment F on Dog { name: nickname ...F name }', X(/within itself|conflict because/)],
  ['conflict-deep-in-fragments', '{ dog { ...A } } fragment A on Dog { owner { ...B } } fragment B on Human { pets { ...C } } fragment C on Pet { name } fragment D on Pet { name: __typename } query Q { dog { owner { pets { ...D } } ...A } }', X(/conflict because|anonymous operation/)],
  ['conflict-three-levels', '{ dog { owner { pets { name } } } dog { owner { pets { name: __typename } } } }', X(overlap)],
  ['no-conflict-same-alias-same-field-different-directives', '{ dog { name @include(if: true) name @skip(if: false) } }', V],
  ['conflict-args-order-irrelevant', '{ arguments { multipleRequirements(x: 1, y: 2) multipleRequirements(y: 2, x: 1) } }', V],
  ['conflict-args-value-differs', '{ arguments { multipleRequirements(x: 1, y: 2) multipleRequirements(x: 1, y: 3) } }', X(overlap)],
  ['conflict-list-arg-values', '{ arguments { booleanListArgField(booleanListArg: [true]) booleanListArgField(booleanListArg: [true, false]) } }', X(overlap)],
  ['same-list-arg-values', '{ arguments { booleanListArgField(booleanListArg: [true, false]) booleanListArgField(booleanListArg: [true, false]) } }', V],
  ['same-object-arg-values', '{ findDog(searchBy: { name: "a", owner: "b" }) { name } findDog(searchBy: { name: "a", owner: "b" }) { name } }', V],
  ['different-object-arg-values', '{ findDog(searchBy: { name: "a" }) { name } findDog(searchBy: { name: "b" }) { name } }', X(overlap)],
  ['conflict-on-interface-then-object', '{ pet { name ... on Dog { name: nickname } } }', X(overlap)],
  ['different-types-nested-under-disjoint', '{ catOrDog { ... on Dog { owner { x: name } } ... on Cat { owner: nickname } } }', X(overlap)],
  ['unknown-fragment-ignored-by-overlap', '{ dog { ...Unknown name } }', X(/Unknown fragment/)],
  ['conflict-reported-once-for-repeats', '{ dog { x: name x: nickname x: name x: nickname } }', X(overlap)],
  ['typename-alias-conflict', '{ dog { __typename __typename: name } }', X(overlap)],
]);

group('validation-multiple-rules', S.dog, [
  ['many-errors-one-document', 'query Q($unused: Int) { dog { unknown meowVolume doesKnowCommand name { x } } ...Missing }', X(/never used|Cannot query field|is required|must not have a selection|Unknown fragment/)],
  ['errors-in-two-operations', 'query A { dog { a } } query B { dog { b } }', X(/Cannot query field/), { operationName: 'A' }],
  ['errors-in-unselected-operation', 'query A { dog { name } } query B { dog { b } }', X(/Cannot query field/), { operationName: 'A' }],
  ['errors-in-unused-fragment', '{ dog { name } } fragment F on Dog { unknown }', X(/never used|Cannot query field/)],
  ['validation-before-operation-selection', 'query A { dog { name } } query A { dog { name } }', X(uniqueOperationNames), { operationName: 'Missing' }],
]);

// ---------------------------------------------------------------- more output coercion

group('coercion-output-more', S.scalars, [
  ['string-from-float', '{ string }', V, S_({ string: 1.5 })],
  ['boolean-from-nonzero', '{ boolean }', V, S_({ boolean: 2 })],
  ['float-from-boolean', '{ float }', V, S_({ float: true })],
  ['int-from-false', '{ int }', V, S_({ int: false })],
  ['int-from-empty-text', '{ int }', E(serialization), S_({ int: '' })],
  ['int-from-fraction-text', '{ int }', E(serialization), S_({ int: '1.5' })],
  ['int-from-large-float', '{ int }', E(serialization), S_({ int: 1e10 })],
  ['float-large', '{ float }', V, S_({ float: 1e300 })],
  ['float-negative', '{ float }', V, S_({ float: -0.001 })],
  ['id-from-negative-int', '{ id }', V, S_({ id: -5 })],
  ['id-from-object', '{ id }', E(serialization), S_({ id: { a: 1 } })],
  ['enum-from-boolean', '{ color }', E(serialization), S_({ color: true })],
  ['string-list-from-mixed', '{ strings }', V, S_({ strings: ['a', 1, true, null] })],
  ['object-list-with-scalars', '{ objs { int } }', V, S_({ objs: [{ int: 1 }, 2, null] })],
  ['nested-list-inner-non-list', '{ matrix }', E(serialization), S_({ matrix: [[1], 2] })],
  ['errors-keep-first-occurrence-order', '{ b: int a: float c: int }', E(serialization), S_({ int: 'x', float: 'y' })],
]);

// ---------------------------------------------------------------- SDL features (defaults, extensions)

group('introspection-sdl', S.defaults, [
  ['argument-default-values', '{ __type(name: "Query") { fields { args { name defaultValue } } } }', V],
  ['input-field-default-values', '{ __type(name: "Point") { inputFields { name defaultValue } } }', V],
  ['extensions-applied', '{ q: __type(name: "Query") { fields { name } } t: __type(name: "Thing") { fields { name } possibleTypes { name } } s: __type(name: "Shape") { possibleTypes { name } } c: __type(name: "Color") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } f: __type(name: "Filter") { inputFields { name defaultValue } } }', V, { schema: S.extensions, rootValue: null }],
  ['extension-empty-and-null-reasons', '{ __type(name: "Box") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }', V, { schema: S.extensions, rootValue: null }],
  ['scalar-extension-specified-by', '{ __type(name: "Url") { name specifiedByURL } }', V, { schema: S.extensions, rootValue: null }],
  ['schema-extension-mutation', '{ __schema { queryType { name } mutationType { name fields { name args { name defaultValue } } } } }', V, { schema: S.extensions, rootValue: null }],
]);

group('execution-extensions', S.extensions, [
  ['extended-fields', '{ a b thing { id label ... on Box { depth width } } }', V],
  ['extended-union-member', '{ shape { __typename ... on Ball { radius } ... on Box { id } } }', V],
  ['extended-enum-input', 'mutation { paint(filter: { color: GREEN, min: 2 }, color: RED) }', V],
  ['extended-input-field-unknown', 'mutation { paint(filter: { colour: GREEN }) }', X(badValue)],
  ['deprecated-field-still-queryable', '{ thing { ... on Box { depth } } }', V],
]);

// ---------------------------------------------------------------- meta fields and descriptions

group('introspection-meta-fields', S.dog, [
  ['unreferenced-builtin-scalar-absent', '{ id: __type(name: "ID") { name } float: __type(name: "Float") { name } string: __type(name: "String") { name } }', V],
  ['float-absent-when-unused', '{ __type(name: "Float") { name } }', V, { schema: S.nulls, rootValue: null }],
  ['schema-on-non-root', '{ dog { __schema { description } } }', X(fieldsOnType)],
  ['type-on-non-root', '{ dog { __type(name: "Dog") { name } } }', X(fieldsOnType)],
  ['typename-with-argument', '{ __typename(x: 1) }', X(knownArgs)],
  ['type-name-from-variable', 'query($n: String!) { __type(name: $n) { name kind } }', V, { variables: { n: 'Pet' } }],
  ['type-name-variable-missing', 'query($n: String!) { __type(name: $n) { name } }', X(badVariable), { variables: {} }],
  ['skip-on-introspection', '{ __schema @skip(if: true) { description } __typename @include(if: false) dog { name } }', V],
  ['aliased-meta-fields', '{ s: __schema { q: queryType { n: name } } t: __type(name: "Cat") { k: kind } n: __typename }', V],
  ['fragment-on-introspection-type', '{ __type(name: "Dog") { ...T } } fragment T on __Type { name fields { name } }', V],
  ['introspection-in-mutation', 'mutation { __typename mutateDog { name } }', V],
  ['schema-in-mutation-root', 'mutation { __schema { description } }', X(fieldsOnType)],
  ['described-mutation', '"Renames the dog." mutation M { mutateDog { name } }', V],
  ['described-anonymous-query-keyword', '"An anonymous query." query { dog { name } }', V],
  ['described-subscription-validated', '"Messages." subscription S { newMessage { body } }', V],
  ['type-of-wrapped-name', '{ __type(name: "[Dog]") { name } }', V],
]);

// ---------------------------------------------------------------- JSON numbers and odd runtime values

group('coercion-json-numbers', S.values, [
  ['int-variable-from-1.0', vArgs('Int', 'intArgField', 'intArg'), V, { variables: { v: raw('1.0') } }],
  ['int-variable-from-1e2', vArgs('Int', 'intArgField', 'intArg'), V, { variables: { v: raw('1e2') } }],
  ['int-variable-from-1.5e0', vArgs('Int', 'intArgField', 'intArg'), X(badVariable), { variables: { v: raw('1.5e0') } }],
  ['int-variable-from-negative-zero', vArgs('Int', 'intArgField', 'intArg'), V, { variables: { v: raw('-0') } }],
  ['int-variable-from-2147483647.0', vArgs('Int', 'intArgField', 'intArg'), V, { variables: { v: raw('2147483647.0') } }],
  ['int-variable-from-2.147483648e9', vArgs('Int', 'intArgField', 'intArg'), X(badVariable), { variables: { v: raw('2.147483648e9') } }],
  ['id-variable-from-5.0', vArgs('ID', 'idArgField', 'idArg'), V, { variables: { v: raw('5.0') } }],
  ['float-variable-from-1e308', vArgs('Float', 'floatArgField', 'floatArg'), V, { variables: { v: raw('1e308') } }],
  ['int-list-from-floats', vArgs('[[Int]]', 'intListListArgField', 'arg'), V, { variables: { v: [[raw('1.0'), raw('2e0')]] } }],
  ['int-output-from-2.0', '{ int }', V, { schema: S.scalars, rootValue: { int: raw('2.0') } }],
  ['id-output-from-5.0', '{ id }', V, { schema: S.scalars, rootValue: { id: raw('5.0') } }],
  ['string-output-from-1.0', '{ string }', V, { schema: S.scalars, rootValue: { string: raw('1.0') } }],
  ['float-output-from-1e2', '{ float }', V, { schema: S.scalars, rootValue: { float: raw('1e2') } }],
  ['int-output-from-1e10', '{ int }', E(serialization), { schema: S.scalars, rootValue: { int: raw('1e10') } }],
]);

group('execution-runtime-values', S.abstract, [
  ['object-field-ignores-typename', '{ person { __typename name } }', V, R({ person: { __typename: 'Photo', id: 'x', name: 'n' } })],
  ['typename-not-a-string', '{ node { id } }', E(/must resolve to an Object type/), R({ node: { __typename: 5, id: 'x' } })],
  ['abstract-value-is-scalar', '{ node { id } }', E(/must resolve to an Object type/), R({ node: 5 })],
  ['abstract-list-with-nulls-and-bad-items', '{ nodes { id } }', E(/must resolve to an Object type|not a possible type|Cannot return null/), R({ nodes: [null, { __typename: 'Person', id: 'u' }, { id: 'missing-typename' }, { __typename: 'Person' }] })],
  ['union-list-from-non-list', '{ search { __typename } }', E(/Expected Iterable/), R({ search: { __typename: 'Person', id: 'u' } })],
  ['typename-empty-string', '{ first { __typename } }', E(/must resolve to an Object type|does not exist/), R({ first: { __typename: '' } })],
]);

// Cases after graphql-js's own OverlappingFieldsCanBeMerged tests.
group('validation-overlapping-fields-boxes', S.boxes, [
  ['conflicting-types-that-may-overlap', '{ someBox { ... on IntBox { scalar } ... on NonNullStringBox1 { scalar } } }', X(overlap)],
  ['compatible-shapes-different-return-types', '{ someBox { ... on SomeBox { deepBox { unrelatedField } } ... on StringBox { deepBox { unrelatedField } } } }', V],
  ['differing-return-types-no-overlap', '{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }', X(overlap)],
  ['differing-nullability-no-overlap', '{ someBox { ... on NonNullStringBox1 { scalar } ... on StringBox { scalar } } }', X(overlap)],
  ['differing-list-no-overlap', '{ someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }', X(overlap)],
  ['differing-list-no-overlap-reversed', '{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: listStringBox { scalar } } } }', X(overlap)],
  ['differing-subfields', '{ someBox { ... on IntBox { box: stringBox { val: scalar val: unrelatedField } } ... on StringBox { box: stringBox { val: scalar } } } }', X(overlap)],
  ['differing-deep-return-types', '{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: intBox { scalar } } } }', X(overlap)],
  ['non-conflicting-overlapping-types', '{ someBox { ... on IntBox { scalar: unrelatedField } ... on StringBox { scalar } } }', V],
  ['same-wrapped-scalar-types', '{ someBox { ... on NonNullStringBox1 { scalar } ... on NonNullStringBox2 { scalar } } }', V],
  ['inline-fragment-without-type-condition', '{ connection { ... { edges { node { id } } } edges { node { id } } } }', V],
  ['deep-types-including-list', '{ connection { ...edgeID edges { node { id: name } } } } fragment edgeID on Connection { edges { node { id } } }', X(overlap)],
  ['ignores-unknown-types', '{ someBox { ... on UnknownType { scalar } ... on NonNullStringBox2 { scalar } } }', X(/Unknown type/)],
  ['non-exclusive-follows-exclusive', '{ someBox { ... on IntBox { deepBox { ...X } } } someBox { ... on StringBox { deepBox { ...Y } } } memoed: someBox { ... on IntBox { deepBox { ...X } } } memoed: someBox { ... on StringBox { deepBox { ...Y } } } other: someBox { ...X } other: someBox { ...Y } } fragment X on SomeBox { ... on StringBox { scalar } } fragment Y on SomeBox { ... on StringBox { scalar: unrelatedField } }', X(overlap)],
  ['deep-conflict-in-nested-fragments', '{ field { ...F } field { ...I } } fragment F on T { x: a ...G } fragment G on T { y: c } fragment I on T { y: d ...J } fragment J on T { x: b }', X(overlap)],
  ['deep-conflict-nearest-common-ancestor', '{ field { deepField { x: a } deepField { x: b } } field { deepField { y } } }', X(overlap)],
  ['deep-conflict-nearest-ancestor-in-fragments', '{ field { ...F } field { ...F } } fragment F on T { deepField { deeperField: field { x: a } deeperField: field { x: b } } deepField { deeperField: field { y } } }', X(overlap)],
  ['conflict-in-root-fragments', '{ ...A ...B } fragment A on Query { x: field { a } } fragment B on Query { x: t { a } }', X(overlap)],
  ['conflict-in-root-fragments-different-fields', '{ ...A ...B } fragment A on Query { x: someBox { unrelatedField } } fragment B on Query { x: connection { edges { node { id } } } }', X(overlap)],
  ['transitively-recursive-fragments', '{ ...fragA } fragment fragA on Query { ...fragB } fragment fragB on Query { ...fragC } fragment fragC on Query { ...fragA }', X(/within itself/)],
  ['recursive-fragment-with-conflict', '{ field { ...R } } fragment R on T { ...R x: a x: b }', X(/within itself|conflict because/)],
  ['args-via-different-variables', 'query($a: Int, $b: Int) { t { withArg(n: $a) { a } withArg(n: $b) { a } } }', X(overlap)],
  ['args-same-variable', 'query($a: Int) { t { withArg(n: $a) { a } withArg(n: $a) { b } } }', V, { variables: { a: 1 } }],
  ['args-in-fragment-spread-twice', '{ t { ...W ...W } } fragment W on T { withArg(n: 1) { a } }', V],
  ['args-missing-vs-null', '{ t { withArg { a } withArg(n: null) { a } } }', X(overlap)],
  ['three-way-conflict', '{ t { x: a x: b x: c } }', X(overlap)],
]);

// When a non-null error bubbles, graphql-js stops completing the object or list it bubbles through:
// sibling fields and later items are never completed, so they add no errors of their own.
group('execution-error-bubbling', S.nulls, [
  ['two-non-null-errors-same-object', '{ item { nn a: nn name } }', E(nonNull), R({ item: { id: '1', nn: null, name: 'x' } })],
  ['two-null-items-in-non-null-list', '{ listOfNN { id } }', E(nonNull), R({ listOfNN: [null, item('2'), null] })],
  ['two-bad-items-in-non-null-ints', '{ intsOfNN }', E(nonNull), R({ intsOfNN: ['x', 2, 'y'] })],
  ['nullable-items-report-every-error', '{ ints }', E(nonNull), R({ ints: ['x', 2, 'y'] })],
  ['errors-in-two-root-fields', '{ item { nn } list { nn } }', E(nonNull), R({ item: { nn: null }, list: [{ nn: null }, { nn: null }] })],
  ['bubble-to-root-with-other-errors', '{ item { nn } itemNN { nn } }', E(nonNull), R({ item: { nn: null }, itemNN: { nn: null } })],
  ['non-null-root-error-after-nullable-errors', '{ list { nn } itemNN { nn } ints }', E(nonNull), R({ list: [{ nn: null }], itemNN: { nn: null }, ints: ['x'] })],
  ['sibling-after-bubbling-field', '{ item { childNN { nn } name child { nn } } }', E(nonNull), R({ item: { name: 'n', childNN: { nn: null }, child: { nn: null } } })],
  ['nested-lists-several-bad', '{ nestedNN { id } }', E(nonNull), R({ nestedNN: [[item('1'), null], [null]] })],
  ['deep-value-nn-in-list', '{ deep { items { id nn } } }', E(nonNull), R({ deep: { items: [{ id: '1' }, { id: '2' }] } })],
]);

// ---------------------------------------------------------------- write

rmSync(casesDir, { recursive: true, force: true });
mkdirSync(casesDir, { recursive: true });
let total = 0;
for (const [file, list] of files) {
  writeFileSync(join(casesDir, `${file}.jsonl`), list.map(toJsonLine).join('\n') + '\n');
  total += list.length;
}
console.log(`wrote ${total} cases in ${files.size} files to ${casesDir}`);
for (const f of readdirSync(casesDir).sort()) console.log(`  ${f}`);
