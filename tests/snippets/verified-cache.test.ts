import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { entryFingerprint, readVerified, writeVerified } from '../../src/snippets/verified-cache.ts';
import type { CheckedEntry } from '../../src/validation/check-catalogue.ts';
import { makeCatalogue, validEntry } from '../support/fixture-catalogue.ts';
import { validateCatalogue } from '../../src/validation/validate-catalogue.ts';

test('an entry is run again when its snippets, its snapshot or the toolchain change, and only then', async () => {
  const { root, cleanup } = await makeCatalogue({ 'content/errors/python/ConnectionResetError.mdx': validEntry }, { withBases: true });
  try {
    const entry = (await validateCatalogue(root)).entries.find((e) => e.id === 'python/ConnectionResetError')!;
    const before = entryFingerprint(root, entry, 'tools-1');
    assert.equal(entryFingerprint(root, entry, 'tools-1'), before, 'the same inputs give the same fingerprint');
    assert.notEqual(entryFingerprint(root, entry, 'tools-2'), before, 'a changed verifier or interpreter runs it again');
    const edited: CheckedEntry = { ...entry, snippets: entry.snippets.map((s, i) => (i === 0 ? { ...s, code: `${s.code}\n# edited` } : s)) };
    assert.notEqual(entryFingerprint(root, edited, 'tools-1'), before, 'an edited snippet runs again');
    await mkdir(path.join(root, 'content/snapshots/python'), { recursive: true });
    await writeFile(path.join(root, 'content/snapshots/python/ConnectionResetError.json'), '{"entry":"python/ConnectionResetError","snippets":[]}\n');
    assert.notEqual(entryFingerprint(root, entry, 'tools-1'), before, 'a changed snapshot runs again');

    assert.deepEqual([...readVerified(root)], [], 'no cache yet: everything runs');
    writeVerified(root, [before]);
    assert.deepEqual([...readVerified(root)], [before]);
  } finally {
    await cleanup();
  }
});
