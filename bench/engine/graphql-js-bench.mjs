// Runs the engine benchmark cases through graphql-js (the reference implementation) on the same
// machine, so bench/engine/run can put both side by side. Prints one JSON object per case.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { animals } from './data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../../tests/RescueGraph.GraphQL.Conformance/package.json'));
const { buildSchema, parse, validate, execute, getIntrospectionQuery } = require('graphql');

const read = (name) => readFileSync(join(here, 'cases', name), 'utf8');
const schema = buildSchema(read('schema.graphql'));
const query2kb = read('query-2kb.graphql');
const listDocument = parse(read('list-100x10.graphql'));
const introspectionDocument = parse(getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true,
  schemaDescription: true, inputValueDeprecation: true, oneOf: true,
}));
const rootValue = { animals: animals(100) };

const cases = {
  ParseAndValidate2KB: () => {
    const errors = validate(schema, parse(query2kb));
    if (errors.length) throw new Error(errors[0].message);
  },
  Execute100x10: () => JSON.stringify(execute({ schema, document: listDocument, rootValue })),
  Introspection: () => JSON.stringify(execute({ schema, document: introspectionDocument })),
};

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
for (const [name, run] of Object.entries(cases)) {
  const warmupEnd = performance.now() + 1500;
  while (performance.now() < warmupEnd) run();
  let operations = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 50; i++) run();
    operations += 50;
  }
  const elapsedMs = performance.now() - start;
  console.log(JSON.stringify({ case: name, opsPerSecond: operations / (elapsedMs / 1000), meanMicroseconds: (elapsedMs * 1000) / operations }));
}
