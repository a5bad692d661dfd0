import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SearchData } from '../search/search-data.ts';
import { pageUrl, searchDataFile } from '../package/data-file.ts';

/** Where the catalogue comes from: the copy bundled with the package, the site at `base`, or the data itself. */
export type CatalogueSource = 'bundled' | 'fetch' | SearchData;

export interface LoadOptions {
  /** The errdex site: its `search-data.json` is fetched with `source: 'fetch'`. */
  base: string;
  source: CatalogueSource;
  /** Where fetched data is kept between builds (default `node_modules/.cache/errdex` under the working folder). */
  cacheDir?: string;
  /** How long fetched data is used before it is fetched again, in milliseconds (default a day). */
  maxAge?: number;
  /** Told when the network failed and older data (or none) is used instead. */
  warn?: (message: string) => void;
  fetch?: typeof fetch;
}

const day = 24 * 60 * 60 * 1000;

function isSearchData(value: unknown): value is SearchData {
  return typeof value === 'object' && value !== null && Array.isArray((value as SearchData).entries) && Array.isArray((value as SearchData).errno);
}

/** Reads the data bundled with the package (or, from the repository, the site's build). */
export async function bundledData(): Promise<SearchData> {
  const file = searchDataFile();
  if (!file) throw new Error('errdex: no bundled catalogue (search-data.json) beside the package; build the site (npm run build) or pass { data: "fetch" }');
  return JSON.parse(await readFile(file, 'utf8')) as SearchData;
}

/**
 * Fetches `<base>/search-data.json`, keeping a copy in the cache folder: a copy younger than `maxAge` is used
 * without asking the network, and an older one when the network fails (with a warning). Without any copy, a
 * failed fetch is a warning and `undefined`: a docs build goes on without links rather than stopping.
 */
export async function fetchedData(options: Omit<LoadOptions, 'source'>): Promise<SearchData | undefined> {
  const url = pageUrl(options.base, '/search-data.json');
  const dir = options.cacheDir ?? path.join(process.cwd(), 'node_modules', '.cache', 'errdex');
  const file = path.join(dir, `search-data-${createHash('sha256').update(url).digest('hex').slice(0, 16)}.json`);
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const cached = async () => {
    try {
      const data: unknown = JSON.parse(await readFile(file, 'utf8'));
      return isSearchData(data) ? { data, age: Date.now() - (await stat(file)).mtimeMs } : undefined;
    } catch {
      return undefined;
    }
  };
  const copy = await cached();
  if (copy && copy.age < (options.maxAge ?? day)) return copy.data;
  try {
    const res = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(15_000) });
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    const data: unknown = await res.json();
    if (!isSearchData(data)) throw new Error('not errdex search data');
    await mkdir(dir, { recursive: true });
    // Written aside and renamed, so a build running beside this one never reads half a file.
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(data));
    await rename(temp, file);
    return data;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (copy) {
      warn(`errdex: could not fetch ${url} (${why}); using the copy from ${Math.round(copy.age / 3_600_000)} h ago`);
      return copy.data;
    }
    warn(`errdex: could not fetch ${url} (${why}); error names are left unlinked`);
    return undefined;
  }
}

/** The catalogue for a source. */
export async function loadCatalogue(options: LoadOptions): Promise<SearchData | undefined> {
  if (typeof options.source === 'object') return options.source;
  if (options.source === 'bundled') return bundledData();
  return fetchedData(options);
}
