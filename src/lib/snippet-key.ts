import { createHash } from 'node:crypto';

/**
 * The identity of a snippet's captured output: any change to its code, runtime or declaration makes the
 * old snapshot stale, so a reader never sees output from code that is no longer on the page.
 */
export function snippetKey(runtime: string, expect: string, code: string): string {
  return createHash('sha256').update(`${runtime}\n${expect}\n${code}`).digest('hex').slice(0, 16);
}
