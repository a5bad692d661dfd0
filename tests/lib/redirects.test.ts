import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryRedirects } from '../../src/lib/redirects.ts';

const entries = [
  { id: 'python/json.JSONDecodeError', data: { aliases: ['/python/json.decoder.JSONDecodeError'] } },
  { id: 'python/TypeError', data: { aliases: [] } },
  { id: 'python/TypeError/not-subscriptable', data: { aliases: [] } },
  { id: 'python/TimeoutError', data: { aliases: ['/python/socket.timeout'] } },
  { id: 'node/ERR_REQUIRE_ESM', data: { aliases: [] } },
  { id: 'node/heap-out-of-memory', data: { aliases: [] } },
];
const redirects = entryRedirects(entries);
const to = (from: string) => redirects.find((r) => r.from === from)?.to;

test('aliases of every shape lead to their entry', () => {
  assert.equal(to('/python/json.decoder.JSONDecodeError/'), '/python/json.JSONDecodeError/');
  assert.equal(to('/python/socket.timeout/'), '/python/TimeoutError/');
});

test('lower-case spellings of entries and aliases lead to the canonical page, and are marked as such', () => {
  assert.equal(to('/python/json.jsondecodeerror/'), '/python/json.JSONDecodeError/');
  assert.equal(to('/python/json.decoder.jsondecodeerror/'), '/python/json.JSONDecodeError/');
  assert.equal(to('/python/typeerror/not-subscriptable/'), '/python/TypeError/not-subscriptable/');
  assert.equal(to('/node/err_require_esm/'), '/node/ERR_REQUIRE_ESM/');
  assert.ok(redirects.filter((r) => r.lowerCase).every((r) => r.from === r.from.toLowerCase()));
  assert.equal(redirects.find((r) => r.from === '/python/socket.timeout/')?.lowerCase, undefined);
});

test('no redirect for a path that is already lower-case or already a page, and none twice', () => {
  assert.equal(to('/node/heap-out-of-memory/'), undefined);
  assert.equal(to('/python/socket.timeout/'), '/python/TimeoutError/');
  assert.equal(new Set(redirects.map((r) => r.from)).size, redirects.length);
});
