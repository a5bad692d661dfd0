// Runs a query through both layers: the exact resolver first, then Pagefind's full text, deduplicated.
// The exact layer's core loads on intent (focus or first keystroke), its shards per query, the full text only
// when needed; nothing with the page.
import { describeReading } from '../../search/describe-reading.ts';
import type { Reading } from '../../search/reading.ts';
import { pageLanguagesFor, type ExactHit } from '../../search/resolve.ts';
import type { ErrnoLanguageFields, SearchCore, SearchEntry } from '../../search/search-data.ts';
import { shardedSearch } from '../../search/sharded-search.ts';

export interface ExactAnswer {
  /** "Read as: Python · ...": how the paste was read. */
  readingLine: string;
  reading: Reading;
  results: Result[];
  /** Pages of other languages that also match: the nearest pages when none of the paste's language does. */
  others: Result[];
}

export interface Result extends Omit<ExactHit, 'match' | 'reason'> {
  match: ExactHit['match'] | 'text';
  reason: string;
  /** Pagefind's excerpt, HTML with <mark>; rendered as text plus marks only. */
  excerpt?: string;
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(q: string, options?: { filters?: Record<string, string | { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
}

let pagefindPromise: Promise<Pagefind> | undefined;

const fetchJson = async <T>(path: string): Promise<T> => {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return (await r.json()) as T;
};

/** The exact layer, fetched in parts: the core first, then only the shards (and other languages' wordings) each paste needs. */
const exact = shardedSearch({
  core: () => fetchJson<SearchCore>('/search/core.json'),
  shard: (n) => fetchJson<SearchEntry[]>(`/search/${n}.json`),
  all: () => fetchJson<SearchEntry[]>('/search/entries.json'),
  languages: () => fetchJson<ErrnoLanguageFields>('/search/errno-languages.json'),
});

/** Starts loading the exact layer's core; safe to call often. */
export function preload(): void {
  exact.preload();
}

/** Starts loading Pagefind, the full text: only for a search the exact layer cannot answer, or on asking. */
function loadFullText(): void {
  pagefindPromise ??= import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.origin).href).then(async (pf: Pagefind) => {
    await pf.init();
    return pf;
  });
}

const norm = (url: string) => new URL(url, location.origin).pathname.toLowerCase().replace(/\/?$/, '/');

/** How the query was read and its exact hits, filtered by language ('' for all). */
export async function exactResults(q: string, language: string): Promise<ExactAnswer> {
  const { reading, hits, others, index } = await exact.search(q);
  const shown = (h: ExactHit) => !language || h.language === language;
  return { reading, readingLine: describeReading(reading, index), results: hits.filter(shown), others: others.filter(shown) };
}

/** The words Pagefind should look for: the final error as read, else the last line of the paste. */
function fullTextQuery(q: string, reading: Reading): string {
  const f = reading.final;
  const read = f ? [f.name, f.code, f.message].filter(Boolean).join(' ') : '';
  return (read || q.trim().split('\n').pop()!).slice(0, 300);
}

/**
 * Full-text hits from Pagefind that are not already among `seen`. When the paste's language is known, only
 * pages of that language (and errno pages) are asked for: a JavaScript TypeError must not find Python's.
 */
export async function textResults(q: string, language: string, reading: Reading, seen: Result[], limit = 10): Promise<Result[]> {
  loadFullText();
  const pagefind = await pagefindPromise!;
  const family = pageLanguagesFor(reading.language);
  const languages = language ? [language].filter((l) => !family || l === 'errno' || family.includes(l)) : family && [...family, 'errno'];
  if (languages?.length === 0) return [];
  const found = await pagefind.search(fullTextQuery(q, reading), languages ? { filters: { language: { any: languages } } } : {});
  if (!found) return [];
  const have = new Set(seen.map((r) => norm(r.url)));
  const out: Result[] = [];
  for (const r of found.results.slice(0, limit + seen.length)) {
    const d = await r.data();
    if (have.has(norm(d.url))) continue;
    have.add(norm(d.url));
    out.push({
      url: d.url,
      title: d.meta.title ?? d.url,
      language: d.filters.language?.[0] ?? '',
      summary: d.meta.summary ?? '',
      errno: (d.meta.errno ?? '').split(' ').filter(Boolean),
      reason: '',
      match: 'text',
      excerpt: d.excerpt,
    });
    if (out.length >= limit) break;
  }
  return out;
}
