import { getCollection } from 'astro:content';
import { errnoLanguages } from '../errno/load-errno-languages';
import { errnoTable } from '../errno/load-errno-table';
import { buildSearchData } from './build-search-data';
import { buildSearchShards } from './build-search-shards';
import type { SearchData } from './search-data';

let data: Promise<SearchData> | undefined;
let shards: Promise<ReturnType<typeof buildSearchShards>> | undefined;

/** The exact layer's data for the site being built, made once for every file that serves a part of it. */
export function siteSearchData(): Promise<SearchData> {
  data ??= getCollection('errors').then((entries) => buildSearchData(entries, errnoTable().rows, errnoLanguages()));
  return data;
}

/** The same data as the search page fetches it: the core, the entry shards and the errno languages. */
export function siteSearchShards(): Promise<ReturnType<typeof buildSearchShards>> {
  shards ??= siteSearchData().then(buildSearchShards);
  return shards;
}

export const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
