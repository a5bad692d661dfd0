import type { SnippetRuntime } from '../../lib/snippet-meta.ts';
import type { RunOptions, RunResult } from '../run-snippet.ts';

/**
 * One interpreter a snippet can be captured on. The verifier asks each runtime only these things: is it
 * here (installing it into the cache if not), which snippets it takes, to run a batch of them in the
 * sandbox, and what to call the output. Everything else (where it lives, how it starts, how it batches) is
 * the runtime module's own business.
 */
export interface Runtime {
  /** Stable id, used in messages: `cpython`, `pyodide-0.27`, `node-20`. */
  id: string;
  /** The snippets it runs: the fence language's runtime. */
  language: SnippetRuntime;
  /**
   * The capture shown first on the page and compared most strictly. A language may have several primaries
   * when they take different snippets (the native CPython the standard library's, Debian's python3 the
   * libraries'): no snippet is taken by two.
   */
  primary: boolean;
  /** Whether it can run this snippet at all (Pyodide: only snippets that need no operating system). */
  accepts(snippet: RuntimeSnippet): boolean;
  /** Finds or installs the interpreter and reads its version. */
  prepare(): Promise<PreparedRuntime>;
}

/** What a runtime needs to know about a snippet to decide whether it takes it. */
export interface RuntimeSnippet {
  code: string;
  /** True when the page may run it in the browser: it needs no sockets, files, processes or errno numbers. */
  osFree: boolean;
}

export interface PreparedRuntime {
  /** The label under its output: `CPython 3.12.7 (Pyodide 0.27.7) · Emscripten wasm32`. */
  label: string;
  /** The version as fences and pages name it: `3.12` for Python, `20` for Node.js. */
  version: string;
  /** Folders that appear in tracebacks and differ from machine to machine, shown as `<stdlib>`. */
  stdlib: string[];
  /** Runs snippets, each as if alone (fresh globals, fresh folder), in input order. */
  runBatch(codes: readonly string[], options: RunOptions): Promise<RunResult[]>;
}

/** How the page names a language in "Python 3.13 prints:". */
export const languageNames: Record<SnippetRuntime, string> = { python: 'Python', node: 'Node.js' };

export { compareVersions } from '../../lib/snapshot-format.ts';

/** Runs `work` over `items` with at most `limit` in flight, keeping results in input order. */
export async function pool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** A semaphore: at most `n` pieces of work at once, started in the order they asked. */
export function limiter(n: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
