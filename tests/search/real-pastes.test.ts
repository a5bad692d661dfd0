import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexSearchData, resolvePaste } from '../../src/search/resolve.ts';
import { judge, loadRealPastes } from '../../scripts/lib/real-pastes.ts';
import { sourceSearchData } from '../../scripts/lib/source-search-data.ts';

// The real pastes of tests/search/real-pastes, through the exact layer over the catalogue as it stands
// (`npm run bench:search` runs them through the real page and prints the figures per language).
const { data, pages } = await sourceSearchData();
const index = indexSearchData(data);
const outcomes = loadRealPastes().map((p) => judge(p, resolvePaste(p.paste, index).hits.map((h) => h.url), (u) => pages.has(new URL(u, 'http://x').pathname)));

test('every real paste has a source, a language and an expected page', () => {
  for (const { paste } of outcomes) {
    assert.match(paste.source, /^https:\/\/github\.com\/[^/]+\/[^/]+\/(?:issues|pull|discussions)\/\d+/, paste.id);
    assert.ok(paste.expect.length > 0 && paste.paste.trim() !== '', paste.id);
  }
  assert.ok(outcomes.length >= 200, `${outcomes.length} real pastes; the benchmark needs at least 200`);
});

test('a paste whose language is known never lands first on another language’s page', () => {
  const wrong = outcomes.filter((o) => o.wrongLanguage).map((o) => `${o.paste.id} (${o.paste.language}) -> ${o.top}`);
  assert.deepEqual(wrong, []);
});

test('of the real pastes whose page exists, at least 95% find it first', () => {
  const covered = outcomes.filter((o) => o.target);
  const missed = covered.filter((o) => !o.ok).map((o) => `${o.paste.id}: want ${o.target}, got ${o.top}`);
  assert.ok(covered.length - missed.length >= 0.95 * covered.length, `${covered.length - missed.length}/${covered.length} first; missed:\n${missed.join('\n')}`);
});
