// Preloaded with --import: records the uncaught error that ends a snippet, leaving Node's own report as is.
import { writeFileSync } from 'node:fs';

const file = process.env.ERRDEX_OUTCOME;
delete process.env.ERRDEX_OUTCOME;
let failed = false;
process.on('uncaughtExceptionMonitor', (err) => {
  failed = true;
  const e = /** @type {any} */ (err);
  writeFileSync(file, JSON.stringify({ kind: 'raised', name: e?.name ?? typeof e, code: e?.code, errno: e?.errno }));
});
process.on('exit', (code) => {
  if (!failed && code === 0) writeFileSync(file, JSON.stringify({ kind: 'ok' }));
});
