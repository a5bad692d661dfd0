import type { Expectation } from '../lib/snippet-meta.ts';
import type { Outcome } from './run-snippet.ts';

/** Says in words how a run ended: "raised ConnectionResetError (errno 104 ECONNRESET)". */
export function describeOutcome(outcome: Outcome, timeoutMs: number, maxOutputBytes: number): string {
  switch (outcome.kind) {
    case 'ok':
      return 'ran clean (exit 0)';
    case 'timeout':
      return `was still running after ${timeoutMs / 1000} s and was killed`;
    case 'flood':
      return `printed more than ${Math.round(maxOutputBytes / 1024)} KB and was killed`;
    case 'sandbox':
      return `could not start in its sandbox: ${outcome.message}`;
    case 'exited':
      return outcome.signal ? `was killed by ${outcome.signal}` : `exited with code ${outcome.exitCode} without raising`;
    case 'raised': {
      const detail = outcome.errnoNames?.length ? ` (errno ${outcome.errno} ${outcome.errnoNames.join('/')})` : outcome.code ? ` (code ${outcome.code})` : '';
      return `raised ${outcome.name}${detail}`;
    }
  }
}

/** True when a run did exactly what its snippet declares: the same class by name, and the same errno or code. */
export function outcomeMatches(expect: Expectation, outcome: Outcome): boolean {
  if (expect.kind === 'ok') return outcome.kind === 'ok';
  if (expect.kind === 'norun') return true;
  if (outcome.kind !== 'raised' || outcome.name !== expect.name) return false;
  if (expect.code === undefined) return true;
  return outcome.errnoNames?.includes(expect.code) === true || outcome.code === expect.code;
}
