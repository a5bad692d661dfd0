// One Pyodide worker per page, started on the first Run click and replaced after a Stop or timeout.

export interface RunHandlers {
  status(text: string, loading: boolean): void;
  output(text: string): void;
  /** Called once when the run ends, with what happened in words. */
  finished(summary: string, kind: 'ok' | 'raised' | 'stopped' | 'failed'): void;
}

/** How long a snippet may run (after Python has loaded) before the worker is terminated. */
export const runTimeoutMs = 10_000;

let worker: Worker | undefined;
let current: { handlers: RunHandlers; timer?: ReturnType<typeof setTimeout> } | undefined;

function finish(summary: string, kind: 'ok' | 'raised' | 'stopped' | 'failed', kill: boolean): void {
  const run = current;
  if (!run) return;
  clearTimeout(run.timer);
  current = undefined;
  if (kill) {
    worker?.terminate();
    worker = undefined;
  }
  run.handlers.finished(summary, kind);
}

function startWorker(): Worker {
  const w = new Worker(new URL('./pyodide-worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<{ type: string; text?: string; raised?: string | null }>) => {
    const run = current;
    if (!run) return;
    const msg = event.data;
    if (msg.type === 'status') run.handlers.status(msg.text ?? '', true);
    if (msg.type === 'started') {
      run.handlers.status('Running…', false);
      run.timer = setTimeout(() => finish(`Stopped after ${runTimeoutMs / 1000} s: the snippet was still running.`, 'stopped', true), runTimeoutMs);
    }
    if (msg.type === 'output') run.handlers.output(msg.text ?? '');
    if (msg.type === 'flood') finish('Stopped: the snippet printed more than 64 KB.', 'stopped', true);
    if (msg.type === 'done') finish(msg.raised ? `Raised ${msg.raised}.` : 'Finished without an error.', msg.raised ? 'raised' : 'ok', false);
    if (msg.type === 'failed') finish(`Python could not run here: ${msg.text}`, 'failed', true);
  };
  w.onerror = () => finish('Python could not be loaded in this browser.', 'failed', true);
  return w;
}

/** Runs Python code in the page's worker; only one run at a time. */
export function runPython(code: string, handlers: RunHandlers): void {
  if (current) finish('Stopped.', 'stopped', true);
  current = { handlers };
  worker ??= startWorker();
  worker.postMessage({ type: 'run', code });
}

/** Stops the current run by terminating its worker; the next run starts a fresh one. */
export function stopPython(): void {
  finish('Stopped.', 'stopped', true);
}
