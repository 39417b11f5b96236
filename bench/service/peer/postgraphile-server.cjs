// The peer: PostGraphile 4 over the same database, as a PostGraphile user would deploy it for read-only public data.
// One worker per core (node:cluster), because a single Node process would use one of the machine's two cores.
// Usage: node postgraphile-server.cjs <port> <connection-uri> [workers]
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');

const [port, connection, workerArg] = process.argv.slice(2);
const workers = Number(workerArg || require('node:os').availableParallelism());

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    // A dying worker would silently halve the peer's capacity mid-benchmark: fail loudly instead.
    console.error(`postgraphile worker ${worker.process.pid} exited (${code})`);
    process.exit(1);
  });
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      for (const worker of Object.values(cluster.workers)) worker.process.kill('SIGTERM');
      process.exit(0);
    });
  }
} else {
  const { postgraphile } = require('postgraphile');
  const PgSimplifyInflectorPlugin = require('@graphile-contrib/pg-simplify-inflector');
  const ConnectionFilterPlugin = require('postgraphile-plugin-connection-filter');
  const PgAggregatesPlugin = require('@graphile/pg-aggregates').default;
  const { Pool } = require('pg');

  // 32 connections in total across workers: the benchmark's concurrency, so the pool is never the bottleneck.
  const pool = new Pool({ connectionString: connection, max: Math.ceil(32 / workers) });
  const middleware = postgraphile(pool, 'public', {
    appendPlugins: [PgSimplifyInflectorPlugin, ConnectionFilterPlugin, PgAggregatesPlugin],
    graphileBuildOptions: { connectionFilterRelations: true, connectionFilterAllowNullInput: false },
    simpleCollections: 'both',
    dynamicJson: true,
    ignoreRBAC: false, // only what the bench_peer role may SELECT is exposed
    disableDefaultMutations: true,
    setofFunctionsContainNulls: false,
    legacyRelations: 'omit',
    enableQueryBatching: false,
    disableQueryLog: true,
    graphiql: false,
    watchPg: false,
    retryOnInitFail: false,
    extendedErrors: [],
  });
  http.createServer(middleware).listen(Number(port), '127.0.0.1');
}
