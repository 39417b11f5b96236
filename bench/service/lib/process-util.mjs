// Child processes the benchmark starts, and their memory. Everything started here is stopped by its own pid.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, openSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const started = new Set();

/** Starts a long-running child with stdout/stderr in logDir/<name>.log; it is killed on exit if still running. */
export function startProcess(name, command, args, { env = {}, logDir, cwd } = {}) {
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const log = openSync(logFile, 'w');
  const child = spawn(command, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', log, log] });
  child.logFile = logFile;
  child.exited = new Promise(resolve => child.on('exit', code => { started.delete(child); resolve(code); }));
  started.add(child);
  return child;
}

export async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await child.exited;
  clearTimeout(timer);
}

/** Last lines of a child's log, for error messages. */
export function logTail(child, lines = 15) {
  try { return readFileSync(child.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

export function killAllStarted() {
  for (const child of started) { try { child.kill('SIGKILL'); } catch { /* already gone */ } }
}

/** Resident set size of a process and all its descendants (PostGraphile runs one worker process per core), in MB. */
export function residentMegabytes(pid) {
  let kilobytes = 0;
  for (const id of [pid, ...descendants(pid)]) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
      if (match) kilobytes += Number(match[1]);
    } catch { /* exited meanwhile */ }
  }
  return kilobytes / 1024;
}

function descendants(pid) {
  const result = [];
  let children = '';
  try { children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim(); } catch { return result; }
  for (const child of children.split(/\s+/).filter(Boolean).map(Number)) result.push(child, ...descendants(child));
  return result;
}

export function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a short command to completion; throws with its output on failure. */
export function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...options });
}

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
