import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { headingOf, reproducesByPrinting } from '../../src/schema/entry-path.ts';
import { parts } from '../../src/schema/parts.ts';
import { catalogue } from '../support/catalogue.ts';

// Every entry page's structure, read from the built HTML: the pages are static, so what the file holds is
// what a reader gets. The browser tests check behaviour on a page of each kind; this covers every page.
const required = parts.filter((p) => p.required).map((p) => p.id);
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

for (const entry of catalogue) {
  test(`${entry.id}: every part in order with stable ids, every snippet with its captured output`, () => {
    const { document } = parseHTML(readFileSync(`dist/${entry.id}/index.html`, 'utf8'));
    assert.equal(squash(document.querySelector('h1')?.textContent), squash(headingOf(entry.data)));
    assert.equal(squash(document.querySelector('.entry-summary')?.textContent), squash(entry.data.summary));

    const ids = [...document.querySelectorAll('article section.part')].map((s) => s.id);
    for (const id of required) assert.ok(ids.includes(id), `#${id} is missing`);
    assert.deepEqual(ids, parts.map((p) => p.id).filter((id) => ids.includes(id)), 'parts are in the guide\'s order');
    for (const id of ids) assert.equal(document.querySelector(`#${id} h2 a.anchor`)?.getAttribute('href'), `#${id}`, `#${id} has its anchor`);

    const reproduction = reproducesByPrinting(entry.data) ? '#reproduce [data-snippet-expect]' : '#reproduce [data-snippet-expect^="raises:"]';
    assert.ok(document.querySelector(reproduction), `#reproduce shows a ${reproducesByPrinting(entry.data) ? 'run' : 'raising'} snippet`);

    const figures = [...document.querySelectorAll('figure.snippet')];
    assert.equal(figures.length, entry.snippets.length, 'one figure per snippet');
    for (const [i, s] of entry.snippets.entries()) {
      const fig = figures[i]!;
      const where = `snippet ${i + 1} (line ${s.line})`;
      assert.equal(fig.getAttribute('data-snippet-lang'), s.lang === 'js' ? 'node' : 'python', where);
      assert.equal(fig.querySelector('code')?.textContent?.trimEnd(), s.code.trimEnd(), `${where}: the code as written`);
      if (s.expect.kind !== 'norun') assert.ok(squash(fig.querySelector('[data-snippet-output]')?.textContent).length > 0, `${where}: shows its captured output`);
    }
  });
}
