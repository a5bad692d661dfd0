import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrnoTable } from '../errno/load-errno-table.ts';
import { entryRedirects, errnoRedirects } from '../lib/redirects.ts';
import { headerRules } from '../lib/security-policy.ts';
import type { CheckedEntry } from '../validation/check-catalogue.ts';

/** The lines of `_redirects`: the same old and lower-case addresses the static redirect pages serve, as 301s. */
export function redirectLines(entries: readonly CheckedEntry[], errno: ErrnoTable): string[] {
  const lines = [...entryRedirects(entries), ...errnoRedirects(errno.rows)].map((r) => `${r.from} ${r.to} 301`);
  return [...new Set(lines)].sort();
}

/**
 * Files whose names carry a hash of their content never change under that name, so browsers may keep them
 * for a year; pages, Pyodide and Pagefind's entry files keep their names and are revalidated instead.
 */
export const cacheRules = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'].map((p) => ({
  path: p,
  headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
}));

/** `_headers` in the format Netlify and Cloudflare Pages read: a path pattern, then indented headers. */
export function headersFile(): string {
  return [...headerRules, ...cacheRules].map((r) => `${r.path}\n${Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`).join('\n\n') + '\n';
}

/** Writes `_redirects` and `_headers` for hosts that read them (Netlify, Cloudflare Pages) into the built site. */
export async function writeHostFiles(dist: string, entries: readonly CheckedEntry[], errno: ErrnoTable): Promise<void> {
  await writeFile(path.join(dist, '_redirects'), `${redirectLines(entries, errno).join('\n')}\n`);
  await writeFile(path.join(dist, '_headers'), headersFile());
}
