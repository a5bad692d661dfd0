import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Page path (with trailing slash) to the fragment ids a link may point at. */
export type Permalinks = Record<string, string[]>;

/** Where the list of every permalink that ever shipped is kept. */
export const shippedFile = 'content/permalinks/shipped.json';

const linkable = /^\/(python|javascript|node|errno)\//;

/**
 * Reads the built site's permanent addresses: every entry and errno page (redirect pages included, except
 * lower-case spellings, which only case-sensitive builds write) with the ids inside its article.
 */
export async function collectPermalinks(dist: string): Promise<Permalinks> {
  const out: Permalinks = {};
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('index.html'));
  const pageOf = (file: string) => `/${path.dirname(file).split(path.sep).join('/')}/`;
  // A lower-case page beside the same address in other letters is a lower-case spelling (of an entry or of
  // an alias such as /python/asyncio.timeouterror/), which case-insensitive builds do not write.
  const spelt = new Map<string, number>();
  for (const file of files) spelt.set(pageOf(file).toLowerCase(), (spelt.get(pageOf(file).toLowerCase()) ?? 0) + 1);
  for (const file of files) {
    const page = pageOf(file);
    if (!linkable.test(page)) continue;
    if (page === page.toLowerCase() && spelt.get(page)! > 1) continue;
    const html = await readFile(path.join(dist, file), 'utf8');
    const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html);
    if (refresh && refresh[1]!.toLowerCase() === page.toLowerCase()) continue;
    const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
    out[page] = [...new Set([...article.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))].sort();
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** What a build lost and what it added, compared with the shipped list. */
export function comparePermalinks(shipped: Permalinks, built: Permalinks): { lost: string[]; added: string[] } {
  const lost: string[] = [];
  const added: string[] = [];
  for (const [page, ids] of Object.entries(shipped)) {
    if (!built[page]) lost.push(page);
    else for (const id of ids) if (!built[page].includes(id)) lost.push(`${page}#${id}`);
  }
  for (const [page, ids] of Object.entries(built)) {
    if (!shipped[page]) added.push(page);
    else for (const id of ids) if (!shipped[page].includes(id)) added.push(`${page}#${id}`);
  }
  return { lost, added };
}

/** The shipped list grown by a build: nothing is ever removed. */
export function mergePermalinks(shipped: Permalinks, built: Permalinks): Permalinks {
  const merged: Permalinks = { ...shipped };
  for (const [page, ids] of Object.entries(built)) merged[page] = [...new Set([...(merged[page] ?? []), ...ids])].sort();
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
}
