import { readPaste } from './read-paste.ts';
import { indexSearchData, resolvePaste, type Resolution, type ResolverIndex } from './resolve.ts';
import type { Reading } from './reading.ts';
import type { ErrnoLanguageFields, SearchCore, SearchEntry } from './search-data.ts';
import { keyContext, pasteKeys, shardsFor, type KeyContext } from './shard-keys.ts';

/** Where the sharded data comes from: files on the site for the browser, objects in memory for tests. */
export interface ShardSource {
  core(): Promise<SearchCore>;
  shard(n: number): Promise<SearchEntry[]>;
  /** Every entry (`/search/entries.json`), for a paste whose answer may be any page. */
  all(): Promise<SearchEntry[]>;
  /** The errno table's other-language fields (`/search/errno-languages.json`). */
  languages(): Promise<ErrnoLanguageFields>;
}

/**
 * Whether a paste may need other languages' wordings of errno messages: glibc's translations (text with
 * letters outside ASCII, or words of a paste whose language no reader recognised) and the lines other
 * programming languages print (a Go, curl, ... paste). A lone name, code or number has no wording.
 */
export function needsLanguages(query: string, reading: Reading): boolean {
  const trimmed = query.trim();
  if (/[^\x00-\x7f]/.test(trimmed)) return true;
  return reading.language !== 'python' && reading.language !== 'javascript' && /\s/.test(trimmed);
}

/** The core with the other-language fields put back on its rows. */
function withLanguages(core: SearchCore, languages: ErrnoLanguageFields): SearchCore {
  return { ...core, errno: core.errno.map((r) => ({ ...r, ...languages[r.s] })), ...(core.gai ? { gai: core.gai.map((g) => ({ ...g, ...languages[g.s] })) } : {}) };
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
  /** Whether it needed the errno table's other-language fields. */
  languages: boolean;
}

/**
 * Resolves pastes from the core and only the shards each one needs, fetching each file once. The answer is
 * the one the whole data gives: a paste that may be answered by any page fetches the whole data, and so does
 * one whose first page from its shards is not found by name, code or number (its message words, or a typo,
 * are matched against every page).
 */
/** A cached promise that is forgotten if it fails, so the next search fetches again instead of failing for good. */
function retryable<T>(start: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () =>
    (cached ??= start().catch((error: unknown) => {
      cached = undefined;
      throw error;
    }));
}

/** The sharded exact layer: `search` resolves a paste; `preload` starts fetching the core. */
export interface ShardedSearch {
  search(query: string): Promise<ShardedAnswer>;
  preload(): void;
}

export function shardedSearch(source: ShardSource): ShardedSearch {
  interface Ready {
    core: SearchCore;
    /** Whether the core carries the other-language fields. */
    languages: boolean;
    context: KeyContext;
    /** Resolver indexes by the shards they hold. */
    indexes: Map<string, ResolverIndex>;
    /** The index of every entry, made when a paste first needs it. */
    whole: () => Promise<ResolverIndex>;
  }
  const entries = retryable(() => source.all());
  const make = (core: SearchCore, languages: boolean): Ready => ({ core, languages, context: keyContext(core), indexes: new Map(), whole: retryable(() => entries().then((all) => indexOf(core, all))) });
  const core = retryable(() => source.core());
  const languages = retryable(() => source.languages());
  const corePlain = retryable(() => core().then((c) => make(c, false)));
  const coreFull = retryable(() => Promise.all([core(), languages()]).then(([c, l]) => make(withLanguages(c, l), true)));
  const shards = new Map<number, () => Promise<SearchEntry[]>>();
  const shard = (n: number) => (shards.get(n) ?? shards.set(n, retryable(() => source.shard(n))).get(n)!)();
  const answerFromWhole = async (query: string, ready: Ready): Promise<ShardedAnswer> => {
    const index = await ready.whole();
    return { ...resolvePaste(query, index), index, fetched: 'all', languages: ready.languages };
  };
  const search = async (query: string): Promise<ShardedAnswer> => {
    const reading = readPaste(query);
    const ready = await (needsLanguages(query, reading) ? coreFull() : corePlain());
    const keys = pasteKeys(query, reading, ready.context);
    if (keys === 'all') return answerFromWhole(query, ready);
    const wanted = shardsFor(keys, ready.core.shards);
    const id = wanted.join(',');
    let index = ready.indexes.get(id);
    if (!index) {
      const lists = await Promise.all(wanted.map(shard));
      const byId = new Map<string, SearchEntry>();
      for (const list of lists) for (const e of list) byId.set(e.id, e);
      index = indexOf(ready.core, [...byId.values()]);
      ready.indexes.set(id, index);
    }
    const resolution = resolvePaste(query, index);
    // A name, code or number the shards were chosen by gives the same page from them as from the whole
    // data. A page found only by its message words could be outranked by a page in another shard.
    if (query.trim() !== '' && resolution.hits[0]?.match !== 'exact') return answerFromWhole(query, ready);
    return { ...resolution, index, fetched: wanted, languages: ready.languages };
  };
  // A failed preload is retried by the next search, which reports it.
  return { search, preload: () => void corePlain().catch(() => undefined) };
}
