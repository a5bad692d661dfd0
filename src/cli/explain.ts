import type { EntryParts } from '../catalogue/entry-document.ts';
import { describeReading } from '../search/describe-reading.ts';
import type { Reading } from '../search/reading.ts';
import { indexSearchData, resolvePaste, type ExactHit } from '../search/resolve.ts';
import type { SearchData } from '../search/search-data.ts';
import { formatEntry, type Style } from './format-entry.ts';
import { readSiteFile } from './load-site-data.ts';

export interface ExplainResult {
  /** What to print. */
  text: string;
  /** 0 when something matched, 1 when nothing did. */
  code: number;
  /** How the paste was read, as a line and as data, and every page that answers it, best first. */
  readingLine: string;
  reading: Reading;
  hits: ExactHit[];
}

/**
 * `errdex explain <query>`: the same resolver as the web search, over the same built JSON; prints the best
 * entry (or errno page) readably, and lists the other matches.
 */
export async function explain(query: string, from: string, siteUrl: string, style: Style): Promise<ExplainResult> {
  const data = JSON.parse(await readSiteFile(from, 'search-data.json')) as SearchData;
  const index = indexSearchData(data);
  const { reading, hits, others: otherLanguages } = resolvePaste(query, index);
  const readingLine = describeReading(reading, index);
  const read = { readingLine, reading, hits };
  if (hits.length === 0) {
    const shown = query.length > 60 ? `${query.slice(0, 57)}...` : query;
    const near = otherLanguages.length > 0 ? `\nNearest pages, in another language: ${otherLanguages.slice(0, 3).map((h) => `${h.title} (${new URL(h.url, siteUrl)})`).join(', ')}` : '';
    return { ...read, code: 1, text: `${style.dim(readingLine)}\nerrdex: nothing matches ${JSON.stringify(shown)} yet.${near}\nTry the error's name (KeyError), its errno symbol (ECONNRESET) or number (104), or paste the last line of the traceback.` };
  }
  const best = bestHit(hits)!;
  const others = hits.filter((h) => h !== best).slice(0, 4);
  const body = best.language === 'errno' ? formatErrnoHit(best, siteUrl, style) : formatEntry(await entryDocument(from, best), siteUrl, style);
  const more = others.length > 0 ? `\n\nAlso matching: ${others.map((h) => `${h.title} (${new URL(h.url, siteUrl)})`).join(', ')}` : '';
  return { ...read, code: 0, text: `${style.dim(readingLine)}\n\n${body}${more}` };
}

/** The page to show for a paste: the first page of a language (an entry), else the first errno page. */
export function bestHit<H extends Pick<ExactHit, 'language'>>(hits: readonly H[]): H | undefined {
  return hits.find((h) => h.language !== 'errno') ?? hits[0];
}

/** An entry's API document (`/api/<language>/<Name>.json`) from the built or deployed site. */
export async function entryDocument(from: string, hit: Pick<ExactHit, 'url'>): Promise<{ title: string; summary: string; url: string; parts: EntryParts }> {
  return JSON.parse(await readSiteFile(from, `api${hit.url.replace(/\/$/, '')}.json`));
}

function formatErrnoHit(hit: ExactHit, siteUrl: string, style: Style): string {
  return [style.bold(hit.title), `  ${hit.summary}`, '', style.dim(`Every platform's number and what to do: ${new URL(hit.url, siteUrl)}`)].join('\n');
}
