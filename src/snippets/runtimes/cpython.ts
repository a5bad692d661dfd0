import { execFileSync } from 'node:child_process';
import os, { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInSandbox, type RunOptions } from '../run-snippet.ts';
import { sandboxWorkdir } from '../sandbox.ts';
import { libraryNeeded } from '../../lib/python-libraries.ts';
import type { PreparedRuntime, Runtime, RuntimeSnippet } from './runtime.ts';
import { limiter, pool } from './runtime.ts';

/** Where the harnesses live on the host, and where every sandbox sees them (read-only). */
export const harnessHost = fileURLToPath(new URL('../harness/', import.meta.url));
export const harnessInside = '/opt/errdex/harness';

export const platformLabel = `${os.type()} ${os.machine()}`;

interface Located {
  executable: string;
  prefixes: string[];
  version: string;
  label: string;
  stdlib: string;
}

/**
 * Asks the interpreter where it lives (a pyenv shim or a venv resolves to the real executable and its
 * prefix, which the sandbox binds at the same path so tracebacks read as they would outside).
 */
function locate(python: string): Located {
  const script = [
    'import json, platform, sys, sysconfig',
    'print(json.dumps({"executable": sys.executable, "prefixes": sorted({sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}),',
    ' "version": "%d.%d" % sys.version_info[:2], "label": platform.python_implementation() + " " + platform.python_version(),',
    ' "stdlib": sysconfig.get_path("stdlib")}))',
  ].join('\n');
  return JSON.parse(execFileSync(python, ['-c', script], { encoding: 'utf8' })) as Located;
}

/** How one CPython interpreter is offered to the verifier. */
export interface CpythonOptions {
  /** The interpreter to run: a command on PATH or a path. */
  python: string;
  id: string;
  /** Which snippets it takes. */
  accepts: (snippet: RuntimeSnippet) => boolean;
  /** Words for the label after the version, like the libraries it carries. */
  describe?: (python: string) => string;
}

/** A CPython interpreter on this machine, run in the sandbox as `python3 snippet.py` would run. */
export function cpythonInterpreter(options: CpythonOptions): Runtime {
  return {
    id: options.id,
    language: 'python',
    primary: true,
    accepts: options.accepts,
    async prepare(): Promise<PreparedRuntime> {
      const found = locate(options.python);
      // Under /usr the system is bound already; anything else (pyenv, a venv, /opt) is bound where it is.
      const mounts = found.prefixes.filter((p) => !p.startsWith('/usr/')).map((p) => ({ host: p, inside: p }));
      mounts.push({ host: harnessHost, inside: harnessInside });
      const launch = {
        fileName: 'snippet.py',
        command: [found.executable, `${harnessInside}/run-python.py`, path.posix.join(sandboxWorkdir, 'snippet.py')],
        mounts,
        // So a snippet that runs `python3` gets this interpreter, not another one on the system.
        path: [path.dirname(found.executable)],
        // Memory is slow to fault in on this kind of machine (about 300 MB/s): a runaway allocation must hit
        // the limit well within the timeout to be reported as the MemoryError it is.
        limits: { dataBytes: 512 * 2 ** 20 },
      };
      const extra = options.describe?.(found.executable);
      return {
        label: `${found.label}${extra ? ` ${extra}` : ''} · ${platformLabel}`,
        version: found.version,
        stdlib: [found.stdlib],
        runBatch: (codes: readonly string[], runOptions: RunOptions) => {
          const slot = runOptions.slot ?? limiter(availableParallelism());
          return pool(codes, codes.length, (code) => slot(() => runInSandbox(launch, code, runOptions)));
        },
      };
    },
  };
}

/**
 * The native CPython on this machine (PYTHON, or python3 on PATH): the primary capture of Python snippets
 * that need the standard library alone. Snippets that import a library run on Debian's python3 instead
 * (debian-python.ts): what this interpreter has installed, if anything, differs from machine to machine.
 */
export function cpythonRuntime(python = process.env.PYTHON ?? 'python3'): Runtime {
  return cpythonInterpreter({ python, id: 'cpython', accepts: (s) => libraryNeeded(s.code) === undefined });
}
