// Runs every graphql-http server audit (MUST, SHOULD and MAY) against a GraphQL endpoint.
// Usage: node audit.mjs <url>   e.g. node audit.mjs http://127.0.0.1:5000/graphql
// Exit code 1 when any audit fails, whatever its level: the project targets all of them.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

// Sequential, so a failure's log lines stay next to the request that caused them.
const results = [];
for (const { fn } of serverAudits({ url })) {
  results.push(await fn());
}

let failed = 0;
for (const result of results) {
  if (result.status === 'ok') continue;
  failed++;
  let body = '';
  try {
    body = await result.response.text();
  } catch {
    // The body may already have been consumed by the audit's own assertion.
  }
  console.log(`FAIL [${result.status}] ${result.id} ${result.name}`);
  console.log(`     reason: ${result.reason}`);
  console.log(`     status: ${result.response.status}, content-type: ${result.response.headers.get('content-type')}`);
  if (body) console.log(`     body: ${body.slice(0, 500)}`);
}

console.log(`audit: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
