import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { catalogue } from '../support/catalogue.ts';

/** The path of the card a built page names in og:image, after checking the card is a 1200×630 PNG. */
function previewOf(page: string): string {
  const html = readFileSync(`dist${page}index.html`, 'utf8');
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(image, `${page} has no og:image`);
  assert.match(html, /<meta name="twitter:card" content="summary_large_image"/, page);
  const file = `dist${new URL(image).pathname}`;
  assert.ok(existsSync(file), `${page}: ${file} is missing`);
  const png = readFileSync(file);
  assert.deepEqual([png.subarray(1, 4).toString(), png.readUInt32BE(16), png.readUInt32BE(20)], ['PNG', 1200, 630], file);
  return new URL(image).pathname;
}

test("an entry's link preview shows its language's card, which is in the build", () => {
  for (const e of catalogue) assert.equal(previewOf(`/${e.id}/`), `/og/${e.data.language}.png`, e.id);
  assert.equal(previewOf('/python/'), '/og/python.png');
});

test('other pages show the site card', () => {
  for (const page of ['/', '/errno/', '/errno/ECONNRESET/', '/search/']) assert.equal(previewOf(page), '/og/site.png', page);
});
