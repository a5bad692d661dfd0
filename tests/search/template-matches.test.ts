import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { loadErrnoTable } from '../../src/errno/load-errno-table.ts';
import { buildSearchData } from '../../src/search/build-search-data.ts';
import { indexSearchData, resolve } from '../../src/search/resolve.ts';
import { compileTemplates, matchTemplates } from '../../src/search/template-matches.ts';
import type { EntryData } from '../../src/schema/entry.ts';

const entry = (id: string, data: Partial<EntryData>): { id: string; data: EntryData } => {
  const [language, ...rest] = id.split('/') as ['python' | 'javascript', ...string[]];
  return { id, data: { title: rest.join('/'), language, summary: 'A summary long enough for the schema.', errno: [], messages: [], related: [], sources: [], aliases: [], status: 'active', ...data } as EntryData };
};
const entries = [
  entry('python/TypeError', { parent: 'Exception', messages: [{ platform: 'any', text: "TypeError: unhashable type: 'list'" }] }),
  entry('python/Exception', { parent: 'BaseException' }),
  entry('python/TypeError/not-subscriptable', { kind: 'message', class: 'TypeError', title: "'NoneType' object is not subscriptable", templates: [{ text: "'{type}' object is not subscriptable", versions: '*', sourced: false }] }),
  entry('python/UnboundLocalError/referenced-before-assignment', { kind: 'message', class: 'UnboundLocalError', title: 'local variable referenced before assignment', templates: [{ text: "local variable '{name}' referenced before assignment", versions: '<=3.10', sourced: false }, { text: "cannot access local variable '{name}' where it is not associated with a value", versions: '>=3.11', sourced: false }] }),
  entry('javascript/TypeError', {}),
  entry('javascript/TypeError/cannot-read-properties', { kind: 'message', class: 'TypeError', title: 'Cannot read properties of undefined', templates: [{ text: "Cannot read properties of {value} (reading '{property}')", versions: '>=16.9', sourced: false }, { text: "Cannot read property '{property}' of {value}", versions: '<16.9', sourced: false }] }),
];
const index = indexSearchData(buildSearchData(entries, loadErrnoTable(process.cwd()).table!.rows));
const urls = (q: string) => resolve(q, index).map((h) => h.url);

describe('message templates in search', () => {
  test('a pasted message lands on its message page first, the class page second, whatever is in the holes', () => {
    assert.deepEqual(urls("TypeError: 'NoneType' object is not subscriptable").slice(0, 2), ['/python/TypeError/not-subscriptable/', '/python/TypeError/']);
    assert.deepEqual(urls("Traceback (most recent call last):\n  File \"a.py\", line 2, in <module>\n    x[0]\nTypeError: 'int' object is not subscriptable").slice(0, 2), ['/python/TypeError/not-subscriptable/', '/python/TypeError/']);
  });

  test('every wording of a message leads to the same page, old and new', () => {
    assert.equal(urls("UnboundLocalError: local variable 'n' referenced before assignment")[0], '/python/UnboundLocalError/referenced-before-assignment/');
    assert.equal(urls("UnboundLocalError: cannot access local variable 'n' where it is not associated with a value")[0], '/python/UnboundLocalError/referenced-before-assignment/');
    assert.equal(urls("TypeError: Cannot read property 'map' of undefined\n    at App (app.js:3:9)")[0], '/javascript/TypeError/cannot-read-properties/');
  });

  test('the message alone, with no class, finds its page; another language’s wording never does', () => {
    assert.equal(urls("'NoneType' object is not subscriptable")[0], '/python/TypeError/not-subscriptable/');
    assert.ok(!urls("Uncaught TypeError: Cannot read properties of undefined (reading 'map')").some((u) => u.startsWith('/python/')));
  });

  test('a template matches only where its words are, never everything', () => {
    const matchers = compileTemplates(buildSearchData(entries, []).entries);
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      for (const m of matchTemplates(matchers, [s])) assert.ok(m.template.replace(/\{\w+\}/g, '').split(/\s+/).filter((w) => w.length > 3).every((w) => s.includes(w.replace(/[^\w]/g, ''))), `${m.template} matched ${JSON.stringify(s)}`);
    }), { numRuns: 500 });
    assert.deepEqual(matchTemplates(matchers, ['object is not', 'TypeError', "'x' object"]), []);
  });

  test('a long hostile line is matched in linear time', () => {
    const matchers = compileTemplates(buildSearchData(entries, []).entries);
    const line = "'".repeat(3000) + ' object is not subscriptabl';
    const t = performance.now();
    matchTemplates(matchers, [line, `Cannot read properties of ${'('.repeat(3000)}`]);
    // Generous: a backtracking matcher would take seconds or never end here.
    assert.ok(performance.now() - t < 1000);
  });
});
