import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { errnoTable } from '../errno/load-errno-table';
import { resolverSymbols } from '../schema/errno-languages';

/** Every canonical page (no redirects, no 404), so search engines and the link checker see the whole site. */
export async function GET({ site }: APIContext): Promise<Response> {
  const entries = await getCollection('errors');
  const { rows, numbers } = errnoTable();
  const languages = [...new Set(entries.map((e) => e.data.language))];
  const paths = [
    '/',
    '/search/',
    '/errno/',
    '/python/hierarchy/',
    '/node/errors/',
    ...languages.map((l) => `/${l}/`),
    ...entries.map((e) => `/${e.id}/`),
    ...rows.map((r) => `/errno/${r.symbol}/`),
    ...resolverSymbols.map((s) => `/errno/${s}/`),
    ...[...numbers.keys()].map((n) => `/errno/${n}/`),
  ].sort();
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site)}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
}
