// Differential conformance check: runs every case through graphql-js and through RescueGraph.GraphQL
// (the C# runner in this folder) and compares the two results case by case.
//
//   node compare.mjs [case files...] [--filter=<substring of id>] [--quiet] [--messages]
//
// The C# side is `dotnet run -c Release --project <this folder> -- <case files>`, or, when
// CONFORMANCE_ENGINE_DLL names a prebuilt RescueGraph.GraphQL.Conformance.dll, `dotnet <dll> <case files>`;
// CONFORMANCE_ENGINE_COMMAND replaces the command altogether (see engineCommand).
// Ends with `conformance: N passed, N failed`; exit code 1 when any case failed.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertValidSchema, buildSchema } from 'graphql';
import { caseFiles, harnessDir, isSubscriptionCase, loadCases, runReference, schemaFor } from './corpus.mjs';

const args = process.argv.slice(2);
const filter = args.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);
const quiet = args.includes('--quiet');
// Message wording is not part of the verdict; --messages lists where it differs, for information.
const showMessages = args.includes('--messages');
let messageDifferences = 0;
const files = caseFiles(args);
const cases = loadCases(files).filter((c) => !filter || c.id.includes(filter));

/** Marks a disagreement the README documents as deliberate; counted as a pass. */
const ACCEPTED = Symbol('accepted difference');

// ---- corpus sanity: graphql-js must accept every schema the corpus uses.
const badSchemas = [];
for (const sdl of new Set(cases.map((c) => c.schema))) {
  try {
    assertValidSchema(schemaFor(sdl));
  } catch (error) {
    badSchemas.push(`${error.message}\n${sdl.slice(0, 200)}`);
  }
}
if (badSchemas.length > 0) {
  console.error(`corpus sanity: ${badSchemas.length} schema(s) rejected by graphql-js buildSchema:\n${badSchemas.join('\n---\n')}`);
  process.exit(2);
}
console.log(`corpus sanity: ${new Set(cases.map((c) => c.schema)).size} schemas accepted by graphql-js, ${cases.length} cases`);

// ---- the engine's results, by case id.
const engineResults = runEngine(cases);

