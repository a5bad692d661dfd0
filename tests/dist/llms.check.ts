import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { SearchData } from '../../src/search/search-data.ts';

const llms = readFileSync('dist/llms.txt', 'utf8');
const data = JSON.parse(readFileSync('dist/search-data.json', 'utf8')) as SearchData;
const links = [...llms.matchAll(/^- \[(?:[^\]\\]|\\.)+\]\((https:\/\/errdex\.dev[^)]*)\)/gm)].map((m) => new URL(m[1]!).pathname);

test('/llms.txt lists every active entry and every errno symbol, each a page of the build', () => {
  assert.match(llms, /^# errdex\n\n> /);
  for (const e of data.entries) assert.ok(links.includes(`/${e.id}/`), e.id);
  for (const r of data.errno) assert.ok(links.includes(`/errno/${r.s}/`), r.s);
  const missing = links.filter((p) => !existsSync(p.endsWith('/') ? `dist${p}index.html` : `dist${p}`));
  assert.deepEqual(missing, []);
});
