import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface SearchCase {
  q: string;
  accept: string[];
}

/**
 * The search cases: ../shared/search-queries.json beside the repository when it is there (it grows), else
 * the copy committed in tests/fixtures.
 */
export function loadSearchCases(file?: string): { cases: SearchCase[]; from: string } {
  const candidates = [file, process.env.ERRDEX_SEARCH_QUERIES, path.resolve('../shared/search-queries.json'), path.resolve('tests/fixtures/search-queries.json')];
  const from = candidates.find((c): c is string => c !== undefined && existsSync(c))!;
  return { cases: (JSON.parse(readFileSync(from, 'utf8')) as { queries: SearchCase[] }).queries, from };
}

/**
 * 1-based rank of the first result that counts as right, or 0; paths compare case-insensitively, trailing
 * slash ignored. A message page under an accepted class page (`/python/TypeError/unsupported-operand/` for
 * `/python/TypeError`) counts too: issue 16 puts a pasted message's own page before its class, and the
 * curated cases were written when only class pages existed.
 */
export function rankOf(results: string[], accept: string[]): number {
  const norm = (u: string) => new URL(u, 'http://x').pathname.toLowerCase().replace(/\/+$/, '');
  const ok = accept.map(norm);
  return results.findIndex((r) => ok.some((a) => norm(r) === a || (a.split('/').length === 3 && norm(r).startsWith(`${a}/`) && norm(r).split('/').length === 4))) + 1;
}
