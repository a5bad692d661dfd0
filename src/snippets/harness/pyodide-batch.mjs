// Runs a batch of OS-free Python snippets in one Pyodide inside one sandbox: Pyodide loads once (about a
// second), each snippet gets fresh globals from pyodide-run.py. Everything goes to the runner as JSON lines on
// the side channel, in order: ready, then start / out... / end per snippet. The runner enforces timeouts and
// the output cap by killing the batch and starting another from the next snippet.
//
// Usage: node pyodide-batch.mjs PYODIDE_DIR BATCH.json esm|cjs
import { readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [pyodideDir, batchFile, format] = process.argv.slice(2);
const { codes } = JSON.parse(readFileSync(batchFile, 'utf8'));
const channel = Number(process.env.ERRDEX_OUTCOME_FD);
const pause = new Int32Array(new SharedArrayBuffer(4));

function send(event) {
  const data = Buffer.from(`${JSON.stringify(event)}\n`);
  let written = 0;
  while (written < data.length) {
    try {
      written += writeSync(channel, data, written);
    } catch (error) {
      // The channel is non-blocking; wait for the runner to read instead of dropping output.
      if (error.code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}

// 0.22 and older ship CommonJS whose ESM entry builds a file: path twice under Node 24; require works.
const { loadPyodide } = format === 'cjs'
  ? createRequire(import.meta.url)(path.join(pyodideDir, 'pyodide.js'))
  : await import(pathToFileURL(path.join(pyodideDir, 'pyodide.mjs')).href);
// C-level writes (a fatal error, faulthandler) arrive here by line; they belong to the current snippet.
const toRunner = (line) => send({ out: `${line}\n` });
// The hash seed is fixed as in the native run (harnessEnv), so a printed set reads the same every run.
const pyodide = await loadPyodide({ indexURL: `${pyodideDir}/`, stdout: toRunner, stderr: toRunner, env: { PYTHONHASHSEED: '0' } });
pyodide.registerJsModule('_errdex_io', { emit: (text) => send({ out: text }) });
pyodide.runPython(readFileSync(fileURLToPath(new URL('pyodide-run.py', import.meta.url)), 'utf8'));
const run = pyodide.globals.get('_errdex_run');
send({ ready: { pyodide: pyodide.version, python: pyodide.runPython('import platform; platform.python_version()') } });
for (const [index, code] of codes.entries()) {
  send({ start: index });
  let outcome;
  try {
    outcome = JSON.parse(run(code));
  } catch (error) {
    // Pyodide itself failed (a stack overflow in WebAssembly, a fatal error): it cannot run another.
    send({ out: `${error?.message ?? error}\n`, crash: true });
    process.exit(70);
  }
  send({ end: index, outcome });
}