// ---- compare.
let passed = 0;
let failed = 0;
let accepted = 0;
for (const c of cases) {
  const expected = await runReference(c);
  const actual = engineResults.get(c.id);
  const problem = actual === undefined ? 'the engine printed no result for this case' : disagreement(c, expected, actual);
  if (showMessages && actual !== undefined) reportMessageDifference(c, expected, actual);
  if (problem === null) {
    passed++;
    continue;
  }
  if (problem === ACCEPTED) {
    passed++;
    accepted++;
    continue;
  }
  failed++;
  if (!quiet) {
    console.log(`\nFAIL ${c.id}: ${problem}`);
    console.log(`  document:  ${oneLine(c.document, 300)}`);
    if (c.variables) console.log(`  variables: ${oneLine(JSON.stringify(c.variables), 300)}`);
    if (c.operationName) console.log(`  operation: ${c.operationName}`);
    console.log(`  graphql-js: ${oneLine(JSON.stringify(expected), 700)}`);
    console.log(`  engine:     ${oneLine(JSON.stringify(actual), 700)}`);
  }
}
// ---- the directory's exported SDL (schema/schema.graphql) must be a schema graphql-js accepts as it is.
const exportedSchema = join(harnessDir, '..', '..', 'schema', 'schema.graphql');
if (!filter && existsSync(exportedSchema)) {
  try {
    assertValidSchema(buildSchema(readFileSync(exportedSchema, 'utf8')));
    passed++;
    console.log('schema/schema.graphql: accepted by graphql-js buildSchema');
  } catch (error) {
    failed++;
    console.log(`\nFAIL schema/schema.graphql is rejected by graphql-js buildSchema: ${error.message}`);
  }
}
if (accepted > 0) console.log(`\n(${accepted} passing case(s) are deliberate differences: valid subscriptions the engine declines to execute; see README)`);
if (showMessages) console.log(`(${messageDifferences} case(s) with differently worded error messages)`);
console.log(`conformance: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

// ---------------------------------------------------------------------------------------------

function runEngine(list) {
  // The runner reads the cases from files; write exactly the selected ones to one temp file.
  const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
  try {
    const input = join(dir, 'cases.jsonl');
    writeFileSync(input, list.map(({ area, ...c }) => JSON.stringify(c)).join('\n') + '\n');
    const [command, commandArgs] = engineCommand(input);
    const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 30, cwd: harnessDir });
    if (run.status !== 0) {
      console.error(`engine runner failed (exit ${run.status}):\n${run.stdout?.slice(-4000)}\n${run.stderr?.slice(-4000)}`);
      process.exit(2);
    }
    const results = new Map();
    for (const line of run.stdout.split('\n')) {
      if (!line.startsWith('{')) continue; // dotnet run may print build chatter
      const { id, result } = JSON.parse(line);
      results.set(id, result);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The command that prints the engine's results for a case file. CONFORMANCE_ENGINE_COMMAND (split on
 * spaces) replaces it entirely, e.g. `node run-graphql-js.mjs` to check this script against itself.
 */
function engineCommand(input) {
  const custom = process.env.CONFORMANCE_ENGINE_COMMAND;
  if (custom) {
    const [command, ...rest] = custom.split(' ').filter(Boolean);
    return [command, [...rest, input]];
  }
  const dll = process.env.CONFORMANCE_ENGINE_DLL;
  return dll
    ? ['dotnet', [dll, input]]
    : ['dotnet', ['run', '-c', 'Release', '--project', harnessDir, '--', input]];
}

/** null when the engine agrees with graphql-js, ACCEPTED for a documented difference, else why not. */
function disagreement(c, expected, actual) {
  const expectedExecuted = 'data' in expected;
  const actualExecuted = 'data' in actual;

  if (expectedExecuted && !actualExecuted && isSubscriptionCase(c) && declinedSubscription(actual)) {
    return ACCEPTED;
  }
  if (expectedExecuted !== actualExecuted) {
    return expectedExecuted
      ? `verdict: graphql-js executed, engine returned request errors (${messages(actual)})`
      : `verdict: graphql-js rejected (${messages(expected)}), engine executed`;
  }

  if (!expectedExecuted) {
    return multisetDifference('error locations', (expected.errors ?? []).map(locationKey), (actual.errors ?? []).map(locationKey));
  }

  const normalise = c.area.startsWith('introspection') ? normaliseDescriptions : (value) => value;
  const dataDiff = firstDifference(normalise(expected.data), normalise(actual.data), 'data');
  if (dataDiff) return dataDiff;
  return multisetDifference('error paths', (expected.errors ?? []).map(pathKey), (actual.errors ?? []).map(pathKey));
}

function declinedSubscription(result) {
  const list = result.errors ?? [];
  return list.length > 0 && list.every((e) => /subscription/i.test(e.message));
}

function locationKey(error) {
  const locations = [...(error.locations ?? [])].sort((a, b) => a.line - b.line || a.column - b.column);
  return locations.map((l) => `${l.line}:${l.column}`).join(',') || '(none)';
}

function pathKey(error) {
  return error.path ? JSON.stringify(error.path) : '(no path)';
}

function multisetDifference(what, expectedKeys, actualKeys) {
  const counts = new Map();
  for (const k of expectedKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const k of actualKeys) counts.set(k, (counts.get(k) ?? 0) - 1);
  const missing = [];
  const extra = [];
  for (const [k, n] of counts) {
    for (let i = 0; i < Math.abs(n); i++) (n > 0 ? missing : extra).push(k);
  }
  if (missing.length === 0 && extra.length === 0) return null;
  return `${what} differ: graphql-js [${expectedKeys.join(' ; ')}] vs engine [${actualKeys.join(' ; ')}]` +
    (missing.length ? `; missing in engine: ${missing.join(' ; ')}` : '') +
    (extra.length ? `; extra in engine: ${extra.join(' ; ')}` : '');
}

/** First place two JSON values differ, key order included, as a readable message; null when identical. */
function firstDifference(expected, actual, path) {
  if (expected === actual) return null;
  const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(expected) !== kind(actual)) return `at ${path}: graphql-js ${short(expected)} vs engine ${short(actual)}`;
  if (Array.isArray(expected)) {
    if (expected.length !== actual.length) return `at ${path}: list length ${expected.length} vs engine ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (kind(expected) === 'object') {
    const ek = Object.keys(expected);
    const ak = Object.keys(actual);
    if (ek.join('\u0000') !== ak.join('\u0000')) return `at ${path}: keys ${JSON.stringify(ek)} vs engine ${JSON.stringify(ak)}`;
    for (const k of ek) {
      const d = firstDifference(expected[k], actual[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return `at ${path}: graphql-js ${short(expected)} vs engine ${short(actual)}`;
}

/** Block-string descriptions may be dedented differently; compare them with whitespace collapsed. */
function normaliseDescriptions(value) {
  if (Array.isArray(value)) return value.map(normaliseDescriptions);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === 'description' && typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : normaliseDescriptions(v);
  }
  return out;
}

function reportMessageDifference(c, expected, actual) {
  const sorted = (result) => (result.errors ?? []).map((e) => e.message).sort();
  const e = sorted(expected);
  const a = sorted(actual);
  if (e.join('\n') === a.join('\n')) return;
  messageDifferences++;
  console.log(`MESSAGE ${c.id}\n  graphql-js: ${e.join(' | ')}\n  engine:     ${a.join(' | ')}`);
}

function messages(result) {
  return (result.errors ?? []).map((e) => e.message).join(' | ').slice(0, 300);
}

function short(value) {
  return oneLine(JSON.stringify(value) ?? 'undefined', 200);
}

function oneLine(text, max) {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
