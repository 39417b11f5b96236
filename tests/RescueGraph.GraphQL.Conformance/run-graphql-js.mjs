// Runs conformance cases through graphql-js and prints {"id","result"} per line.
//   node run-graphql-js.mjs [case files...]          results to stdout
//   node run-graphql-js.mjs --check [case files...]  verify every case's `expect` instead; exit 1 on a miss
import { caseFiles, loadCases, runReference } from './corpus.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const cases = loadCases(caseFiles(args));

/** Why a reference result does not match what the case says it exercises, or null. */
function expectationMiss(c, result) {
  const { verdict, errors } = c.expect ?? {};
  if (!verdict) return 'case has no expect';
  const hasData = 'data' in result;
  if (verdict === 'data' && !hasData) return 'expected execution, got request errors';
  if (verdict === 'errors' && hasData) return 'expected request errors, got data';
  const messages = (result.errors ?? []).map((e) => e.message);
  if (!errors && messages.length > 0) return 'expected no errors';
  if (errors) {
    if (messages.length === 0) return `expected errors matching /${errors}/, got none`;
    const re = new RegExp(errors);
    const stray = messages.filter((m) => !re.test(m));
    if (stray.length > 0) return `errors not matching /${errors}/: ${stray.join(' | ')}`;
  }
  return null;
}

let misses = 0;
const out = [];
for (const c of cases) {
  const result = await runReference(c);
  if (check) {
    const miss = expectationMiss(c, result);
    if (miss) {
      misses++;
      console.log(`MISS ${c.id}: ${miss}\n  ${JSON.stringify(result)}`);
    }
  } else {
    out.push(JSON.stringify({ id: c.id, result }));
  }
}
if (check) {
  console.log(`expectations: ${cases.length - misses} met, ${misses} missed`);
  process.exitCode = misses > 0 ? 1 : 0;
} else {
  process.stdout.write(out.join('\n') + '\n');
}
