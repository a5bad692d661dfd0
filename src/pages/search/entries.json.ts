import { json, siteSearchData } from '../../search/site-search-data';

/** Every entry, for a paste whose answer may be any page (its message alone, a typo): the core has the rest. */
export async function GET(): Promise<Response> {
  return json((await siteSearchData()).entries);
}
