import { errnoLanguages } from '../../src/errno/load-errno-languages.ts';
import { loadErrnoTable } from '../../src/errno/load-errno-table.ts';
import { buildSearchData } from '../../src/search/build-search-data.ts';
import type { SearchData } from '../../src/search/search-data.ts';
import { validateCatalogue } from '../../src/validation/validate-catalogue.ts';

/**
 * The exact layer's data made straight from the sources (as the build makes `/search-data.json`), with the
 * set of page paths the build would have: enough to judge search without building the site.
 */
export async function sourceSearchData(root = process.cwd()): Promise<{ data: SearchData; pages: Set<string> }> {
  const { entries } = await validateCatalogue(root);
  const rows = loadErrnoTable(root).table!.rows;
  const languages = errnoLanguages(root);
  const data = buildSearchData(entries, rows, languages);
  const pages = new Set<string>(entries.map((e) => `/${e.id}/`));
  for (const g of data.gai ?? []) pages.add(`/errno/${g.s}/`);
  for (const r of rows) {
    pages.add(`/errno/${r.symbol}/`);
    for (const n of [r.linux.number, r.macos?.number, r.windows.wsa?.code, r.windows.crt, r.node.linux, r.node.macos, r.node.windows]) if (n) pages.add(`/errno/${n}/`);
  }
  return { data, pages };
}
