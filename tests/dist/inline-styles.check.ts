import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

// Entry pages carry their styles inline (they paint from their HTML alone) and only what they show; the other
// pages share one stylesheet. A class an entry page uses that the shared stylesheet styles but its inline
// CSS does not would render unstyled.
const files = readdirSync('dist', { recursive: true, encoding: 'utf8' });
const entryPages = files.filter((f) => f.endsWith('index.html') && /^(python|javascript|node)\//.test(f)).filter((f) => readFileSync(`dist/${f}`, 'utf8').includes('<article class="entry'));
const shared = readFileSync(`dist/${files.find((f) => /^_astro\/[^/]+\.css$/.test(f))!}`, 'utf8');
/** The classes any selector of this CSS names. */
const styled = (css: string) => new Set([...css.replace(/\{[^{}]*\}/g, '{}').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
const sharedClasses = styled(shared);

test('an entry page styles every class it uses inline, and fetches no stylesheet', () => {
  assert.ok(entryPages.length > 200, `only ${entryPages.length} entry pages`);
  const problems: string[] = [];
  for (const f of entryPages) {
    const html = readFileSync(`dist/${f}`, 'utf8');
    if (/<link[^>]*rel="stylesheet"/.test(html)) problems.push(`${f}: links a stylesheet`);
    const inline = styled([...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]).join(''));
    const used = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
    for (const c of used) if (sharedClasses.has(c) && !inline.has(c)) problems.push(`${f}: .${c} is not styled`);
  }
  assert.deepEqual(problems.slice(0, 20), []);
});

test('the other pages link the one shared stylesheet and inline none', () => {
  for (const page of ['index.html', 'errno/ECONNRESET/index.html', 'python/hierarchy/index.html', 'search/index.html']) {
    const html = readFileSync(`dist/${page}`, 'utf8');
    assert.match(html, /<link rel="stylesheet" href="\/_astro\/[^"]+\.css">/, page);
    assert.doesNotMatch(html, /<style/, page);
  }
});
