import type { SnippetRuntime } from '../../lib/snippet-meta.ts';
import type { RunOptions, RunResult } from '../run-snippet.ts';
import { cpythonRuntime } from './cpython.ts';
import { debianPythonRuntime } from './debian-python.ts';
import { nodeRuntime } from './node.ts';
import { pyodideRuntime } from './pyodide.ts';
import type { PreparedRuntime, Runtime } from './runtime.ts';
import type { ProgramRuntime } from './program-runtime.ts';
import { goRuntime } from './go.ts';
import { javaRuntime } from './java.ts';
import { rustRuntime } from './rust.ts';
import { rubyRuntime } from './ruby.ts';
import { phpRuntime } from './php.ts';
import { curlRuntime } from './curl.ts';
import { gitRuntime } from './git.ts';
import { sshRuntime } from './ssh.ts';
import { psqlRuntime } from './psql.ts';

/**
 * Every runtime snippets are captured on, primary first within each language, the others oldest first.
 * To add one, write a module that implements Runtime (see runtime.ts) and list it here; README, "Adding a
 * runtime", says what else to check.
 */
export function allRuntimes(): Runtime[] {
  return [
    cpythonRuntime(),
    debianPythonRuntime(),
    ...['0.22.1', '0.27.7', '0.28.3', '314.0.7'].map((release) => pyodideRuntime({ release })),
    nodeRuntime({ major: '24', release: 'self', primary: true }),
    nodeRuntime({ major: '20', release: '20.20.2' }),
    nodeRuntime({ major: '22', release: '22.23.5' }),
  ];
}

/**
 * The runtimes of the errno hubs' other-language sections: programs from content/errno/programs/, not page
 * snippets (program-runtime.ts). One per language or tool; to add one, write its module and list it here.
 */
export function programRuntimes(): ProgramRuntime[] {
  return [
    goRuntime(),
    javaRuntime(),
    rustRuntime(),
    rubyRuntime(),
    phpRuntime(),
    curlRuntime(),
    gitRuntime(),
    sshRuntime(),
    psqlRuntime(),
  ];
}

/** The runtimes that make a language's primary capture, the ones the page shows first. */
export function primaryRuntimes(): Runtime[] {
  return allRuntimes().filter((r) => r.primary);
}

const prepared = new Map<string, Promise<PreparedRuntime>>();

/** Prepares a runtime once per process. */
export function prepareOnce(runtime: Runtime): Promise<PreparedRuntime> {
  let p = prepared.get(runtime.id);
  if (!p) prepared.set(runtime.id, (p = runtime.prepare()));
  return p;
}

/** Runs one snippet on its language's primary runtime, in the sandbox: for tests and quick checks. */
export async function runSnippet(language: SnippetRuntime, code: string, options: RunOptions = {}): Promise<RunResult> {
  const runtime = primaryRuntimes().find((r) => r.language === language && r.accepts({ code, osFree: false }))!;
  const [result] = await (await prepareOnce(runtime)).runBatch([code], options);
  return result!;
}
