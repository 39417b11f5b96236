// The two GraphQL servers under test, started against one database, and a minimal client for them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, buildSchema } from 'graphql';
import { startProcess, stopProcess, logTail, freeLoopbackPort, residentMegabytes, sleep } from './process-util.mjs';

const LOOPBACK = '127.0.0.1';

export class GraphQLServer {
  constructor({ key, label, child, port, readyPath }) {
    Object.assign(this, { key, label, child, port, readyPath });
    this.url = `http://${LOOPBACK}:${port}/graphql`;
  }

  get pid() { return this.child.pid; }

  /** Why the process is gone (exit code or signal), or undefined while it runs. */
  get exitReason() {
    if (this.child.exitCode !== null) return `exited with code ${this.child.exitCode}`;
    if (this.child.signalCode !== null) return `killed by ${this.child.signalCode} (not by the benchmark)`;
    return undefined;
  }
  residentMegabytes() { return residentMegabytes(this.child.pid); }
  stop() { return stopProcess(this.child); }

  /**
   * The request body for one operation: plain POST, or for a server that supports persisted (trusted) documents
   * (`persistDocument` set to a function storing the text and returning its id) `{ documentId, variables }`
   * (GraphQL over HTTP's persisted documents convention).
   */
  body(document, variables) {
    if (this.persistDocument) return JSON.stringify({ documentId: this.persistDocument(document), variables });
    return this.plainBody(document, variables);
  }

  /** The same operation as plain POST (the document's text), whatever the server supports. */
  plainBody(document, variables) { return JSON.stringify({ query: document, variables }); }

  async post(document, variables) {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: this.body(document, variables),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: response.status, json, text };
  }

  /** The schema as served (introspection), so documents are checked against what runs, not a stale file. */
  async schema(fallbackSdlFile) {
    const { status, json } = await this.post(getIntrospectionQuery());
    if (status === 200 && json?.data?.__schema) return buildClientSchema(json.data);
    if (fallbackSdlFile && existsSync(fallbackSdlFile)) return buildSchema(readFileSync(fallbackSdlFile, 'utf8'));
    throw new Error(`introspection failed (HTTP ${status}): ${JSON.stringify(json?.errors ?? json)?.slice(0, 300)}`);
  }

  async waitReady(timeoutSeconds = 90) {
    const readyUrl = `http://${LOOPBACK}:${this.port}${this.readyPath}`;
    const deadline = Date.now() + timeoutSeconds * 1000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`${this.label} exited (${this.child.exitCode}):\n${logTail(this.child)}`);
      try {
        const response = await fetch(readyUrl, this.readyPath === '/graphql'
          ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' }
          : {});
        if (response.status === 200) return;
      } catch { /* not listening yet */ }
      await sleep(250);
    }
    throw new Error(`${this.label} not ready after ${timeoutSeconds}s:\n${logTail(this.child)}`);
  }
}

/** RescueGraph's directory host (a Release build), configured by environment only. */
export async function startRescueGraph({ hostDll, connectionString, logDir }) {
  if (!existsSync(hostDll)) throw new Error(`host not built (${path.relative(process.cwd(), hostDll)} missing)`);
  const port = await freeLoopbackPort();
  // Scenarios go as trusted documents, as partner sites run in production: each text is stored once as
  // <sha256>.graphql in a folder of this run (what `persisted extract` writes) and sent by `documentId`.
  const persistedFolder = path.join(logDir, 'persisted-documents');
  mkdirSync(persistedFolder, { recursive: true });
  const child = startProcess('rescuegraph', 'dotnet', [hostDll], {
    logDir,
    cwd: path.dirname(hostDll),
    env: {
      ConnectionStrings__Directory: connectionString,
      ASPNETCORE_URLS: `http://${LOOPBACK}:${port}`,
      ASPNETCORE_ENVIRONMENT: 'Production',
      Logging__LogLevel__Default: 'Warning',
      // The load generator is one client on 127.0.0.1 sending thousands of requests a second: the per-client rate
      // limit (6,000 a minute by default) would answer 429, and the default cost limit refuses the 50-card listing
      // (scenario 1). Both protect a public deployment from one client; here they would only measure the refusal.
      GraphQL__RateLimit__PermitLimit: '1000000000',
      // Trusted documents get the privileged budget (10,000); the scenarios' plain-POST runs come from the same
      // anonymous client and get the same budget here, so both modes run every scenario (the listing costs ~2,000).
      GraphQL__Cost__MaxFieldCost: '10000',
      GraphQL__Cost__MaxTypeCost: '10000',
      GraphQL__Cost__PrivilegedMultiplier: '1',
      GraphQL__PersistedDocuments__Folder: persistedFolder,
    },
  });
  const server = new GraphQLServer({ key: 'ours', label: 'RescueGraph', child, port, readyPath: '/healthz/ready' });
  server.persistDocument = document => {
    const id = createHash('sha256').update(document, 'utf8').digest('hex');
    const file = path.join(persistedFolder, `${id}.graphql`);
    if (!existsSync(file)) writeFileSync(file, document);
    return id;
  };
  try { await server.waitReady(); } catch (error) { await server.stop(); throw error; }
  return server;
}

/** PostGraphile 4 (bench/service/peer), one worker per core, as the read-only bench_peer role. */
export async function startPostGraphile({ connectionUri, logDir, workers = 2 }) {
  const port = await freeLoopbackPort();
  const script = new URL('../peer/postgraphile-server.cjs', import.meta.url).pathname;
  const child = startProcess('postgraphile', process.execPath, [script, String(port), connectionUri, String(workers)], { logDir });
  const server = new GraphQLServer({ key: 'peer', label: 'PostGraphile', child, port, readyPath: '/graphql' });
  try { await server.waitReady(); } catch (error) { await server.stop(); throw error; }
  return server;
}
