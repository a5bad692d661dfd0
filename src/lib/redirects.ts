import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One old or alternative address and the canonical page it leads to (both with trailing slash). */
export interface Redirect {
  from: string;
  to: string;
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

/** Redirects for entries: every alias, and the all-lower-case spelling of each canonical path. */
export function entryRedirects(entries: readonly { id: string; data: { aliases: string[] } }[]): Redirect[] {
  const canonical = new Set(entries.map((e) => `/${e.id}/`));
  const out: Redirect[] = [];
  for (const e of entries) {
    const to = `/${e.id}/`;
    for (const alias of e.data.aliases) out.push({ from: `${alias}/`, to });
    const lower = to.toLowerCase();
    if (lower !== to && !canonical.has(lower)) out.push({ from: lower, to });
  }
  return out;
}
