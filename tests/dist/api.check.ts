import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { catalogSchema, entryDocumentSchema } from '../../src/schema/api.ts';
import { catalogue } from '../support/catalogue.ts';

const read = (file: string) => JSON.parse(readFileSync(`dist${file}`, 'utf8'));
const catalog = catalogSchema.parse(read('/api/catalog.json'));

test('/api/catalog.json lists every entry and errno symbol, and each listed URL exists', () => {
  const ids = new Set(catalog.items.map((i) => i.id));
  for (const e of catalogue.filter((x) => x.data.status === 'active')) assert.ok(ids.has(e.id), e.id);
  assert.ok(ids.has('errno/ECONNRESET'));
  for (const item of catalog.items) assert.ok(existsSync(`dist${item.url}index.html`), item.url);
});

test('each entry has /api/<language>/<Name>.json with its parts and verified snippets', () => {
  for (const e of catalogue) {
    const doc = entryDocumentSchema.parse(read(`/api/${e.id}.json`));
    assert.equal(doc.url, `/${e.id}/`);
    const runnable = doc.parts.reproduce.snippets.filter((s) => !s.expect.startsWith('norun'));
    assert.ok(runnable.length > 0 && runnable.every((s) => s.output !== null && s.runtime !== null), `${e.id}: reproductions carry their captured output`);
  }
});

test('the JSON Schemas are generated from the Zod schemas and describe the documents', () => {
  for (const name of ['catalog', 'entry']) {
    const schema = read(`/api/schema/${name}.json`);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.type, 'object');
  }
  assert.ok(read('/api/schema/entry.json').required.includes('parts'));
});

test('robots.txt points at the sitemap, which lists only pages that exist', () => {
  assert.match(readFileSync('dist/robots.txt', 'utf8'), /^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  const locs = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  assert.ok(locs.length > 100);
  for (const p of locs) assert.ok(existsSync(`dist${p}index.html`), p);
});
