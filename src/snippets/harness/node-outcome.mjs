// Preloaded with --import: records the uncaught error that ends a snippet, leaving Node's own report as is.
// The sandbox hands over the outcome descriptor already open: a snippet may end by exhausting them (EMFILE).
import { writeSync } from 'node:fs';

const fd = Number(process.env.ERRDEX_OUTCOME_FD);
delete process.env.ERRDEX_OUTCOME_FD;
let failed = false;

function record(outcome) {
  try {
    writeSync(fd, `${JSON.stringify(outcome)}\n`);
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
