import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { validateCatalogue } from '../../src/validation/validate-catalogue.ts';
import { verifySnippets as verifyOnMatrix, type VerifyOptions } from '../../src/snippets/verify-snippets.ts';
import { primaryRuntimes } from '../../src/snippets/runtimes/index.ts';
import type { CheckedEntry } from '../../src/validation/check-catalogue.ts';
import { comparableOutput, differingVersions, neededVersion, oldestWorkingVersion, type EntrySnapshots } from '../../src/lib/snapshot-format.ts';

// Most tests need one interpreter per language, not the whole matrix (four Pyodide loads per call).
const verifySnippets = (root: string, entries: CheckedEntry[], options: VerifyOptions = {}) => verifyOnMatrix(root, entries, { runtimes: primaryRuntimes(), ...options });
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
    assert.match(report.failures[0]!, /^content\/errors\/python\/KeyError\.mdx:21 \(reproduce, snippet 1, CPython 3\.\d+\.\d+ · Linux \S+\)\n {2}declared: raises:KeyError\n {2}happened: raised IndexError\n/);
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

describe('the runtime matrix', () => {
  // One Pyodide and one older Node.js stand for the matrix: each verify call loads Pyodide once.
  const matrix = async () => {
    const { cpythonRuntime } = await import('../../src/snippets/runtimes/cpython.ts');
    const { pyodideRuntime } = await import('../../src/snippets/runtimes/pyodide.ts');
    const { nodeRuntime } = await import('../../src/snippets/runtimes/node.ts');
    return [cpythonRuntime(), pyodideRuntime({ release: '0.22.1' }), nodeRuntime({ major: '24', release: 'self', primary: true }), nodeRuntime({ major: '20', release: '20.20.2' })];
  };
  const fixes = (...blocks: string[]) => `---
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
user = {}
user["id"]
\`\`\`

## Fixes

### Use get

**When:** a default makes sense.

${blocks.join('\n\n')}

**Why it works:** get returns the default.

## What not to do

### Catch everything

**Why it is wrong:** it hides bugs.
`;

  // Three verify calls in all: each loads Pyodide once, which is what these tests cost.
  test('OS-free Python snippets are captured on every version, labelled, a difference is shown, skip= leaves one out', async () => {
    const { root, entries } = await catalogueWith(fixes('```python expect=ok\nprint({}.get("id", 0))\n```', '```python expect=ok\nimport socket\nprint(socket.AF_INET.name)\n```', '```js expect=ok\nconsole.log([1, 2].at(-1));\n```', '```python expect=ok skip=3.10\nprint("not on 3.10")\n```'));
    const recorded = await verifyOnMatrix(root, entries, { update: true, runtimes: await matrix() });
    assert.deepEqual(recorded.failures, []);
    const snaps = JSON.parse(await readFile(path.join(root, 'content/snapshots/python/KeyError.json'), 'utf8')) as EntrySnapshots;
    const [reproduce, osFree, socketOne, js, skipped] = snaps.snippets;
    assert.equal(reproduce!.version, '3.11');
    assert.equal(reproduce!.versions?.length, 1);
    assert.equal(reproduce!.versions![0]!.version, '3.10');
    assert.match(reproduce!.versions![0]!.runtime, /^CPython 3\.10\.2 \(Pyodide 0\.22\.1\) · Emscripten wasm32$/);
    // 3.11 marks the failing expression with carets; 3.10 does not: that is the difference a reader sees.
    assert.match(reproduce!.output, /\^\^\^/);
    assert.doesNotMatch(reproduce!.versions![0]!.output, /\^/);
    assert.deepEqual(differingVersions(reproduce!).map((g) => g.versions.map((v) => v.version)), [['3.10']]);
    assert.deepEqual(differingVersions(osFree!), [], 'the same output on 3.10 is not shown again');
    assert.equal(socketOne!.versions, undefined, 'a snippet that needs the OS runs on native CPython only');
    assert.deepEqual(js!.versions?.map((v) => [v.version, v.runtime.replace(/\.\d+\.\d+ .*/, '')]), [['20', 'Node.js 20']]);
    assert.equal(skipped!.versions, undefined, 'skip=3.10 leaves 3.10 out');
    assert.deepEqual((await verifyOnMatrix(root, entries, { runtimes: await matrix() })).failures, []);
  });

  test('a snippet for a newer version fails elsewhere unless its fence says since=; then the older ones must fail', async () => {
    const group = (since: string) => `\`\`\`python expect=ok${since}\nprint(ExceptionGroup("two", [ValueError(1), TypeError(2)]))\n\`\`\``;
    const made = await makeCatalogue({
      'content/errors/python/KeyError.mdx': fixes(group('')),
      'content/errors/python/IndexError.mdx': fixes(group(' since=3.11'), '```js expect=ok since=22\nconsole.log(Object.groupBy([1, 2, 3], (n) => (n % 2 ? "odd" : "even")));\n```', '```python expect=ok until=3.10\nimport binascii\nprint(binascii.b2a_hqx(b"x"))  # removed in 3.11\n```').replace('title: KeyError', 'title: IndexError').replace('expect=raises:KeyError', 'expect=raises:IndexError').replace('user["id"]', '[][0]'),
      'content/errors/python/ValueError.mdx': fixes('```python expect=ok since=3.12\nprint(1)\n```').replace('title: KeyError', 'title: ValueError').replace('expect=raises:KeyError', 'expect=raises:ValueError').replace('user["id"]', 'int("x")'),
    });
    cleanups.push(made.cleanup);
    const { entries, problems } = await validateCatalogue(made.root);
    assert.deepEqual(problems, []);
    const report = await verifyOnMatrix(made.root, entries, { update: true, runtimes: await matrix() });
    const of = (name: string) => report.failures.filter((f) => f.startsWith(`content/errors/python/${name}.mdx`));
    assert.equal(of('KeyError').length, 1, report.failures.join('\n'));
    assert.match(of('KeyError')[0]!, /Pyodide 0\.22\.1\) · Emscripten wasm32\)\n {2}declared: ok\n {2}happened: raised NameError\n {2}\(if only some Python versions run it, say so in its fence: since=<version> when it needs a newer one, until=<version> when newer ones removed what it uses\)/);
    assert.deepEqual(of('IndexError'), []);
    assert.ok(of('ValueError').some((f) => /runs as declared on Python 3\.10 too; widen since=3\.12 or remove it/.test(f)), report.failures.join('\n'));
    const snaps = JSON.parse(await readFile(path.join(made.root, 'content/snapshots/python/IndexError.json'), 'utf8')) as EntrySnapshots;
    assert.deepEqual(snaps.snippets[1]!.versions!.map((v) => [v.version, v.fails]), [['3.10', 'raised NameError']]);
    assert.deepEqual(snaps.snippets[2]!.versions!.map((v) => [v.version, v.fails]), [['20', 'raised TypeError']]);
    assert.equal(oldestWorkingVersion(snaps.snippets[2]!), '24');
    assert.equal(neededVersion(snaps.snippets[2]!, '20'), '24 or newer');
    // until=3.10: the primary 3.11 must fail, so the page shows 3.10 first and says what 3.11 does.
    const removed = snaps.snippets[3]!;
    assert.match(removed.runtime, /Pyodide 0\.22\.1/);
    assert.deepEqual(removed.versions!.map((v) => [v.version, v.fails]), [['3.11', 'raised AttributeError']]);
    assert.equal(neededVersion(removed, '3.11'), '3.10 or older');
  });
});

test('Node.js frames and its version line do not count as a difference between versions', () => {
  const at24 = "node:fs:736\n  return binding.read(fd);\n\nError: EBADF\n    at Object.readSync (node:fs:736:18)\n    at file:///tmp/snippet/snippet.mjs:1:1\n    at ModuleJob.run (node:internal/modules/esm/module_job:343:25)\n\nNode.js v24.21.0";
  const at20 = "node:fs:750\n  return binding.read(fd);\n\nError: EBADF\n    at Object.readSync (node:fs:750:18)\n    at file:///tmp/snippet/snippet.mjs:1:1\n    at ModuleJob.run (node:internal/modules/esm/module_job:195:25)\n\nNode.js v20.20.2";
  assert.equal(comparableOutput(at24), comparableOutput(at20));
  const snap = { key: 'k', part: 'fixes', expect: 'ok', runtime: 'Node.js 24.21.0', version: '24', output: at24, versions: [{ version: '20', runtime: 'Node.js 20.20.2', output: at20 }, { version: '22', runtime: 'Node.js 22', output: 'TypeError: other' }] };
  assert.deepEqual(differingVersions(snap).map((g) => g.versions.map((v) => v.version)), [['22']]);
});
