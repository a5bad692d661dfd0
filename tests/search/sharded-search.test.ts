import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRealPastes } from '../../scripts/lib/real-pastes.ts';
import { loadSearchCases } from '../../scripts/lib/search-cases.ts';
import { sourceSearchData } from '../../scripts/lib/source-search-data.ts';
import { buildSearchShards } from '../../src/search/build-search-shards.ts';
import { indexSearchData, resolvePaste } from '../../src/search/resolve.ts';
import { shardedSearch } from '../../src/search/sharded-search.ts';

// The search page fetches the core and only the shards a paste needs; its answers must be the whole
// data's. Checked on every real paste, every curated query and every page's own names.
const { data } = await sourceSearchData();
const whole = indexSearchData(data);
const { core, shards, languages } = buildSearchShards(data);
const source = { core: async () => core, shard: async (n: number) => shards[n]!, all: async () => data.entries, languages: async () => languages };
const { search } = shardedSearch(source);
const queries = [...loadRealPastes().map((p) => ({ id: p.id, q: p.paste })), ...loadSearchCases().cases.map((c) => ({ id: `curated: ${c.q}`, q: c.q }))];
const answers = await Promise.all(queries.map(async ({ id, q }) => ({ id, q, sharded: await search(q), whole: resolvePaste(q, whole) })));

test('every entry is in a shard, and a shard holds only a part of the catalogue', () => {
  const filed = new Set(shards.flat().map((e) => e.id));
  assert.deepEqual(data.entries.filter((e) => !filed.has(e.id)).map((e) => e.id), []);
  assert.ok(core.shards > 1, 'the catalogue is split');
  for (const [n, s] of shards.entries()) assert.ok(s.length < data.entries.length / 2, `shard ${n} holds ${s.length} of ${data.entries.length} entries`);
});

test('real pastes and curated queries: the first page from the shards is the whole data’s', () => {
  const differ = answers.filter((a) => a.sharded.hits[0]?.url !== a.whole.hits[0]?.url).map((a) => `${a.id}: shards ${a.sharded.hits[0]?.url}, whole ${a.whole.hits[0]?.url}`);
  assert.deepEqual(differ, []);
});

test('most pastes are answered from their shards, without the whole data', () => {
  const fromShards = answers.filter((a) => a.sharded.fetched !== 'all');
  assert.ok(fromShards.length >= 0.75 * answers.length, `${fromShards.length} of ${answers.length} answered from shards`);
  for (const a of fromShards) assert.ok(a.sharded.fetched.length <= core.shards / 2, `${a.id} fetched ${a.sharded.fetched.length} of ${core.shards} shards`);
});

test('every page’s own name, code or message finds the same first page from the shards as from the whole data', async () => {
  const traceback = 'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n';
  const differ: string[] = [];
  for (const e of data.entries) {
    for (const q of [e.t, `${traceback}${e.c ? `${e.c}: ${e.m[0] ?? e.t}` : e.t}`, ...e.e.slice(0, 1)]) {
      const got = (await search(q)).hits[0]?.url;
      const want = resolvePaste(q, whole).hits[0]?.url;
      if (got !== want) differ.push(`${JSON.stringify(q.slice(-60))}: shards ${got}, whole ${want}`);
    }
  }
  assert.deepEqual(differ, []);
});

test('a fetch that fails is tried again by the next search, not remembered as failed', async () => {
  let failures = 1;
  const flaky = shardedSearch({ ...source, core: async () => (failures-- > 0 ? Promise.reject(new Error('offline')) : core) });
  await assert.rejects(flaky.search('ECONNRESET'), /offline/);
  assert.equal((await flaky.search('ECONNRESET')).hits[0]?.url, '/errno/ECONNRESET/');
});
