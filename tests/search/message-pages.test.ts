import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kindOf } from '../../src/schema/entry-path.ts';
import { readSnapshots } from '../../src/snippets/snapshot-files.ts';
import { indexSearchData, resolvePaste } from '../../src/search/resolve.ts';
import { sourceSearchData } from '../../scripts/lib/source-search-data.ts';
import { catalogue } from '../support/catalogue.ts';

// Issue 16: a message pasted with real values in its holes lands on its message page first. The values are
// the real ones: the last line each page's reproduction printed, from its committed capture.
const { data } = await sourceSearchData();
const index = indexSearchData(data);
const messagePages = catalogue.filter((e) => kindOf(e.data) === 'message');

test('every message page comes first for the error line its own reproduction printed', async () => {
  const misses: string[] = [];
  let checked = 0;
  for (const entry of messagePages) {
    const snaps = await readSnapshots(process.cwd(), entry.id);
    const reproduction = snaps?.snippets.find((s) => s.part === 'reproduce' && s.expect.startsWith('raises:'));
    if (!reproduction) continue;
    const line = reproduction.output.trim().split('\n').filter((l) => /^[\w.]+(?:Error|Exception|Warning)\b/.test(l)).pop();
    if (!line) continue;
    checked++;
    const top = resolvePaste(line, index).hits[0]?.url;
    if (top !== `/${entry.id}/`) misses.push(`${entry.id}: ${JSON.stringify(line)} -> ${top ?? 'nothing'}`);
  }
  assert.ok(checked >= messagePages.length * 0.8, `only ${checked} of ${messagePages.length} message pages have a raising reproduction with an error line`);
  assert.deepEqual(misses, []);
});
