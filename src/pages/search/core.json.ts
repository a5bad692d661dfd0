import { json, siteSearchShards } from '../../search/site-search-data';

/** What the search box fetches first: the errno table and the shard count (`SearchCore`). */
export async function GET(): Promise<Response> {
  return json((await siteSearchShards()).core);
}
