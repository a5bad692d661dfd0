import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { SnippetRuntime } from '../lib/snippet-meta.ts';

const platform = `${os.type()} ${os.machine()}`;

/** The label under captured output, like `CPython 3.11.7 · Linux x86_64`, read from the interpreter itself. */
export function runtimeLabel(runtime: SnippetRuntime, python = process.env.PYTHON ?? 'python3'): string {
  if (runtime === 'node') return `Node.js ${process.versions.node} · ${platform}`;
  const version = execFileSync(python, ['-c', 'import platform; print(platform.python_implementation(), platform.python_version())'], { encoding: 'utf8' });
  return `${version.trim()} · ${platform}`;
}

/** Where python3's standard library lives here, so tracebacks through it read the same on every machine. */
export function pythonStdlib(python = process.env.PYTHON ?? 'python3'): string {
  return execFileSync(python, ['-c', 'import sysconfig; print(sysconfig.get_path("stdlib"))'], { encoding: 'utf8' }).trim();
}
