import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { site } from '../lib/site.ts';

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const pageOf = (file: string) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');

/**
 * Walks every HTML file in `dist`, resolves each same-site href and checks that its file exists and, for
 * `#fragment` links, that the target page has that id.
 */
export async function checkLinks(dist: string): Promise<{ broken: BrokenLink[]; pages: string[] }> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const html = new Map<string, string>();
  for (const f of files) {
    const text = await readFile(path.join(dist, f), 'utf8');
    html.set(pageOf(f), text);
    ids.set(pageOf(f), new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  const broken: BrokenLink[] = [];
  for (const [page, text] of html) {
    for (const m of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = m[1]!.replaceAll('&amp;', '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(raw) && !raw.startsWith(`${site.url}/`)) continue; // other sites, mailto:, data:
      const url = new URL(raw, `${site.url}${page}`);
      if (url.origin !== site.url) continue;
      const target = decodeURIComponent(url.pathname);
      const file = target.endsWith('/') ? `${target}index.html` : target;
      const key = target.endsWith('/') ? target : target.endsWith('.html') ? target.replace(/index\.html$/, '') : target;
      if (!existsSync(path.join(dist, file))) {
        broken.push({ page, href: raw, reason: `no file ${file}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && html.has(key) && !ids.get(key)!.has(fragment)) broken.push({ page, href: raw, reason: `no id "${fragment}" on ${key}` });
    }
  }
  return { broken, pages: [...html.keys()] };
}
