import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { collectPermalinks, comparePermalinks, shippedFile, type Permalinks } from '../../src/permalinks/collect-permalinks.ts';

const shipped = JSON.parse(readFileSync(shippedFile, 'utf8')) as Permalinks;
const built = await collectPermalinks('dist');
const { lost, added } = comparePermalinks(shipped, built);

test('no page or #fragment that ever shipped is missing from the build', () => {
  assert.deepEqual(lost, [], 'links in the wild point at these: keep them (an alias, a retired entry, an explicit id)');
});

test('every address of this build is recorded as shipped', () => {
  assert.deepEqual(added, [], 'run `npm run permalinks` after building and commit content/permalinks/shipped.json');
});
