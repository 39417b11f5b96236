// Checks that compare.mjs notices disagreements: it is run against a fake "engine" that is graphql-js
// with deliberate perturbations, and must fail exactly the perturbed cases.
//   node selftest.mjs
import { spawnSync } from 'node:child_process';
import { caseFiles, harnessDir, loadCases, runReference, isSubscriptionCase } from './corpus.mjs';

if (process.argv[2] === '--fake-engine') {
  // Perturb every third case in a way compare.mjs must catch; leave the rest untouched.
  const cases = loadCases([process.argv[3]]);
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const result = await runReference(c);
    if (isSubscriptionCase(c) && 'data' in result) {
      // The engine's documented refusal: must be accepted, not failed.
      console.log(JSON.stringify({ id: c.id, result: { errors: [{ message: 'Subscriptions are not supported.' }] } }));
      continue;
    }
    if (i % 3 === 0) perturb(result);
    console.log(JSON.stringify({ id: c.id, result }));
  }
  process.exit(0);
}

function perturb(result) {
  if (!('data' in result)) {
    result.errors[0].locations = [{ line: 99, column: 1 }];
  } else if (result.errors?.length) {
    result.errors[0].path = ['perturbed'];
  } else if (result.data && typeof result.data === 'object' && Object.keys(result.data).length > 1) {
    result.data = Object.fromEntries(Object.entries(result.data).reverse());
  } else {
    delete result.data;
    result.errors = [{ message: 'perturbed', locations: [{ line: 1, column: 1 }] }];
  }
}

// compare.mjs hands the fake engine one file holding every case in this order, so indices line up.
const cases = loadCases(caseFiles([]));
let expectedFailures = 0;
for (let i = 0; i < cases.length; i += 3) {
  const result = await runReference(cases[i]);
  if (!(isSubscriptionCase(cases[i]) && 'data' in result)) expectedFailures++;
}

const run = spawnSync('node', ['compare.mjs', '--quiet'], {
  cwd: harnessDir, encoding: 'utf8',
  env: { ...process.env, CONFORMANCE_ENGINE_COMMAND: 'node selftest.mjs --fake-engine' },
});
const summary = run.stdout.trim().split('\n').pop();
const match = /^conformance: (\d+) passed, (\d+) failed$/.exec(summary);
const failed = match ? Number(match[2]) : -1;
const ok = match && run.status === 1 && failed === expectedFailures && Number(match[1]) + failed === cases.length;
console.log(`selftest: expected ${expectedFailures} failures; compare.mjs reported "${summary}" (exit ${run.status}): ${ok ? 'OK' : 'FAILED'}`);
process.exitCode = ok ? 0 : 1;
