// Shared by the harness scripts: locating and loading the case files, and running a case in graphql-js.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, getOperationAST, graphql, parse } from 'graphql';

export const harnessDir = dirname(fileURLToPath(import.meta.url));
export const casesDir = join(harnessDir, 'cases');

/** The case files named on the command line, or every cases/*.jsonl. */
export function caseFiles(args) {
  const named = args.filter((a) => !a.startsWith('--'));
  if (named.length > 0) return named.map((f) => resolve(f));
  return readdirSync(casesDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(casesDir, f));
}

/** Every case of the given files, each tagged with the file (area) it came from. */
export function loadCases(files) {
  const cases = [];
  for (const file of files) {
    const area = file.split(/[\\/]/).pop().replace(/\.jsonl$/, '');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      cases.push({ ...JSON.parse(line), area });
    }
  }
  return cases;
}

const schemaCache = new Map();

/** buildSchema, once per SDL text (like the C# runner does). Throws on an invalid schema. */
export function schemaFor(sdl) {
  let schema = schemaCache.get(sdl);
  if (!schema) {
    schema = buildSchema(sdl);
    schemaCache.set(sdl, schema);
  }
  return schema;
}

/** The reference result: graphql-js's graphql(), serialised and parsed back as plain JSON. */
export async function runReference(c) {
  const result = await graphql({
    schema: schemaFor(c.schema),
    source: c.document,
    rootValue: c.rootValue ?? undefined,
    variableValues: c.variables ?? undefined,
    operationName: c.operationName ?? undefined,
  });
  return JSON.parse(JSON.stringify(result));
}

/** The operation the case selects is a subscription (false when the document does not parse). */
export function isSubscriptionCase(c) {
  try {
    return getOperationAST(parse(c.document), c.operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false;
  }
}
