import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';

// Entry pages carry their styles inline (they paint from their HTML alone), and only what they show; the
// search page carries the whole shared stylesheet inline; the other pages share it as a file. A rule of the shared stylesheet that applies to an entry page but is
// missing from its inline CSS would leave that part of the page unstyled.
const files = readdirSync('dist', { recursive: true, encoding: 'utf8' });
const entryPages = files.filter((f) => f.endsWith('index.html') && /^(python|javascript|node)\//.test(f)).filter((f) => readFileSync(`dist/${f}`, 'utf8').includes('<article class="entry'));
const shared = readFileSync(`dist/${files.find((f) => /^_astro\/[^/]+\.css$/.test(f))!}`, 'utf8');

/** Every selector of a (minified) stylesheet, inside @media blocks too. */
function selectors(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const prelude = m[1]!.replace(/^.*\{/, '').trim();
    if (!prelude.startsWith('@')) out.push(...prelude.split(',').map((s) => s.trim()));
  }
  return out.filter(Boolean);
}
/** The selector without states a static page is never in (hover, focus, the target), so it can be matched. */
const staticForm = (s: string) => s.replace(/::?(hover|focus-visible|focus|target|before|after)\b/g, '').replace(/:not\(:placeholder-shown\)/g, '');
const sharedSelectors = [...new Set(selectors(shared))];

test('an entry page inlines every rule of the shared stylesheet that applies to it, and fetches no stylesheet', () => {
  assert.ok(entryPages.length > 200, `only ${entryPages.length} entry pages`);
  const problems: string[] = [];
  for (const f of entryPages) {
    const html = readFileSync(`dist/${f}`, 'utf8');
    if (/<link[^>]*rel="stylesheet"/.test(html)) problems.push(`${f}: links a stylesheet`);
    const inline = new Set(selectors([...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]).join('')));
    const { document } = parseHTML(html);
    for (const s of sharedSelectors) {
      if (inline.has(s)) continue;
      let applies = false;
      try {
        applies = document.querySelector(staticForm(s) || '*') !== null;
      } catch {
        continue; // a selector the DOM library cannot read (:has); the browser tests cover those pages
      }
      if (applies) problems.push(`${f}: ${s} applies but is not inlined`);
    }
  }
  assert.deepEqual(problems.slice(0, 20), []);
});

test('the search page inlines the whole shared stylesheet (its results are any page’s parts) and fetches none', () => {
  const html = readFileSync('dist/search/index.html', 'utf8');
  assert.doesNotMatch(html, /<link[^>]*rel="stylesheet"/);
  const inline = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!.trim());
  assert.deepEqual(inline, [shared.trim()]);
});

test('the other pages link the one shared stylesheet and inline none', () => {
  for (const page of ['index.html', 'errno/ECONNRESET/index.html', 'python/hierarchy/index.html']) {
    const html = readFileSync(`dist/${page}`, 'utf8');
    assert.match(html, /<link rel="stylesheet" href="\/_astro\/[^"]+\.css">/, page);
    assert.doesNotMatch(html, /<style/, page);
  }
});
