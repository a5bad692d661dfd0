import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkLinks } from '../../src/permalinks/check-links.ts';

const { broken, pages } = await checkLinks('dist');

test('every internal link and #fragment in the built site resolves', () => {
  assert.deepEqual(broken.map((b) => `${b.page}: ${b.href} (${b.reason})`), []);
});

test('every page is in the sitemap, except redirects and the 404 page', () => {
  const listed = new Set([...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  const missing = pages.filter((p) => {
    if (p === '/404.html' || listed.has(p)) return false;
    const html = readFileSync(`dist${p.endsWith('/') ? `${p}index.html` : p}`, 'utf8');
    return !html.includes('http-equiv="refresh"');
  });
  assert.deepEqual(missing, []);
});
