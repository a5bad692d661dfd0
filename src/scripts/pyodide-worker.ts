/// <reference lib="webworker" />
// Runs Python snippets with Pyodide, off the page's main thread so a runaway loop cannot freeze the tab.
// Pyodide is served from this site's own /pyodide/ folder; nothing is fetched from another origin.

interface Pyodide {
  setStdout(options: { batched: (text: string) => void }): void;
  setStderr(options: { batched: (text: string) => void }): void;
  runPython(code: string): unknown;
  globals: { get(name: string): (src: string) => string | undefined };
}

const maxOutput = 64 * 1024;
let sent = 0;
let pyodide: Promise<Pyodide> | undefined;

// Runs the code as a file named snippet.py and prints a traceback shaped like CPython's, without Pyodide's frames.
const prelude = `
import linecache, sys, traceback
def __errdex_run(src):
    linecache.cache["snippet.py"] = (len(src), None, src.splitlines(True), "snippet.py")
    try:
        exec(compile(src, "snippet.py", "exec"), {"__name__": "__main__", "__file__": "snippet.py"})
    except BaseException as exc:
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != "snippet.py":
            tb = tb.tb_next
        exc.__traceback__ = tb
        traceback.print_exception(exc)
        return type(exc).__name__
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
`;

function emit(text: string): void {
  if (sent >= maxOutput) return;
  const part = text.slice(0, maxOutput - sent);
  sent += text.length + 1;
  postMessage({ type: 'output', text: `${part}\n` });
  // The page terminates this worker on "flood": Python cannot be interrupted from inside its own output.
  if (sent >= maxOutput) postMessage({ type: 'flood' });
}

async function load(): Promise<Pyodide> {
  postMessage({ type: 'status', text: 'Loading Python (about 6 MB, only on the first run)…' });
  const url = new URL('/pyodide/pyodide.mjs', self.location.origin).href;
  const { loadPyodide } = (await import(/* @vite-ignore */ url)) as { loadPyodide: (o: { indexURL: string }) => Promise<Pyodide> };
  const py = await loadPyodide({ indexURL: new URL('/pyodide/', self.location.origin).href });
  py.setStdout({ batched: emit });
  py.setStderr({ batched: emit });
  py.runPython(prelude);
  lockNetwork();
  return py;
}

/**
 * Once Python is loaded, this worker needs no network: a snippet that tries (pyodide.http, js.fetch) gets an
 * error instead of a request, whether or not the host sends the worker a Content-Security-Policy.
 */
function lockNetwork(): void {
  const refuse = () => {
    throw new Error('errdex: snippets run without network access in the page');
  };
  const scope = self as unknown as Record<string, unknown>;
  for (const name of ['fetch', 'importScripts']) scope[name] = refuse;
  for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport']) scope[name] = undefined;
}

self.onmessage = async (event: MessageEvent<{ type: 'run'; code: string }>) => {
  try {
    pyodide ??= load();
    const py = await pyodide;
    sent = 0;
    postMessage({ type: 'started' });
    const raised = py.globals.get('__errdex_run')(event.data.code);
    postMessage({ type: 'done', raised: raised ?? null });
  } catch (error) {
    postMessage({ type: 'failed', text: String(error) });
  }
};
