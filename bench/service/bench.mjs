// Service benchmarks: RescueGraph's directory host vs PostGraphile 4 vs the database's own ceiling (pgbench),
// on synthetic data sets in a PostgreSQL cluster of our own. Run through bench/run; prints one table.
import { parseArgs } from 'node:util';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { BenchCluster } from './lib/database.mjs';
import { startRescueGraph, startPostGraphile } from './lib/servers.mjs';
import { scenarios, documentsFor, chooseParameters, expectData, objectCount, ceilingScript } from './lib/scenarios.mjs';
import { runLoad } from './lib/load.mjs';
import { killAllStarted, run } from './lib/process-util.mjs';

const { values: options } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    'work-dir': { type: 'string' },
    'host-build-error': { type: 'string' },
    scenarios: { type: 'string' },
  },
});

// --scenarios 1,2c,4: only those rows (a number alone selects its lettered variants: 2 → 2a 2b 2c 2d). The scale
// phase on the small set runs only with scenario 1; the soak only when every scenario runs.
const selected = options.scenarios
  ? scenarios.filter(s => options.scenarios.split(',').map(t => t.trim()).filter(Boolean)
    .some(token => s.id === token || (/^\d+$/.test(token) && s.id.replace(/[a-z]+$/, '') === token)))
  : scenarios;
if (!selected.length) {
  console.error(`--scenarios ${options.scenarios}: no such scenario (ids: ${scenarios.map(s => s.id).join(', ')})`);
  process.exit(2);
}

const profiles = {
  short: { name: 'short', small: 10_000, large: 200_000, deepRow: 500_000, warmup: 2, saturation: 5, fixed: 5, soakMinutes: 0 },
  full: { name: 'full', small: 10_000, large: 1_000_000, deepRow: 500_000, warmup: 10, saturation: 20, fixed: 20, soakMinutes: 10 },
};
// Warm-up: both servers compile their hot paths while they run (V8; .NET's tiered JIT, which on 2 busy cores took
// 20-30 s to reach steady state after a start). The full run warms each scenario 10 s, the short run 2 s.
const profile = options.full ? profiles.full : profiles.short;
const connections = 32;
// Latency is measured at a fixed rate both servers can sustain: this share of the slower one's saturation rate.
const fixedRateShare = 0.5;
const seed = 42;

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const workDir = options['work-dir'] ?? path.join(os.tmpdir(), 'rescuegraph-bench');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(workDir, 'logs', stamp);
const toolDll = path.join(here, 'Tool/bin/Release/net10.0/RescueGraph.Bench.Service.dll');
const hostDll = path.join(root, 'src/RescueGraph.Directory.Api/bin/Release/net10.0/RescueGraph.Directory.Api.dll');
const labels = { ours: 'RescueGraph', peer: 'PostGraphile' };

const cluster = new BenchCluster({ root, workDir, toolDll });
const say = message => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { killAllStarted(); cluster.stop(); process.exit(130); });
}

try {
  await main();
} finally {
  killAllStarted();
  cluster.stop();
}

