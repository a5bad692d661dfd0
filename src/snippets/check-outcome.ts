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
      return `raised ${outcome.qualname ?? outcome.name}${detail}`;
    }
  }
}

/**
 * True when the class raised is the one declared. A bare name is a built-in (or the snippet's own class): it
 * does not match requests.exceptions.ConnectionError, which is not the built-in ConnectionError. A dotted
 * name is the documented import path: `json.JSONDecodeError` matches the class defined in json.decoder,
 * `pickle.UnpicklingError` the one _pickle defines.
 */
export function sameClass(declared: string, outcome: { name: string; qualname?: string; mro?: string[] }): boolean {
  const raised = outcome.qualname ?? outcome.name;
  if (!declared.includes('.')) {
    if (declared === raised) return true;
    // A library subclass that names itself after its built-in base (NumPy's _ArrayMemoryError sets its
    // __name__ to MemoryError) stands for that built-in; one that only shares the name (requests') does not.
    const renamed = outcome.qualname !== undefined && !outcome.qualname.endsWith(`.${outcome.name}`);
    return renamed && outcome.name === declared && (outcome.mro ?? []).slice(1).includes(declared);
  }
  // A C accelerator module prints its own name (`_pickle.UnpicklingError` for pickle.UnpicklingError).
  const top = (name: string) => name.slice(0, name.indexOf('.')).replace(/^_/, '');
  return declared === raised || (declared.slice(declared.lastIndexOf('.') + 1) === outcome.name && raised.includes('.') && top(declared) === top(raised));
}

/** True when a run did exactly what its snippet declares: the same class, and the same errno or code. */
export function outcomeMatches(expect: Expectation, outcome: Outcome): boolean {
  if (expect.kind === 'ok') return outcome.kind === 'ok';
  if (expect.kind === 'norun') return true;
  if (outcome.kind !== 'raised' || !sameClass(expect.name, outcome)) return false;
  if (expect.code === undefined) return true;
  return outcome.errnoNames?.includes(expect.code) === true || outcome.code === expect.code;
}
