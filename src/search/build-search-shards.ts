import { entryKeys, shardOf } from './shard-keys.ts';
import type { ErrnoLanguageFields, SearchCore, SearchData, SearchEntry } from './search-data.ts';

/**
 * Entries per shard the count aims at. Each entry is filed in two shards on average, so a shard holds about
 * 16 entries, 1.5 to 7 KB gzip. Measured on the real pastes: 8 gives a median first search of 17 KB against
 * 21 KB with 16, and fewer entries for the page to index before it answers.
 */
const entriesPerShard = 8;

/** A row without its other-language fields, and those fields apart. */
function splitLanguages<R extends { s: string; tr?: string[]; o?: Record<string, string[]> }>(rows: readonly R[], into: ErrnoLanguageFields): Omit<R, 'tr' | 'o'>[] {
  return rows.map(({ tr, o, ...row }) => {
    if (tr || o) into[row.s] = { ...(tr ? { tr } : {}), ...(o ? { o } : {}) };
    return row;
  });
}

/**
 * Splits the exact layer's data into what the search page fetches as a paste needs it: the core, the entry
 * shards, and the errno table's other-language fields.
 */
export function buildSearchShards(data: SearchData): { core: SearchCore; shards: SearchEntry[][]; languages: ErrnoLanguageFields } {
  const count = Math.max(1, Math.ceil(data.entries.length / entriesPerShard));
  const byName = new Map<string, SearchEntry>();
  for (const e of data.entries) if (!e.c) byName.set(`${e.l}:${e.t.toLowerCase()}`, e);
  const shards: SearchEntry[][] = Array.from({ length: count }, () => []);
  for (const e of data.entries) {
    for (const n of new Set([...entryKeys(e, byName)].map((k) => shardOf(k, count)))) shards[n]!.push(e);
  }
  const languages: ErrnoLanguageFields = {};
  const errno = splitLanguages(data.errno, languages);
  const gai = data.gai && splitLanguages(data.gai, languages);
  return { core: { errno, ...(gai ? { gai } : {}), shards: count }, shards, languages };
}
