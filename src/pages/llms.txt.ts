import { getCollection } from 'astro:content';
import { errnoTable } from '../errno/load-errno-table';
import { llmsTxt } from '../lib/llms-txt';
import { site } from '../lib/site';

/** `/llms.txt`: the catalogue for tools and models that read it (llmstxt.org). */
export async function GET(): Promise<Response> {
  const entries = (await getCollection('errors')).map((e) => ({ id: e.id, title: e.data.title, summary: e.data.summary, language: e.data.language, status: e.data.status }));
  const errno = errnoTable().rows.map((r) => ({ symbol: r.symbol, meaning: r.meaning, linux: r.linux.number }));
  return new Response(llmsTxt(site.url, entries, errno), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
