import { readPaste } from './read-paste.ts';
import { indexSearchData, resolvePaste, type Resolution, type ResolverIndex } from './resolve.ts';
import type { SearchCore, SearchEntry } from './search-data.ts';
import { keyContext, pasteKeys, shardsFor, type KeyContext } from './shard-keys.ts';

/** Where the sharded data comes from: files on the site for the browser, objects in memory for tests. */
export interface ShardSource {
  core(): Promise<SearchCore>;
  shard(n: number): Promise<SearchEntry[]>;
  /** Every entry (`/search/entries.json`), for a paste whose answer may be any page. */
  all(): Promise<SearchEntry[]>;
}

/** The resolver's index over the core and some entries, in the whole data's order (by id). */
function indexOf(core: SearchCore, entries: SearchEntry[]): ResolverIndex {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return indexSearchData({ entries: sorted, errno: core.errno, ...(core.gai ? { gai: core.gai } : {}) });
}

/** A resolution and the index it was made from (the reading line names errno rows from it). */
export interface ShardedAnswer extends Resolution {
  index: ResolverIndex;
  /** The shards fetched for it, or `all`: what the benchmark and the tests count. */
  fetched: number[] | 'all';
}

/**
 * Resolves pastes from the core and only the shards each one needs, fetching each file once. The answer is
 * the one the whole data gives: a paste that may be answered by any page fetches the whole data, and so does
 * one whose first page from its shards is not found by name, code or number (its message words, or a typo,
 * are matched against every page).
 */
export function shardedSearch(source: ShardSource): (query: string) => Promise<ShardedAnswer> {
  let ready: Promise<{ core: SearchCore; context: KeyContext }> | undefined;
  const shards = new Map<number, Promise<SearchEntry[]>>();
  const indexes = new Map<string, ResolverIndex>();
  let whole: Promise<ResolverIndex> | undefined;
  const wholeIndex = () => (whole ??= Promise.all([ready!, source.all()]).then(([{ core }, entries]) => indexOf(core, entries)));
  const answerFromWhole = async (query: string): Promise<ShardedAnswer> => {
    const index = await wholeIndex();
    return { ...resolvePaste(query, index), index, fetched: 'all' };
  };
  return async (query) => {
    ready ??= source.core().then((core) => ({ core, context: keyContext(core) }));
    const { core, context } = await ready;
    const keys = pasteKeys(query, readPaste(query), context);
    if (keys === 'all') return answerFromWhole(query);
    const wanted = shardsFor(keys, core.shards);
    const id = wanted.join(',');
    let index = indexes.get(id);
    if (!index) {
      const lists = await Promise.all(wanted.map((n) => shards.get(n) ?? shards.set(n, source.shard(n)).get(n)!));
      const byId = new Map<string, SearchEntry>();
      for (const list of lists) for (const e of list) byId.set(e.id, e);
      index = indexOf(core, [...byId.values()]);
      indexes.set(id, index);
    }
    const resolution = resolvePaste(query, index);
    // A name, code or number the shards were chosen by gives the same page from them as from the whole
    // data. A page found only by its message words could be outranked by a page in another shard.
    if (query.trim() !== '' && resolution.hits[0]?.match !== 'exact') return answerFromWhole(query);
    return { ...resolution, index, fetched: wanted };
  };
}
