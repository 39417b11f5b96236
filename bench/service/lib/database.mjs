// The bench cluster (started and stopped through bench/service/Tool, which reuses RescueGraph.LocalPostgres),
// its synthetic databases keyed by size and by a hash of the schema + generator sources, and pgbench.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { run } from './process-util.mjs';

export class BenchCluster {
  constructor({ root, workDir, toolDll }) {
    this.root = root;
    this.dataDirectory = path.join(workDir, 'postgres');
    this.markerDirectory = path.join(workDir, 'seeded');
    this.toolDll = toolDll;
    mkdirSync(this.markerDirectory, { recursive: true });
  }

  start() {
    const { port } = JSON.parse(run('dotnet', [this.toolDll, 'start', '--data-dir', this.dataDirectory]).trim().split('\n').pop());
    this.port = port;
    return port;
  }

  stop() {
    if (!this.port) return;
    try { run('dotnet', [this.toolDll, 'stop', '--data-dir', this.dataDirectory]); } catch (error) { console.error(`stopping the cluster: ${error.message}`); }
    this.port = undefined;
  }

  connectionUri(database, user = 'postgres') { return `postgres://${user}@127.0.0.1:${this.port}/${database}`; }

  /** Npgsql-style, for the .NET processes. */
  connectionString(database) { return `Host=127.0.0.1;Port=${this.port};Username=postgres;Database=${database}`; }

  async query(database, sql, params) {
    const client = new pg.Client({ connectionString: this.connectionUri(database) });
    await client.connect();
    try { return (await client.query(sql, params)).rows; } finally { await client.end(); }
  }

  /**
   * Returns the database holding the synthetic set of `animals` rows, seeding it unless a database with the same
   * size and the same schema/generator sources was seeded completely before. `load(connectionString)` seeds it.
   */
  async ensureSynthetic(animals, { fresh = false, load }) {
    const key = this.sourceHash();
    const database = `synthetic_${animals}_${key}`;
    const marker = path.join(this.markerDirectory, database);
    // Matched exactly (not with LIKE, where "_" is a wildcard and synthetic_10000_% would match the 1,000,000 set).
    const sameSize = new RegExp(`^synthetic_${animals}_[0-9a-f]+$`);
    const existing = (await this.query('postgres', 'SELECT datname FROM pg_database')).map(r => r.datname).filter(name => sameSize.test(name));
    if (!fresh && existsSync(marker) && existing.includes(database)) return { database, reused: true };

    // Older keys of this size are stale data: drop them so the work directory does not grow run after run.
    for (const name of existing) await this.query('postgres', `DROP DATABASE "${name}" WITH (FORCE)`);
    await this.query('postgres', `CREATE DATABASE "${database}"`);
    const started = Date.now();
    const how = await load(this.connectionString(database));
    writeFileSync(marker, new Date().toISOString());
    return { database, reused: false, seconds: (Date.now() - started) / 1000, how };
  }

  /** Hash of everything that shapes the synthetic rows: migrations and generator sources. */
  sourceHash() {
    const data = path.join(this.root, 'src/RescueGraph.Directory.Data');
    const files = [
      ...readdirSync(path.join(data, 'Migrations/Scripts')).map(f => path.join(data, 'Migrations/Scripts', f)),
      ...readdirSync(path.join(data, 'Seeding')).filter(f => f.startsWith('Synthetic')).map(f => path.join(data, 'Seeding', f)),
    ].sort();
    const hash = createHash('sha256');
    for (const file of files) hash.update(file.slice(data.length)).update(readFileSync(file));
    return hash.digest('hex').slice(0, 10);
  }

  /** The peer sees the directory tables through a read-only role (PostGraphile exposes what the role may SELECT). */
  async grantPeerRole(database, role) {
    await this.query(database, `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} LOGIN; END IF; END $$`);
    await this.query(database, `GRANT USAGE ON SCHEMA public TO ${role}`);
    await this.query(database, `GRANT SELECT ON organizations, partnerships, rescue_centers, animals, animal_photos, animal_events, localities,
      locality_officials, campaigns, campaign_targets, campaign_updates, official_responses, suggested_messages, stories, story_animals TO ${role}`);
  }

  async resetStatementStatistics(database) {
    await this.query(database, 'SELECT pg_stat_statements_reset()');
  }

  /**
   * Waits (at most `seconds`) until no other backend runs a statement in `database`: a slow scenario's requests that
   * the client abandoned at its timeout keep running in PostgreSQL, and would load the next measurement.
   */
  async waitIdle(database, seconds = 60) {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const rows = await this.query(database, `SELECT count(*)::int AS active FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`);
      if (rows[0].active === 0 || Date.now() > deadline) return rows[0].active;
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }

  /**
   * Statements the clients sent to `database` since the last reset (the benchmark's own bookkeeping excluded).
   * Top-level only: with track = all, every call of a non-inlined SQL function (earth_distance, ll_to_earth)
   * would count as a statement too.
   */
  async statementCalls(database) {
    const rows = await this.query(database, `SELECT coalesce(sum(calls), 0)::bigint AS calls FROM pg_stat_statements
      WHERE toplevel AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT LIKE '%pg_stat_statements%'`);
    return Number(rows[0].calls);
  }

  /** pgbench at the benchmark's concurrency: transactions per second of one statement (prepared). */
  pgbench(database, scriptFile, { clients, seconds, defines }) {
    const bin = postgresBinDirectory();
    const args = ['-n', '-M', 'prepared', '-f', scriptFile, '-c', String(clients), '-j', '2', '-T', String(seconds),
      '-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres'];
    for (const [name, value] of Object.entries(defines)) args.push('-D', `${name}=${value}`);
    args.push(database);
    const output = run(path.join(bin, 'pgbench'), args);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
    const failed = /number of failed transactions: (\d+)/.exec(output);
    if (!tps) throw new Error(`pgbench printed no tps:\n${output}`);
    return { tps: Number(tps[1]), failed: failed ? Number(failed[1]) : 0 };
  }
}

export function postgresBinDirectory() {
  const root = '/usr/lib/postgresql';
  const versions = readdirSync(root).filter(v => existsSync(path.join(root, v, 'bin/pgbench'))).sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('pgbench not found under /usr/lib/postgresql/*/bin');
  return path.join(root, versions[0], 'bin');
}
