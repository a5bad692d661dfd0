import { constants } from 'node:os';
import { checkSandbox, sandboxWorkdir, startSandbox, type SandboxLimits } from './sandbox.ts';

/** How a run ended, as the harness recorded it. */
export type Outcome =
  | { kind: 'ok' }
  | { kind: 'raised'; name: string; /** Python: the defining module and name, `requests.exceptions.ConnectionError`; bare for built-ins. */ qualname?: string; mro?: string[]; errno?: number; errnoNames?: string[]; code?: string }
  | { kind: 'exited'; exitCode: number | null; signal: string | null }
  | { kind: 'timeout' }
  | { kind: 'flood' }
  | { kind: 'sandbox'; message: string };

export interface RunResult {
  outcome: Outcome;
  /** stdout and stderr interleaved as a terminal shows them, capped, not yet normalised. */
  output: string;
  /** The folder the snippet ran in, as it saw it, for normalising paths out of the output. */
  workdir: string;
  durationMs: number;
}

export interface RunOptions {
  /** Kill the snippet and its children after this long. */
  timeoutMs?: number;
  /** Kill the snippet once it has printed this many bytes. */
  maxOutputBytes?: number;
  /** Waits for a free core before `work` starts: every runtime's sandboxes share the machine's cores. */
  slot?: <T>(work: () => Promise<T>) => Promise<T>;
}

/** What a runtime needs to run one snippet file in a sandbox. */
export interface SnippetLaunch {
  /** The name the snippet is saved as in its working folder: `snippet.py`, `snippet.mjs`. */
  fileName: string;
  /** The command inside the sandbox, ending with the snippet file. */
  command: readonly string[];
  /** Host folders bound read-only: the interpreter, the harness. */
  mounts: readonly { host: string; inside: string }[];
  /** Folders before the system's on PATH inside. */
  path?: readonly string[];
  env?: Readonly<Record<string, string>>;
  limits?: Partial<SandboxLimits>;
}

/** Variables every harness gets: the outcome descriptor, and plain, unbuffered, colourless output. */
export const harnessEnv = { ERRDEX_OUTCOME_FD: '3', PYTHONUNBUFFERED: '1', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/**
 * bwrap reports a command killed by a signal as exit code 128 + the signal's number, as a shell does; turn
 * it back into the signal so a failure reads "was killed by SIGKILL".
 */
export function exitOf(exitCode: number | null, signal: string | null): { exitCode: number | null; signal: string | null } {
  if (signal || exitCode === null || exitCode <= 128) return { exitCode, signal };
  const name = Object.entries(constants.signals).find(([, n]) => n === exitCode - 128)?.[0];
  return name ? { exitCode: null, signal: name } : { exitCode, signal };
}

/** The last complete JSON line a harness wrote on its side channel. */
export function lastRecord(text: string): Outcome | undefined {
  const lines = text.split('\n').filter((l) => l.trim());
  for (const line of lines.reverse()) {
    try {
      return JSON.parse(line) as Outcome;
    } catch {
      // a line cut short when the process was killed
    }
  }
  return undefined;
}

/**
 * Runs one snippet in a fresh sandbox with a timeout and an output cap; the sandbox, every process the
 * snippet started and its working folder (a tmpfs) are gone when this returns.
 */
export async function runInSandbox(launch: SnippetLaunch, code: string, options: RunOptions = {}): Promise<RunResult> {
  const { timeoutMs = 5000, maxOutputBytes = 64 * 1024 } = options;
  // Throws, saying what to install, when there is no working sandbox: a snippet never runs without one.
  await checkSandbox();
  const started = performance.now();
  const box = startSandbox({
    mounts: launch.mounts,
    files: [{ name: launch.fileName, content: code.endsWith('\n') ? code : `${code}\n` }],
    command: launch.command,
    ...(launch.path ? { path: launch.path } : {}),
    env: { ...harnessEnv, ...launch.env },
    ...(launch.limits ? { limits: launch.limits } : {}),
  });
  // A snippet that reads standard input sees end of file at once, as under `python3 snippet.py < /dev/null`.
  box.input.end();
  const chunks: Buffer[] = [];
  let bytes = 0;
  let stopped: 'timeout' | 'flood' | undefined;
  box.output.on('data', (chunk: Buffer) => {
    if (bytes < maxOutputBytes) chunks.push(chunk.subarray(0, maxOutputBytes - bytes));
    bytes += chunk.length;
    if (bytes > maxOutputBytes && !stopped) {
      stopped = 'flood';
      box.kill();
    }
  });
  const side: Buffer[] = [];
  box.sideChannel.on('data', (chunk: Buffer) => {
    if (side.length < 64) side.push(chunk);
  });
  const timer = setTimeout(() => {
    stopped ??= 'timeout';
    box.kill();
  }, timeoutMs);
  const ended = await box.ended;
  clearTimeout(timer);
  // bwrap ending takes its whole pid namespace with it; this only makes sure of it.
  box.kill();
  const durationMs = performance.now() - started;
  const output = Buffer.concat(chunks).toString('utf8');
  const workdir = sandboxWorkdir;
  if (stopped) return { outcome: { kind: stopped }, output, workdir, durationMs };
  if (ended.setupError) return { outcome: { kind: 'sandbox', message: ended.setupError }, output, workdir, durationMs };
  const { exitCode, signal } = exitOf(ended.exitCode, ended.signal);
  const recorded = lastRecord(Buffer.concat(side).toString('utf8'));
  const outcome: Outcome = recorded ?? { kind: 'exited', exitCode, signal };
  // A harness "ok" with a non-zero exit means something outside the snippet's control ended the run.
  if (outcome.kind === 'ok' && exitCode !== 0) return { outcome: { kind: 'exited', exitCode, signal }, output, workdir, durationMs };
  return { outcome, output, workdir, durationMs };
}
