import { spawn } from 'node:child_process';
import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SnippetRuntime } from '../lib/snippet-meta.ts';

/** How a run ended, as the harness recorded it. */
export type Outcome =
  | { kind: 'ok' }
  | { kind: 'raised'; name: string; mro?: string[]; errno?: number; errnoNames?: string[]; code?: string }
  | { kind: 'exited'; exitCode: number | null; signal: string | null }
  | { kind: 'timeout' }
  | { kind: 'flood' };

export interface RunResult {
  outcome: Outcome;
  /** stdout and stderr interleaved as a terminal shows them, capped, not yet normalised. */
  output: string;
  /** The temp folder the snippet ran in (already removed), for normalising paths out of the output. */
  workdir: string;
  durationMs: number;
}

export interface RunOptions {
  /** Kill the snippet and its children after this long. */
  timeoutMs?: number;
  /** Kill the snippet once it has printed this many bytes. */
  maxOutputBytes?: number;
  /** The python3 to use (PYTHON env var, or python3 on PATH). */
  python?: string;
}

/** Bash (dash cannot name descriptors above 9) that closes every descriptor above 2 it was started with. */
const closeInheritedFds = 'for fd in /proc/$$/fd/*; do fd=${fd##*/}; case $fd in 0|1|2|"*") ;; *) eval "exec $fd>&-";; esac; done';

const harness = (name: string) => fileURLToPath(new URL(`harness/${name}`, import.meta.url));

/** The command line that runs a snippet file under the harness that records its outcome. */
function commandFor(runtime: SnippetRuntime, file: string, python: string): string[] {
  return runtime === 'python'
    ? [python, harness('run-python.py'), file]
    : [process.execPath, '--import', `file://${harness('node-outcome.mjs')}`, file];
}

/**
 * Runs one snippet in a fresh temp folder with a timeout and an output cap, in its own process group so
 * that every child it started is killed afterwards; the folder is removed whatever happens.
 */
export async function runSnippet(runtime: SnippetRuntime, code: string, options: RunOptions = {}): Promise<RunResult> {
  const { timeoutMs = 5000, maxOutputBytes = 64 * 1024, python = process.env.PYTHON ?? 'python3' } = options;
  const workdir = await realpath(await mkdtemp(path.join(tmpdir(), 'errdex-snippet-')));
  const file = path.join(workdir, runtime === 'python' ? 'snippet.py' : 'snippet.mjs');
  const outcomeFile = path.join(workdir, '.outcome.json');
  await writeFile(file, code.endsWith('\n') ? code : `${code}\n`);
  const started = performance.now();
  try {
    const [cmd, ...args] = commandFor(runtime, file, python);
    // Descriptors the runner inherited (say from CI) would leak into the snippet and shift results that
    // depend on the descriptor table (EMFILE), so bash closes every one above 2 first. `exec ... 2>&1`
    // gives one pipe for both streams, so output keeps the order a terminal would show.
    const child = spawn('/bin/bash', ['-c', `${closeInheritedFds}; exec "$@" 2>&1`, 'bash', cmd!, ...args], {
      cwd: workdir,
      detached: true,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, ERRDEX_OUTCOME: outcomeFile, PYTHONUNBUFFERED: '1', PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // the group is already gone
      }
    };
    const chunks: Buffer[] = [];
    let bytes = 0;
    let stopped: 'timeout' | 'flood' | undefined;
    child.stdout!.on('data', (chunk: Buffer) => {
      if (bytes < maxOutputBytes) chunks.push(chunk.subarray(0, maxOutputBytes - bytes));
      bytes += chunk.length;
      if (bytes > maxOutputBytes && !stopped) {
        stopped = 'flood';
        killGroup();
      }
    });
    const timer = setTimeout(() => {
      stopped ??= 'timeout';
      killGroup();
    }, timeoutMs);
    const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    clearTimeout(timer);
    // Kill whatever the snippet left running in the background; it may hold the output pipe open.
    killGroup();
    await closed;
    const durationMs = performance.now() - started;
    const output = Buffer.concat(chunks).toString('utf8');
    if (stopped) return { outcome: { kind: stopped }, output, workdir, durationMs };
    const recorded = await readFile(outcomeFile, 'utf8').then((t) => JSON.parse(t) as Outcome, () => undefined);
    const outcome: Outcome = recorded ?? { kind: 'exited', exitCode, signal };
    // A harness "ok" with a non-zero exit means something outside Python's control ended the run.
    if (outcome.kind === 'ok' && exitCode !== 0) return { outcome: { kind: 'exited', exitCode, signal }, output, workdir, durationMs };
    return { outcome, output, workdir, durationMs };
  } finally {
    await rm(workdir, { recursive: true, force: true });
  }
}
