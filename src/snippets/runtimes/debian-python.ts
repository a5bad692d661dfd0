import { execFileSync } from 'node:child_process';
import { libraryNeeded, pythonLibraries } from '../../lib/python-libraries.ts';
import { cpythonInterpreter } from './cpython.ts';
import type { Runtime } from './runtime.ts';

/**
 * Debian's /usr/bin/python3 with Debian's packages of the libraries (python3-requests, ...): the capture of
 * every snippet that imports one. Debian marks this interpreter externally managed, so `pip install` on it
 * shows the error that page is about. The label names the libraries' versions, which decide the messages.
 */
export function debianPythonRuntime(python = '/usr/bin/python3'): Runtime {
  return cpythonInterpreter({
    python,
    id: 'debian-python',
    accepts: (s) => libraryNeeded(s.code) !== undefined,
    describe: (executable) => {
      const script = `import importlib.metadata as m\nprint(", ".join(n + " " + m.version(n) for n in ${JSON.stringify(pythonLibraries.map((l) => l.module))}))`;
      return `(Debian) with ${execFileSync(executable, ['-c', script], { encoding: 'utf8' }).trim()}`;
    },
  });
}
