import { getCollection } from 'astro:content';
import { errnoLanguages } from '../errno/load-errno-languages';
import { errnoTable } from '../errno/load-errno-table';
import { buildSearchData } from './build-search-data';
import { buildSearchShards } from './build-search-shards';
import type { SearchCore, SearchData, SearchEntry } from './search-data';

let data: Promise<SearchData> | undefined;
let shards: Promise<{ core: SearchCore; shards: SearchEntry[][] }> | undefined;

/** The exact layer's data for the site being built, made once for every file that serves a part of it. */
export function siteSearchData(): Promise<SearchData> {
  data ??= getCollection('errors').then((entries) => buildSearchData(entries, errnoTable().rows, errnoLanguages()));
  return data;
}

/** The same data as the search page fetches it: the core and the entry shards. */
export function siteSearchShards(): Promise<{ core: SearchCore; shards: SearchEntry[][] }> {
  shards ??= siteSearchData().then(buildSearchShards);
  return shards;
}

export const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