async function main() {
  mkdirSync(logDir, { recursive: true });
  say(`${profile.name} run; work directory ${workDir}`);
  cluster.start();
  say(`cluster on 127.0.0.1:${cluster.port}`);

  const withListing = selected.some(s => s.id === '1');
  const large = await seedSet(profile.large);
  const small = withListing ? await seedSet(profile.small) : null;

  const report = { profile, connections, date: new Date().toISOString(), machine: machine(), sizes: { large: profile.large, small: profile.small }, rows: [], notes: [] };

  // Phase 1: every scenario on the large set.
  say(`measuring on ${profile.large.toLocaleString('en')} animals`);
  const largePhase = await withServers(large.database, async (servers, params) => {
    report.parameters = params;
    for (const scenario of selected) report.rows.push(await measureScenario(scenario, servers, params, large.database));
    if (profile.soakMinutes && selected.length === scenarios.length) report.soak = await soak(servers.ours, report.rows);
  });
  report.notes.push(...largePhase);
  if (selected.length !== scenarios.length) report.notes.push(`scenarios ${selected.map(s => s.id).join(', ')} only (--scenarios ${options.scenarios})`);

  // Phase 2: the listing on the small set at the same fixed rate, for the scale ratio.
  if (small) await smallListingPhase(report, small);

  const table = render(report);
  console.log(table);
  const resultsDir = path.join(workDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, `${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(path.join(resultsDir, `${stamp}.md`), table + '\n');
  say(`results in ${resultsDir}/${stamp}.{md,json}; server logs in ${logDir}`);
}

/** The listing on the small set at the large set's fixed rate: the scale ratio's denominator. */
async function smallListingPhase(report, small) {
  say(`measuring the listing on ${profile.small.toLocaleString('en')} animals`);
  const listing = scenarios.find(s => s.id === '1');
  const smallPhase = await withServers(small.database, async (servers, params) => {
    report.smallListing = {};
    for (const key of ['ours', 'peer']) {
      const plan = await planFor(listing, key, servers[key], params);
      const rate = rowOf(report, '1')?.fixedRate;
      if (plan.status !== 'ready' || !rate) { report.smallListing[key] = { na: plan.reason ?? 'no fixed rate from the large set' }; continue; }
      await runLoad({ url: servers[key].url, bodies: [plan.body], connections, seconds: profile.warmup });
      report.smallListing[key] = await runLoad({ url: servers[key].url, bodies: [plan.body], connections, seconds: profile.fixed, overallRate: rate });
    }
  });
  report.notes.push(...smallPhase);
}

/** Seeds (or reuses) the synthetic set of `animals`: the host's `seed synthetic` command, else our Tool console. */
async function seedSet(animals) {
  const result = await cluster.ensureSynthetic(animals, {
    fresh: options.fresh,
    load: connectionString => {
      try {
        run('dotnet', [hostDll, 'seed', 'synthetic', '--animals', String(animals), '--seed', String(seed), '--connection', connectionString], { cwd: path.dirname(hostDll) });
        return 'host `seed synthetic`';
      } catch {
        run('dotnet', [toolDll, 'seed', '--connection', connectionString, '--animals', String(animals), '--seed', String(seed)]);
        return 'bench/service/Tool (host command unavailable)';
      }
    },
  });
  say(result.reused ? `reusing ${result.database}` : `seeded ${result.database} in ${result.seconds.toFixed(0)} s via ${result.how}`);
  return result;
}

/** Starts both servers on `database`, runs `body`, stops them; returns notes about servers that could not start. */
async function withServers(database, body) {
  await cluster.grantPeerRole(database, 'bench_peer');
  const params = await chooseParameters(cluster, database, { deepRow: profile.deepRow });
  const notes = [];
  const servers = {};
  const hostError = options['host-build-error'];
  if (hostError) servers.ours = { unavailable: `host build failed: ${hostError}` };
  else {
    try { servers.ours = await startRescueGraph({ hostDll, connectionString: cluster.connectionString(database), logDir }); }
    catch (error) { servers.ours = { unavailable: firstLine(error.message) }; notes.push(`RescueGraph did not start: ${error.message}`); }
  }
  try { servers.peer = await startPostGraphile({ connectionUri: cluster.connectionUri(database, 'bench_peer'), logDir }); }
  catch (error) { servers.peer = { unavailable: firstLine(error.message) }; notes.push(`PostGraphile did not start: ${error.message}`); }
  try {
    for (const key of ['ours', 'peer']) {
      const server = servers[key];
      if (server.unavailable) continue;
      try { server.graphqlSchema = await server.schema(key === 'ours' ? path.join(root, 'schema/schema.graphql') : undefined); }
      catch (error) { server.schemaError = firstLine(error.message); }
    }
    await body(servers, params);
  } finally {
    for (const server of Object.values(servers)) if (server.stop) await server.stop();
  }
  return notes;
}

/** Whether `key`'s server can run `scenario`, and if so the exact request body (after any setup requests). */
async function planFor(scenario, key, server, params) {
  if (server.unavailable) return { status: 'n/a', reason: `server unavailable: ${server.unavailable}` };
  if (server.exitReason) return { status: 'failed', reason: `${server.label} ${server.exitReason}` };
  if (key === 'peer' && scenario.peerLacks) return { status: 'n/a', reason: scenario.peerLacks };
  const documents = documentsFor(scenario, key);
  if (!documents.length) return { status: 'n/a', reason: 'no document written' };
  if (server.schemaError) return { status: 'n/a', reason: `schema unavailable: ${server.schemaError}` };
  let targetProblem;
  for (const { variant, text } of documents) {
    const problems = validate(server.graphqlSchema, parse(text));
    if (problems.length) { targetProblem ??= problems[0].message; continue; }
    try {
      const setup = scenario.setup ? await scenario.setup(server, params, text) : {};
      const variables = scenario.variables(key, params, setup, variant);
      const data = await expectData(server, text, variables);
      writeFileSync(path.join(logDir, `sample-${scenario.id}-${key}.json`), JSON.stringify({ variant, variables, data }, null, 2));
      return {
        status: 'ready', variant, body: server.body(text, variables), items: objectCount(data), setup,
        // A server sent persisted documents is also measured with the document's text (plain POST).
        plainBody: server.persistDocument ? server.plainBody(text, variables) : undefined,
        reason: variant === 'interim' ? `interim document; the target one fails: ${targetProblem}` : undefined,
      };
    } catch (error) {
      return { status: 'failed', reason: firstLine(error.message) };
    }
  }
  return { status: 'n/a', reason: `schema lacks: ${targetProblem}` };
}

/** Saturation for both servers (alternating), then both at one fixed rate, then the pgbench ceiling. */
async function measureScenario(scenario, servers, params, database) {
  const row = { id: scenario.id, name: scenario.name, sameShape: scenario.sameShape };
  for (const key of ['ours', 'peer']) row[key] = { plan: await planFor(scenario, key, servers[key], params) };
  const ready = ['ours', 'peer'].filter(key => row[key].plan.status === 'ready');
  say(`scenario ${scenario.id}: ${['ours', 'peer'].map(k => `${labels[k]} ${row[k].plan.status}${row[k].plan.reason ? ` (${row[k].plan.reason})` : ''}`).join('; ')}`);

  for (const key of ready) {
    const { url } = servers[key];
    const bodies = [row[key].plan.body];
    await cluster.waitIdle(database);
    await runLoad({ url, bodies, connections, seconds: profile.warmup });
    await cluster.waitIdle(database);
    await cluster.resetStatementStatistics(database);
    const saturation = await runLoad({ url, bodies, connections, seconds: profile.saturation });
    const statements = await cluster.statementCalls(database);
    row[key].saturation = saturation;
    // A scenario slower than the run completes nothing: no per-request figure rather than a made-up one.
    row[key].statementsPerRequest = saturation.completed ? statements / saturation.completed : undefined;
    if (row[key].plan.plainBody) {
      await cluster.waitIdle(database);
      row[key].plainSaturation = await runLoad({ url, bodies: [row[key].plan.plainBody], connections, seconds: profile.saturation });
    }
    if (servers[key].exitReason) row[key].plan = { status: 'failed', reason: `${servers[key].label} ${servers[key].exitReason} during the run` };
  }
  if (ready.length) {
    row.fixedRate = Math.max(5, Math.round(fixedRateShare * Math.min(...ready.map(k => row[k].saturation.requestsPerSecond))));
    for (const key of ready) {
      const server = servers[key];
      if (server.exitReason) continue;
      await cluster.waitIdle(database);
      row[key].fixed = await runLoad({ url: server.url, bodies: [row[key].plan.body], connections, seconds: profile.fixed, overallRate: row.fixedRate });
      row[key].rssMegabytes = server.residentMegabytes();
    }
  }
  if (scenario.ceiling) {
    try { row.ceiling = cluster.pgbench(database, ceilingScript(scenario.dir), { clients: connections, seconds: profile.saturation, defines: scenario.ceiling(params) }); }
    catch (error) { row.ceiling = { error: firstLine(error.message) }; }
  }
  return row;
}

/** Mixed scenarios (the ones measured ready on our server) at a fixed rate in one-minute windows. */
async function soak(server, rows) {
  if (!server || server.unavailable) return { na: 'RescueGraph unavailable' };
  const bodies = rows.filter(row => row.ours.plan.status === 'ready').map(row => row.ours.plan.body);
  if (!bodies.length) return { na: 'no scenario runs on RescueGraph' };
  const probe = await runLoad({ url: server.url, bodies, connections, seconds: 10 });
  const rate = Math.max(5, Math.round(fixedRateShare * probe.requestsPerSecond));
  say(`soak: ${profile.soakMinutes} min of ${bodies.length} mixed scenarios at ${rate} req/s`);
  const windows = [];
  for (let minute = 0; minute < profile.soakMinutes; minute++) {
    const window = await runLoad({ url: server.url, bodies, connections, seconds: 60, overallRate: rate });
    if (server.exitReason) return { na: `${server.label} ${server.exitReason} in minute ${minute + 1} of the soak`, rate };
    windows.push({ ...window, rssMegabytes: server.residentMegabytes() });
  }
  const [first, last] = [windows[0], windows.at(-1)];
  return { rate, scenarios: bodies.length, first, last, errors: windows.reduce((sum, w) => sum + w.errors, 0) };
}

// ---- report -----------------------------------------------------------------------------------------------

function render(report) {
  const lines = [];
  const m = report.machine;
  lines.push(`RescueGraph service benchmark — ${report.date.slice(0, 16).replace('T', ' ')} UTC, ${profile.name} run`);
  lines.push(`machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB RAM, PostgreSQL ${m.postgres}, .NET ${m.dotnet}, Node ${process.versions.node}`);
  lines.push(`data: ${report.sizes.large.toLocaleString('en')} animals (scale row also ${report.sizes.small.toLocaleString('en')}); ${connections} connections; ` +
    `saturation ${profile.saturation} s, latency at a fixed rate (${fixedRateShare * 100}% of the slower server's saturation) ${profile.fixed} s; deep page at row ${report.parameters?.deepRow?.toLocaleString('en')}`);
  lines.push('');
  const header = ['#', 'scenario', 'RG req/s', 'RG POST req/s', 'PG req/s', 'RG÷PG', 'POST÷PG', 'rate', 'RG p50/p99 ms', 'PG p50/p99 ms', 'pgbench tps', 'RG÷pgbench', 'RG SQL/req', 'PG SQL/req', 'RG RSS MB', 'PG RSS MB', 'errors RG/PG'];
  const rows = [header];
  const footnotes = [];
  for (const row of report.rows) {
    const cell = key => {
      const side = row[key];
      if (side.plan.status === 'ready') {
        if (side.plan.variant === 'interim') footnotes.push(`${row.id} ${labels[key]}: * ${side.plan.reason}`);
        return null;
      }
      const mark = side.plan.status === 'failed' ? 'FAILED' : 'n/a';
      footnotes.push(`${row.id} ${labels[key]}: ${mark} — ${side.plan.reason}`);
      return mark;
    };
    const naOurs = cell('ours');
    const naPeer = cell('peer');
    const rps = key => row[key].saturation
      ? rate(row[key].saturation.requestsPerSecond) + (row[key].plan.variant === 'interim' ? '*' : '')
      : (key === 'ours' ? naOurs : naPeer);
    const lat = key => row[key].fixed ? `${row[key].fixed.p50}/${row[key].fixed.p99}` : '–';
    const ratio = (a, b) => (a !== undefined && b ? `${(a / b).toFixed(2)}×` : '–');
    const errors = key => row[key].saturation
      ? String(row[key].saturation.errors + (row[key].plainSaturation?.errors ?? 0) + (row[key].fixed?.errors ?? 0)) : '–';
    for (const key of ['ours', 'peer']) {
      const detail = row[key].saturation?.errorDetail.firstBodyError ?? row[key].plainSaturation?.errorDetail.firstBodyError
        ?? row[key].fixed?.errorDetail.firstBodyError;
      if (detail) footnotes.push(`${row.id} ${labels[key]} error body: ${detail}`);
    }
    if (row.ceiling?.error) footnotes.push(`${row.id} pgbench: ${row.ceiling.error}`);
    if (row.sameShape !== false && row.ours.plan.items !== undefined && row.peer.plan.items !== undefined && row.ours.plan.items !== row.peer.plan.items)
      footnotes.push(`${row.id}: objects returned differ — RescueGraph ${row.ours.plan.items}, PostGraphile ${row.peer.plan.items}`);
    rows.push([
      row.id, row.name, rps('ours'), row.ours.plainSaturation ? rate(row.ours.plainSaturation.requestsPerSecond) : '–', rps('peer'),
      ratio(row.ours.saturation?.requestsPerSecond, row.peer.saturation?.requestsPerSecond),
      ratio(row.ours.plainSaturation?.requestsPerSecond, row.peer.saturation?.requestsPerSecond),
      row.fixedRate ? String(row.fixedRate) : '–', lat('ours'), lat('peer'),
      row.ceiling?.tps ? row.ceiling.tps.toFixed(0) : '–',
      ratio(row.ours.saturation?.requestsPerSecond, row.ceiling?.tps),
      row.ours.statementsPerRequest?.toFixed(1) ?? '–', row.peer.statementsPerRequest?.toFixed(1) ?? '–',
      row.ours.rssMegabytes?.toFixed(0) ?? '–', row.peer.rssMegabytes?.toFixed(0) ?? '–',
      `${errors('ours')}/${errors('peer')}`,
    ]);
  }
  lines.push(...markdownTable(rows));
  lines.push('');

  // Scale and soak figures.
  const scale = [['figure', 'RescueGraph', 'PostGraphile', 'target']];
  const p50 = result => result?.p50;
  const scaleRatio = key => {
    const largeP50 = p50(rowOf(report, '1')?.[key]?.fixed);
    const smallP50 = p50(report.smallListing?.[key]);
    return largeP50 && smallP50 ? `${(largeP50 / smallP50).toFixed(2)}× (${largeP50} vs ${smallP50} ms p50)` : 'n/a';
  };
  scale.push([`listing p50 at ${report.sizes.large.toLocaleString('en')} ÷ at ${report.sizes.small.toLocaleString('en')}`, scaleRatio('ours'), scaleRatio('peer'), '≤ 1.3×']);
  const deepRatio = key => {
    const deep = p50(rowOf(report, '2d')?.[key]?.fixed);
    const first = p50(rowOf(report, '2c')?.[key]?.fixed);
    return deep && first ? `${(deep / first).toFixed(2)}× (${deep} vs ${first} ms p50)` : 'n/a';
  };
  scale.push([`deep page (row ${report.parameters?.deepRow?.toLocaleString('en')}) p50 ÷ page 1 p50`, deepRatio('ours'), deepRatio('peer'), '≤ 1.3×']);
  if (report.soak) {
    const s = report.soak;
    scale.push(['soak RSS first → last minute', s.na ? `n/a (${s.na})` : `${s.first.rssMegabytes.toFixed(0)} → ${s.last.rssMegabytes.toFixed(0)} MB (${pct(s.last.rssMegabytes, s.first.rssMegabytes)})`, '–', '< 300 MB, < 5% growth']);
    scale.push(['soak p99 first → last minute', s.na ? 'n/a' : `${s.first.p99} → ${s.last.p99} ms at ${s.rate} req/s, ${s.errors} errors`, '–', 'zero errors']);
  } else {
    scale.push(['soak (10 min mixed, --full only)', 'not run', '–', '< 300 MB, < 5% growth']);
  }
  lines.push(...markdownTable(scale));
  if (footnotes.length) {
    lines.push('', 'Notes:');
    for (const note of footnotes) lines.push(`- ${note}`);
  }
  for (const note of report.notes) lines.push(`- ${firstLine(note)}`);
  return lines.join('\n');
}

function markdownTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => String(r[i]).length)));
  const line = r => '| ' + r.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [line(rows[0]), '|' + widths.map(w => '-'.repeat(w + 2)).join('|') + '|', ...rows.slice(1).map(line)];
}

/** Requests per second: whole numbers, but slow scenarios keep a decimal so they do not print as 0. */
function rate(value) { return value >= 10 ? value.toFixed(0) : value.toFixed(1); }

function rowOf(report, id) { return report.rows.find(row => row.id === id); }
function pct(now, before) { return `${now >= before ? '+' : ''}${((now / before - 1) * 100).toFixed(1)}%`; }
function firstLine(text) { return String(text).split('\n')[0].slice(0, 240); }

function machine() {
  const cpu = os.cpus();
  let postgres = '?';
  let dotnet = '?';
  try { postgres = readFileSync(path.join(cluster.dataDirectory, 'PG_VERSION'), 'utf8').trim(); } catch { /* unknown */ }
  try { dotnet = run('dotnet', ['--version']).trim(); } catch { /* unknown */ }
  return { cores: cpu.length, cpu: cpu[0]?.model.trim() ?? '?', memoryGb: Math.round(os.totalmem() / 2 ** 30), postgres, dotnet };
}
