import { getCollection } from 'astro:content';
import { errnoTable } from '../../errno/load-errno-table';
import { catalogSchema } from '../../schema/api';
import { kindOf } from '../../schema/entry-path';

/** Every entry and errno symbol, for tools; checked against its own schema before it is written. */
export async function GET(): Promise<Response> {
  const entries = (await getCollection('errors')).filter((e) => e.data.status === 'active');
  const catalog = catalogSchema.parse({
    $schema: '/api/schema/catalog.json',
    items: [
      ...entries.map((e) => ({ id: e.id, url: `/${e.id}/`, title: e.data.title, summary: e.data.summary, language: e.data.language, kind: kindOf(e.data), errno: e.data.errno, parent: e.data.parent ?? null, class: e.data.class ?? null })),
      ...errnoTable().rows.map((r) => ({ id: `errno/${r.symbol}`, url: `/errno/${r.symbol}/`, title: r.symbol, summary: r.meaning, language: 'errno' as const, kind: 'errno' as const, errno: [r.symbol], parent: null, class: null })),
    ],
  });
  return new Response(JSON.stringify(catalog, null, 1), { headers: { 'content-type': 'application/json' } });
}
