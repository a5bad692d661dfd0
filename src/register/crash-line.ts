import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { bestHit } from '../cli/explain.ts';
import { site } from '../lib/site.ts';
import { pageUrl, searchDataFile } from '../package/data-file.ts';
import { indexSearchData, resolvePaste, type ResolverIndex } from '../search/resolve.ts';
import type { SearchData } from '../search/search-data.ts';

/** The text Node prints for an uncaught error: its stack and its own properties (`code: 'ECONNREFUSED'`, ...). */
export function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    try {
      return inspect(error, { colors: false, customInspect: false, depth: 5, breakLength: 120 });
    } catch {
      return String((error as { stack?: unknown }).stack ?? error);
    }
  }
  return `Uncaught ${inspect(error)}`;
}

/**
 * The line for a crash's text: `→ errdex: <page>#fixes`, or undefined when no page answers it. Only pages
 * for a name, code or number read in the error count: a page that merely shares words with its message
 * (`fetch failed` is also how a DNS failure starts) would send the reader to the wrong error.
 */
export function lineFor(text: string, index: ResolverIndex, base: string = site.url): string | undefined {
  const page = bestHit(resolvePaste(text, index).hits.filter((h) => h.match === 'exact'));
  if (!page) return undefined;
  // Every entry page has its fixes at #fixes; errno pages start with what the number means.
  return `→ errdex: ${pageUrl(base, page.url)}${page.language === 'errno' ? '' : '#fixes'}`;
}

/** The line for an uncaught error, read against the bundled catalogue; undefined without one or without a page. */
export function crashLine(error: unknown): string | undefined {
  const file = searchDataFile();
  if (!file) return undefined;
  const index = indexSearchData(JSON.parse(readFileSync(file, 'utf8')) as SearchData);
  return lineFor(errorText(error), index, process.env.ERRDEX_URL || site.url);
}
