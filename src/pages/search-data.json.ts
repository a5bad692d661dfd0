import { json, siteSearchData } from '../search/site-search-data';

/**
 * The exact-match layer's data, whole: what the CLI, the markdown linker and the MCP tools read. The search
 * page fetches it in parts instead (`/search/core.json` and its shards).
 */
export async function GET(): Promise<Response> {
  return json(await siteSearchData());
}
