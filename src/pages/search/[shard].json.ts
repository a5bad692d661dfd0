import type { GetStaticPaths } from 'astro';
import { json, siteSearchShards } from '../../search/site-search-data';

/** One shard of entries, fetched when a paste names something filed in it (`shard-keys.ts`). */
export const getStaticPaths = (async () => (await siteSearchShards()).shards.map((_, n) => ({ params: { shard: String(n) } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { shard?: string } }): Promise<Response> {
  return json((await siteSearchShards()).shards[Number(params.shard)]);
}
