import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadRealPastes } from '../lib/real-pastes.ts';
import { shardedSearch } from '../../src/search/sharded-search.ts';
import type { ErrnoLanguageFields, SearchCore, SearchEntry } from '../../src/search/search-data.ts';
import { stat, type Stat } from './stats.ts';

const gz = (file: string) => (existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : 0);

/** What the exact layer's files weigh, gzip, as a host sends them. */
export interface SearchDataWeight {
  /** `/search/core.json`: fetched on the first search. */
  core: number;
  shards: number;
  /** Gzip sizes of the shards. */
  shard: Stat;
  /** `/search/entries.json`: fetched for a paste with no name, code or number to choose shards by. */
  entries: number;
  /** `/search/errno-languages.json`: fetched for a paste in another language. */
  languages: number;
  /** `/search-data.json`, the whole data the tools read (never fetched by the page). */
  whole: number;
  /** Bytes each real paste's search fetches, and how many needed every entry (real catalogue only). */
  pastes?: { bytes: Stat; p90: number; allEntries: number; count: number };
}

/** The exact layer's files in a build; with `pastes`, what searching each real paste fetches from them. */
export async function searchDataWeight(dist: string, pastes = false): Promise<SearchDataWeight> {
  const dir = `${dist}/search`;
  const shardFiles = readdirSync(dir).filter((f) => /^\d+\.json$/.test(f));
  const shardBytes = shardFiles.map((f) => gz(`${dir}/${f}`));
  const weight: SearchDataWeight = { core: gz(`${dir}/core.json`), shards: shardFiles.length, shard: stat(shardBytes), entries: gz(`${dir}/entries.json`), languages: gz(`${dir}/errno-languages.json`), whole: gz(`${dist}/search-data.json`) };
  if (!pastes) return weight;
  const read = <T>(file: string) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as T;
  const bytes: number[] = [];
  let allEntries = 0;
  for (const p of loadRealPastes()) {
    // A fresh loader per paste: each is a reader's first search.
    const { search } = shardedSearch({ core: async () => read<SearchCore>('core.json'), shard: async (n) => read<SearchEntry[]>(`${n}.json`), all: async () => read<SearchEntry[]>('entries.json'), languages: async () => read<ErrnoLanguageFields>('errno-languages.json') });
    const { fetched, languages } = await search(p.paste);
    if (fetched === 'all') allEntries++;
    const shards = fetched === 'all' ? [] : fetched;
    bytes.push(weight.core + shards.reduce((n, s) => n + gz(`${dir}/${s}.json`), 0) + (fetched === 'all' ? weight.entries : 0) + (languages ? weight.languages : 0));
  }
  const p90 = [...bytes].sort((a, b) => a - b)[Math.floor(0.9 * (bytes.length - 1))]!;
  return { ...weight, pastes: { bytes: stat(bytes), p90, allEntries, count: bytes.length } };
}
