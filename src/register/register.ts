/**
 * `node --import errdex/register app.js` (or `NODE_OPTIONS="--import errdex/register"`): when the program
 * dies of an uncaught exception or an unhandled rejection, one line names the errdex page for the error:
 *
 *   → errdex: https://errdex.dev/node/ECONNREFUSED/#fixes
 *
 * Node's own report, its exit status and everything printed before stay exactly as they are. The line comes
 * just above Node's report: Node writes the report from C++ after the last JavaScript it runs and then
 * exits, so nothing can follow it without replacing the report with an imitation (which could not show the
 * source line Node prints). Nothing is loaded until a crash: the process pays one listener. The error is
 * read by the site's own paste reader and resolver, over the catalogue bundled with the package, offline.
 * `ERRDEX_HOOK=0` turns it off; `ERRDEX_URL` points the link at another errdex; `ERRDEX_DATA` names the
 * catalogue file.
 */
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isMainThread } from 'node:worker_threads';

/** The module that reads the error, loaded only when there is one (and synchronously: the process is dying). */
const lineModule = import.meta.url.endsWith('.ts') ? './crash-line.ts' : './crash-line.mjs';

if (isMainThread && process.env.ERRDEX_HOOK !== '0') {
  process.on('uncaughtExceptionMonitor', (error: unknown) => {
    // Node dies only when nothing else takes the exception: no 'uncaughtException' listener and no capture
    // callback (domains, REPLs); otherwise the program goes on and there is nothing to point at.
    if (process.listenerCount('uncaughtException') > 0 || process.hasUncaughtExceptionCaptureCallback()) return;
    try {
      const { crashLine } = createRequire(import.meta.url)(lineModule) as typeof import('./crash-line.ts');
      const line = crashLine(error);
      if (line) writeSync(2, `${line}\n`);
    } catch {
      // A hint must never change how a program dies.
    }
  });
}
