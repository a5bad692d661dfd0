import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { validateCatalogue } from '../../src/validation/validate-catalogue.ts';
import { verifySnippets } from '../../src/snippets/verify-snippets.ts';
import { makeCatalogue } from '../support/fixture-catalogue.ts';

const entry = (reproduce: string, fix = 'print("fixed")') => `---
title: KeyError
summary: A mapping was asked for a key it does not have.
language: python
parent: LookupError
sources:
  - title: "Python docs: KeyError"
    url: https://docs.python.org/3/library/exceptions.html#KeyError
---

## Meaning

A dictionary lookup failed.

## Causes

1. The key is missing.

## Reproduce

\`\`\`python expect=raises:KeyError
${reproduce}
\`\`\`

## Fixes

### Use get

**When:** a default makes sense.

\`\`\`python expect=ok
${fix}
\`\`\`

**Why it works:** get returns the default.

## What not to do

### Catch everything

**Why it is wrong:** it hides bugs.
`;

const cleanups: (() => Promise<void>)[] = [];
after(() => Promise.all(cleanups.map((c) => c())));

async function catalogueWith(text: string) {
  const made = await makeCatalogue({ 'content/errors/python/KeyError.mdx': text });
  cleanups.push(made.cleanup);
  const { entries, problems } = await validateCatalogue(made.root);
  assert.deepEqual(problems, []);
  return { root: made.root, entries };
}

describe('verifySnippets', () => {
  test('a snippet that raises something other than it declares fails with entry, line and both outcomes', async () => {
    const { root, entries } = await catalogueWith(entry('[][1]'));
    const report = await verifySnippets(root, entries, { update: true });
    assert.equal(report.failures.length, 1);
    assert.match(report.failures[0]!, /^content\/errors\/python\/KeyError\.mdx:21 \(reproduce, snippet 1, python\)\n {2}declared: raises:KeyError\n {2}happened: raised IndexError\n/);
    assert.match(report.failures[0]!, /IndexError: list index out of range/);
  });

  test('a fix that raises fails, and one that hangs is reported as killed', async () => {
    const { root, entries } = await catalogueWith(entry('{}["id"]', 'while True:\n    pass'));
    const report = await verifySnippets(root, entries, { update: true, timeoutMs: 3000 });
    assert.equal(report.failures.length, 1, report.failures.join('\n'));
    assert.match(report.failures[0]!, /declared: ok\n {2}happened: was still running after 3 s and was killed/);
  });

  test('--update records snapshots; a run against them passes; edited output is detected as stale', async () => {
    const { root, entries } = await catalogueWith(entry('{}["id"]'));
    const recorded = await verifySnippets(root, entries, { update: true });
    assert.deepEqual(recorded.failures, []);
    assert.deepEqual(recorded.written, ['python/KeyError']);
    const file = path.join(root, 'content/snapshots/python/KeyError.json');
    const snapshots = JSON.parse(await readFile(file, 'utf8'));
    assert.match(snapshots.snippets[0].output, /KeyError: 'id'$/);
    assert.match(snapshots.snippets[0].runtime, /^CPython 3\.\d+\.\d+ · Linux /);
    assert.deepEqual((await verifySnippets(root, entries)).failures, []);

    snapshots.snippets[1].output = 'typed by hand';
    await writeFile(file, JSON.stringify(snapshots));
    const stale = await verifySnippets(root, entries);
    assert.equal(stale.failures.length, 1);
    assert.match(stale.failures[0]!, /prints something else than its snapshot \(line 1: snapshot has "typed by hand", the run printed "fixed"\)/);
  });

  test('changing a snippet without updating its snapshot is detected', async () => {
    const { root, entries } = await catalogueWith(entry('{}["id"]'));
    await verifySnippets(root, entries, { update: true });
    const edited = await catalogueWith(entry('{}["name"]'));
    const report = await verifySnippets(root, edited.entries);
    assert.ok(report.failures.some((f) => /has no snapshot of its output/.test(f)), report.failures.join('\n'));
  });
});

test('--update keeps the old snapshots of an entry whose snippet now fails', async () => {
  const { root, entries } = await catalogueWith(entry('{}["id"]'));
  await verifySnippets(root, entries, { update: true });
  const file = path.join(root, 'content/snapshots/python/KeyError.json');
  const before = await readFile(file, 'utf8');
  const broken = await catalogueWith(entry('{}["id"]', 'raise ValueError("oops")'));
  const report = await verifySnippets(root, broken.entries, { update: true });
  assert.equal(report.failures.length, 1);
  assert.deepEqual(report.written, []);
  assert.equal(await readFile(file, 'utf8'), before);
});
