import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { SearchData } from '../../src/search/search-data.ts';

// Every built entry page, and the links the error-name linker put in its prose (a link whose only child is code).
const data = JSON.parse(readFileSync('dist/search-data.json', 'utf8')) as SearchData;
const pages = data.entries.map((e) => ({ url: `/${e.id}/`, html: readFileSync(`dist/${e.id}/index.html`, 'utf8') }));
const codeLinks = (html: string) => [...html.matchAll(/<a href="([^"]*)" title="([^"]*)"><code>([^<]*)<\/code><\/a>/g)].map((m) => ({ href: m[1]!, title: m[2]!, name: m[3]! }));
/** The entry's body: from its first part (the MDX the linker ran over) to the end of the main content. */
const main = (html: string) => html.slice(html.indexOf('class="part part-'), html.indexOf('</main>'));

test('entry pages link the errors their prose names, with the summary as title, and never themselves', () => {
  const self = pages.flatMap((p) => codeLinks(main(p.html)).filter((l) => l.href === p.url).map((l) => `${p.url}: ${l.name}`));
  assert.deepEqual(self, []);
  const total = pages.reduce((n, p) => n + codeLinks(main(p.html)).length, 0);
  assert.ok(total > pages.length, `only ${total} links over ${pages.length} pages`);
  const reset = codeLinks(main(pages.find((p) => p.url === '/python/ConnectionResetError/')!.html));
  assert.ok(reset.some((l) => l.href === '/python/OSError/' && l.name === 'OSError' && l.title === data.entries.find((e) => e.id === 'python/OSError')!.s));
  assert.ok(reset.some((l) => l.href === '/errno/ECONNRESET/' && l.name === 'ECONNRESET'));
  // A Node page prefers Node's pages; its own name stays plain text.
  const node = main(pages.find((p) => p.url === '/node/ECONNREFUSED/')!.html);
  assert.ok(!codeLinks(node).some((l) => l.name === 'ECONNREFUSED'));
});

test('every linked page exists; no link lands in a heading or a code block', () => {
  const missing = new Set<string>();
  for (const p of pages) {
    for (const l of codeLinks(main(p.html))) if (l.href.startsWith('/') && !existsSync(`dist${l.href}index.html`)) missing.add(`${p.url} -> ${l.href}`);
    const inHeadings = [...main(p.html).matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)].filter((m) => /<a href="[^#"][^"]*" title="[^"]*"><code>/.test(m[1]!));
    assert.deepEqual(inHeadings.map((m) => m[0]), [], p.url);
    assert.doesNotMatch(main(p.html), /<pre[^>]*>(?:(?!<\/pre>)[\s\S])*<a href/, p.url);
  }
  assert.deepEqual([...missing], []);
});
