import { getCollection } from 'astro:content';
import { errnoTable } from '../errno/load-errno-table';
import { errnoLanguages } from '../errno/load-errno-languages';
import { buildSearchData } from '../search/build-search-data';

/** The exact-match layer's data, fetched by the search box when a reader starts typing. */
export async function GET(): Promise<Response> {
  const data = buildSearchData(await getCollection('errors'), errnoTable().rows, errnoLanguages());
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}
