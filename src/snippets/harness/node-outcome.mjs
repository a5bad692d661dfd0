// Preloaded with --import: records the uncaught error that ends a snippet, leaving Node's own report as is.
// The outcome file is opened now, while descriptors are free: a snippet may end by exhausting them (EMFILE).
import { openSync, writeSync } from 'node:fs';

const file = process.env.ERRDEX_OUTCOME;
delete process.env.ERRDEX_OUTCOME;
const fd = openSync(file, 'w');
let failed = false;

function record(outcome) {
  try {
    writeSync(fd, JSON.stringify(outcome), 0);
  } catch {
    // The snippet closed our descriptor; the runner then reports how the process exited.
  }
}

process.on('uncaughtExceptionMonitor', (err) => {
  failed = true;
  const e = /** @type {any} */ (err);
  record({ kind: 'raised', name: e?.name ?? typeof e, code: e?.code, errno: e?.errno });
});
process.on('exit', (code) => {
  if (!failed && code === 0) record({ kind: 'ok' });
});
