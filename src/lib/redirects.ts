import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One old or alternative address and the canonical page it leads to (both with trailing slash). */
export interface Redirect {
  from: string;
  to: string;
  /** A lower-case spelling of another address: case-insensitive builds cannot write it as a page of its own. */
  lowerCase?: boolean;
}

/**
 * Whether the build's file system tells `Name` from `name`. On macOS and Windows it does not, and a
 * lower-case redirect page would overwrite the real page it points to; there `_redirects` and the 404
 * page's lookup carry lower-case links instead.
 */
export const caseSensitiveBuild: boolean = (() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'errdex-case-'));
  try {
    writeFileSync(path.join(dir, 'Probe'), '');
    return !existsSync(path.join(dir, 'probe'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

/** Redirects for errno pages: every alias spelling (EWOULDBLOCK, WSAECONNRESET) and the lower-case symbol. */
export function errnoRedirects(rows: readonly { symbol: string; aliases: string[] }[]): Redirect[] {
  return rows.flatMap((row) => [...row.aliases, row.symbol.toLowerCase()].map((alias) => ({ from: `/errno/${alias}/`, to: `/errno/${row.symbol}/` })));
}

/**
 * Redirects for entries: every alias (an earlier URL, or another name of the class such as
 * `/python/json.decoder.JSONDecodeError` or `/python/socket.timeout`), and the all-lower-case spelling of
 * each canonical path and each alias (`/python/json.jsondecodeerror/`, `/python/typeerror/not-subscriptable/`,
 * `/node/err_require_esm/`), so a URL typed from memory or lower-cased by a tool still arrives.
 */
export function entryRedirects(entries: readonly { id: string; data: { aliases: string[] } }[]): Redirect[] {
  const canonical = new Set(entries.map((e) => `/${e.id}/`));
  const taken = new Set<string>(canonical);
  const out: Redirect[] = [];
  const add = (from: string, to: string, lowerCase = false) => {
    if (taken.has(from)) return;
    taken.add(from);
    out.push(lowerCase ? { from, to, lowerCase } : { from, to });
  };
  for (const e of entries) for (const alias of e.data.aliases) add(`${alias}/`, `/${e.id}/`);
  for (const e of entries) {
    const to = `/${e.id}/`;
    for (const from of [to, ...e.data.aliases.map((a) => `${a}/`)]) {
      const lower = from.toLowerCase();
      if (lower !== from && !canonical.has(lower)) add(lower, to, true);
    }
  }
  return out;
}
