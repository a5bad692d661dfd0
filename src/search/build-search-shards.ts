import { entryKeys, shardOf } from './shard-keys.ts';
import type { SearchCore, SearchData, SearchEntry } from './search-data.ts';

/**
 * Entries per shard the count aims at. Measured on the catalogue: a shard of about 16 entries is 2 to 5 KB
 * gzip, so a paste that needs three of them stays near 12 KB beside the 18 KB core.
 */
const entriesPerShard = 16;

/** Splits the exact layer's data into the core and entry shards the search page fetches as a paste needs them. */
export function buildSearchShards(data: SearchData): { core: SearchCore; shards: SearchEntry[][] } {
  const count = Math.max(1, Math.ceil(data.entries.length / entriesPerShard));
  const byName = new Map<string, SearchEntry>();
  for (const e of data.entries) if (!e.c) byName.set(`${e.l}:${e.t.toLowerCase()}`, e);
  const shards: SearchEntry[][] = Array.from({ length: count }, () => []);
  for (const e of data.entries) {
    for (const n of new Set([...entryKeys(e, byName)].map((k) => shardOf(k, count)))) shards[n]!.push(e);
  }
  return { core: { errno: data.errno, ...(data.gai ? { gai: data.gai } : {}), shards: count, entries: data.entries.length }, shards };
}
