import path from 'node:path';
import { errnoLanguages } from '../errno/load-errno-languages.ts';
import { errnoTable } from '../errno/load-errno-table.ts';
import { buildSearchData } from '../search/build-search-data.ts';
import type { SearchData } from '../search/search-data.ts';
import { validateCatalogue } from '../validation/validate-catalogue.ts';

const runs = new Map<string, ReturnType<typeof validateCatalogue>>();

/**
 * The catalogue validated once per process and project root: the build's integration and the markdown
 * plugin that links error names both ask, and share one reading of every entry.
 */
export function catalogueOnce(root: string): ReturnType<typeof validateCatalogue> {
  const key = path.resolve(root);
  let run = runs.get(key);
  if (!run) {
    run = validateCatalogue(key);
    runs.set(key, run);
  }
  return run;
}

/** The exact layer's data (what `/search-data.json` serves) for the catalogue under `root`. */
export async function catalogueSearchData(root: string): Promise<SearchData> {
  return buildSearchData((await catalogueOnce(root)).entries, errnoTable(root).rows, errnoLanguages(root));
}
