/**
 * The fence-meta syntax authors use to declare what a snippet does when run:
 *   ```python expect=raises:ConnectionResetError:ECONNRESET
 *   ```js expect=ok
 *   ```python expect="norun:needs a real remote host"
 * plus `browser=no` / `browser=yes` to override whether the page offers a Run button, or
 * `browser="no:<reason>"` to say why it cannot run there.
 */

/** What a snippet is declared to do when run. */
export type Expectation =
  | { kind: 'raises'; name: string; code?: string }
  | { kind: 'ok' }
  | { kind: 'norun'; reason: string };

/** Fence languages that are snippets, and the runtime each runs on. */
export const snippetRuntimes = { python: 'python', js: 'node' } as const;
export type SnippetFence = keyof typeof snippetRuntimes;
export type SnippetRuntime = (typeof snippetRuntimes)[SnippetFence];

/** Fence names authors reach for that should be spelled the canonical way. */
export const fenceSpellings: Record<string, SnippetFence> = {
  py: 'python',
  python3: 'python',
  javascript: 'js',
  node: 'js',
  mjs: 'js',
};

export function isSnippetFence(lang: string | null | undefined): lang is SnippetFence {
  return lang !== null && lang !== undefined && Object.hasOwn(snippetRuntimes, lang);
}

/** Splits `a=b c="d e"` into a record; a bare word becomes a key with an empty value. */
export function parseMeta(meta: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;
  for (const m of (meta ?? '').matchAll(re)) {
    out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Reads an `expect=` value; returns a string describing the problem when it is malformed. */
export function parseExpect(value: string | undefined): Expectation | string {
  if (value === undefined || value === '') {
    return 'missing expect=: declare raises:<Name>[:<ERRNO or code>], ok, or "norun:<reason>"';
  }
  if (value === 'ok') return { kind: 'ok' };
  if (value.startsWith('norun:')) {
    const reason = value.slice('norun:'.length).trim();
    return reason.length >= 5 ? { kind: 'norun', reason } : 'norun needs a reason the reader can see, like expect="norun:needs a remote host"';
  }
  const raises = /^raises:([A-Za-z_][\w.]*)(?::([A-Z][A-Z0-9_]*))?$/.exec(value);
  if (raises) {
    return raises[2] ? { kind: 'raises', name: raises[1]!, code: raises[2] } : { kind: 'raises', name: raises[1]! };
  }
  return `expect=${value} is not understood: use raises:<Name>, raises:<Name>:<ERRNO>, ok, or "norun:<reason>"`;
}

/** Checks a `browser=` value; returns a message when it is malformed. */
export function browserMetaProblem(value: string | undefined): string | undefined {
  if (value === undefined || value === 'yes' || value === 'no' || /^no:.{5,}/.test(value)) return undefined;
  return `browser=${value} is not understood: use browser=yes, browser=no, or browser="no:<reason shown to the reader>"`;
}

/** The canonical text of an expectation, as written in `data-snippet-expect`. */
export function formatExpect(e: Expectation): string {
  if (e.kind === 'ok') return 'ok';
  if (e.kind === 'norun') return `norun:${e.reason}`;
  return e.code ? `raises:${e.name}:${e.code}` : `raises:${e.name}`;
}

/**
 * Which runtime versions a snippet is for, from its fence:
 *   ```python expect=ok since=3.12        a feature that arrived in 3.12: older versions must fail
 *   ```python expect=ok until=3.11        a module removed after 3.11: newer versions must fail
 *   ```js expect=ok skip=20               not run on Node.js 20 at all (say why in the text)
 * Versions are `3.12` for Python and `22` for Node.js, as the page names them.
 */
export interface VersionMeta {
  since?: string;
  until?: string;
  skip: string[];
}

const versionPattern: Record<SnippetRuntime, RegExp> = { python: /^3\.\d{1,2}$/, node: /^\d{2}$/ };
const versionExample: Record<SnippetRuntime, string> = { python: '3.12', node: '22' };

/** Reads `since=`, `until=` and `skip=`; returns a message when one is malformed. */
export function parseVersionMeta(runtime: SnippetRuntime, meta: Record<string, string>): VersionMeta | string {
  const pattern = versionPattern[runtime];
  const name = runtime === 'python' ? 'Python' : 'Node.js';
  for (const key of ['since', 'until'] as const) {
    const v = meta[key];
    if (v !== undefined && !pattern.test(v)) {
      return `${key}=${v} is not a version: write the ${key === 'since' ? 'oldest' : 'newest'} ${name} version that runs the snippet, like ${key}=${versionExample[runtime]}`;
    }
  }
  const skip = meta.skip === undefined ? [] : meta.skip.split(',').map((v) => v.trim());
  const bad = skip.find((v) => !pattern.test(v));
  if (bad !== undefined) return `skip=${meta.skip} is not a list of versions: write skip=${versionExample[runtime]} or skip=${runtime === 'python' ? '3.10,3.12' : '20,22'}`;
  return { ...(meta.since !== undefined ? { since: meta.since } : {}), ...(meta.until !== undefined ? { until: meta.until } : {}), skip };
}
