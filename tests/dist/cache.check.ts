import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cacheRules } from '../../src/integrations/host-files.ts';

// A file cached as immutable must change its name when it changes, or readers keep a stale copy for a year.
const hashed = /[._-][A-Za-z0-9_-]{7,12}\.(js|css|pf_fragment|pf_index|pf_filter)(\.br|\.gz)?$/;

test('every file _headers marks immutable has a content hash in its name', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  for (const rule of cacheRules) {
    assert.match(headers, new RegExp(`^${rule.path.replace(/[*]/g, '\\*')}\\n\\s+Cache-Control: public, max-age=31536000, immutable$`, 'm'));
    const dir = rule.path.slice(1, -2);
    const files = readdirSync(`dist/${dir}`);
    assert.ok(files.length > 0, `dist/${dir} is empty`);
    for (const f of files) assert.match(f, hashed, `dist/${dir}/${f} would be cached for a year under a name that does not change with it`);
  }
});

test('pages are not cached as immutable', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const immutable = headers.split(/\n\s*\n/).filter((b) => b.includes('immutable')).map((b) => b.split('\n')[0]!);
  assert.deepEqual(immutable.filter((p) => p === '/*' || !/^\/(_astro|pagefind)\//.test(p)), []);
});
