import type { APIContext } from 'astro';

export function GET({ site }: APIContext): Response {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site)}\n`, { headers: { 'content-type': 'text/plain' } });
}
