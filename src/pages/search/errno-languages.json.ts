import { json, siteSearchShards } from '../../search/site-search-data';

/** The errno table's other-language fields (`tr`, `o`), fetched only for a paste in another language. */
export async function GET(): Promise<Response> {
  return json((await siteSearchShards()).languages);
}
