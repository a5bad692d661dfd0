import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Outcome, RunOptions, RunResult } from '../run-snippet.ts';
import { exitOf, harnessEnv } from '../run-snippet.ts';
import { checkSandbox, sandboxWorkdir, startSandbox } from '../sandbox.ts';
import { harnessHost, harnessInside } from './cpython.ts';
import { nodeInside } from './node.ts';
import { cachedPackage } from './package-cache.ts';
import { limiter, type PreparedRuntime, type Runtime } from './runtime.ts';

export interface PyodideVersion {
  /** The `pyodide` npm version, like `0.27.7`. */
  release: string;
}

const pyodideInside = '/opt/errdex/pyodide';
/** Loading Pyodide takes one to three seconds here; far longer means it is stuck. */
const loadTimeoutMs = 60_000;

/** The CPython version a Pyodide release carries, from its lock file (no need to start it to label it). */
function pythonOf(dir: string): string {
  for (const name of ['pyodide-lock.json', 'repodata.json']) {
    const file = path.join(dir, name);
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { info: { python: string } }).info.python;
  }
  throw new Error(`${dir} has neither pyodide-lock.json nor repodata.json`);
}

type Event =
  | { ready: { pyodide: string; python: string } }
  | { start: number }
  | { out: string; crash?: boolean }
  | { end: number; outcome: Outcome };

/**
 * CPython compiled to WebAssembly, run by the project's Node.js inside one sandbox per batch. It takes only
 * snippets that need no operating system (the ones the page offers to Run): its errno numbers, sockets and
 * files are Emscripten's, not Linux's.
 */
export function pyodideRuntime(v: PyodideVersion): Runtime {
  const [major, minor] = v.release.split('.');
  const alias = `pyodide${major === '0' ? minor : major}`;
  return {
    id: `pyodide-${v.release}`,
    language: 'python',
    primary: false,
    accepts: (snippet) => snippet.osFree,
    async prepare(): Promise<PreparedRuntime> {
      const dir = await cachedPackage(alias, 'pyodide', v.release);
      const python = pythonOf(dir);
      const [pyMajor, pyMinor] = python.split('.');
      // Releases before 0.23 have no working ES module entry under current Node.js; they load with require.
      const format = existsSync(path.join(dir, 'pyodide.mjs')) && !v.release.startsWith('0.22') ? 'esm' : 'cjs';
      const launch = {
        mounts: [
          { host: process.execPath, inside: nodeInside },
          { host: harnessHost, inside: harnessInside },
          { host: dir, inside: pyodideInside },
        ],
        command: [nodeInside, `${harnessInside}/pyodide-batch.mjs`, pyodideInside, path.posix.join(sandboxWorkdir, 'batch.json'), format],
      };
      const expected = { pyodide: v.release, python };
      return {
        label: `CPython ${python} (Pyodide ${v.release}) · Emscripten wasm32`,
        version: `${pyMajor}.${pyMinor}`,
        // Tracebacks through the standard library name its zip or its folder in Emscripten's file system.
        stdlib: [`/lib/python${pyMajor}${pyMinor}.zip`, `/lib/python${pyMajor}.${pyMinor}`],
        async runBatch(codes: readonly string[], options: RunOptions): Promise<RunResult[]> {
          const slot = options.slot ?? limiter(availableParallelism());
          const results: RunResult[] = new Array(codes.length);
          let from = 0;
          // A snippet that hangs, floods or kills Pyodide ends its batch; the next batch starts after it.
          while (from < codes.length) from = await slot(() => runSegment(launch, codes, from, results, expected, options));
          return results;
        },
      };
    },
  };
}

/** Runs codes[from...] in one sandboxed Pyodide until they are done or one has to be stopped; returns where to go on. */
async function runSegment(
  launch: { mounts: { host: string; inside: string }[]; command: string[] },
  codes: readonly string[],
  from: number,
  results: RunResult[],
  expected: { pyodide: string; python: string },
  options: RunOptions,
): Promise<number> {
  const { timeoutMs = 5000, maxOutputBytes = 64 * 1024 } = options;
  await checkSandbox();
  const box = startSandbox({
    mounts: launch.mounts,
    files: [{ name: 'batch.json', content: JSON.stringify({ codes: codes.slice(from) }) }],
    command: launch.command,
    env: harnessEnv,
    // WebAssembly reserves its memory's whole address range up front; one process runs the whole batch.
    limits: { addressSpaceBytes: 32 * 2 ** 30, dataBytes: 1 * 2 ** 30, cpuSeconds: 600 },
  });
  box.input.end();
  const stdout: Buffer[] = [];
  box.output.on('data', (c: Buffer) => {
    if (stdout.length < 256) stdout.push(c);
  });
  let current: { index: number; started: number; chunks: string[]; bytes: number } | undefined;
  let ready = false;
  let next = from;
  let timer = setTimeout(() => box.kill(), loadTimeoutMs);
  const finish = (outcome: Outcome) => {
    if (!current) return;
    results[current.index] = { outcome, output: current.chunks.join('').slice(0, maxOutputBytes), workdir: sandboxWorkdir, durationMs: performance.now() - current.started };
    next = current.index + 1;
    current = undefined;
    clearTimeout(timer);
  };
  const stop = (outcome: Outcome) => {
    finish(outcome);
    box.kill();
  };
  let pending = '';
  let mismatch: string | undefined;
  box.sideChannel.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    let nl: number;
    while ((nl = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      const event = JSON.parse(line) as Event;
      if ('ready' in event) {
        ready = true;
        clearTimeout(timer);
        if (event.ready.pyodide !== expected.pyodide || event.ready.python !== expected.python) {
          mismatch = `expected Pyodide ${expected.pyodide} with Python ${expected.python}, got ${event.ready.pyodide} with ${event.ready.python}`;
          box.kill();
        }
      } else if ('start' in event) {
        current = { index: from + event.start, started: performance.now(), chunks: [], bytes: 0 };
        timer = setTimeout(() => stop({ kind: 'timeout' }), timeoutMs);
      } else if ('end' in event) {
        finish(event.outcome);
      } else if (current) {
        current.chunks.push(event.out);
        current.bytes += Buffer.byteLength(event.out);
        if (current.bytes > maxOutputBytes) stop({ kind: 'flood' });
      }
    }
  });
  const ended = await box.ended;
  clearTimeout(timer);
  box.kill();
  if (mismatch) throw new Error(`Pyodide ${expected.pyodide}: ${mismatch}`);
  if (!ready) {
    const printed = Buffer.concat(stdout).toString('utf8').trim();
    throw new Error(`Pyodide ${expected.pyodide} did not start in its sandbox (${ended.setupError || printed || `exit code ${ended.exitCode}`})`);
  }
  // Pyodide died in the middle of a snippet: that snippet failed, with whatever the process printed.
  const { exitCode, signal } = exitOf(ended.exitCode, ended.signal);
  if (current) {
    current.chunks.push(Buffer.concat(stdout).toString('utf8'));
    finish({ kind: 'exited', exitCode, signal });
  } else if (next === from) {
    // It died between snippets; blame the next one rather than start the same batch forever.
    results[from] = { outcome: { kind: 'exited', exitCode, signal }, output: Buffer.concat(stdout).toString('utf8'), workdir: sandboxWorkdir, durationMs: 0 };
    next = from + 1;
  }
  return next;
}
