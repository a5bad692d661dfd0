// Runs a query through both layers: the exact resolver first, then Pagefind's full text, deduplicated.
// Both load on intent (focus or first keystroke), never with the page.
import { indexSearchData, resolve, type ExactHit, type ResolverIndex } from '../../search/resolve.ts';
import type { SearchData } from '../../search/search-data.ts';

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
  search(q: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

let indexPromise: Promise<ResolverIndex> | undefined;
let pagefindPromise: Promise<Pagefind> | undefined;

/** Starts loading the exact layer's data and Pagefind; safe to call often. */
export function preload(): void {
  indexPromise ??= fetch('/search-data.json')
    .then((r) => r.json() as Promise<SearchData>)
    .then(indexSearchData);
  pagefindPromise ??= import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.origin).href).then(async (pf: Pagefind) => {
    await pf.init();
    return pf;
  });
}

const norm = (url: string) => new URL(url, location.origin).pathname.toLowerCase().replace(/\/?$/, '/');

/** Exact hits for a query, filtered by language ('' for all). */
export async function exactResults(q: string, language: string): Promise<Result[]> {
  preload();
  const index = await indexPromise!;
  return resolve(q, index).filter((h) => !language || h.language === language);
}

/** Full-text hits from Pagefind that are not already among `seen`. */
export async function textResults(q: string, language: string, seen: Result[], limit = 10): Promise<Result[]> {
  preload();
  const pagefind = await pagefindPromise!;
  // Pagefind matches words; a pasted traceback is mostly noise, so only its last line is searched.
  const lastLine = q.trim().split('\n').pop()!.slice(0, 300);
  const found = await pagefind.search(lastLine, language ? { filters: { language } } : {});
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
