import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { runSnippet } from '../../src/snippets/runtimes/index.ts';

describe('runSnippet', () => {
  test('records the exception and its errno, and prints only the snippet frames', async () => {
    const r = await runSnippet('python', 'import os, errno\nraise OSError(errno.ECONNRESET, os.strerror(errno.ECONNRESET))\n');
    assert.deepEqual({ ...r.outcome, mro: undefined }, { kind: 'raised', name: 'ConnectionResetError', qualname: 'ConnectionResetError', mro: undefined, errno: 104, errnoNames: ['ECONNRESET'] });
    assert.match(r.output, /^Traceback \(most recent call last\):\n {2}File ".*snippet\.py", line 2, in <module>/);
    assert.doesNotMatch(r.output, /runpy|run-python/);
  });

  test('keeps print output and the traceback in the order they happened', async () => {
    const r = await runSnippet('python', 'print("before")\n{}["id"]\n');
    assert.match(r.output, /^before\nTraceback[\s\S]*KeyError: 'id'$/m);
  });

  test('a snippet that runs clean is ok', async () => {
    const r = await runSnippet('python', 'print("hi")');
    assert.deepEqual(r.outcome, { kind: 'ok' });
    assert.equal(r.output, 'hi\n');
  });

  test('a snippet that hangs is killed at the timeout', async () => {
    const started = performance.now();
    const r = await runSnippet('python', 'while True:\n    pass\n', { timeoutMs: 500 });
    assert.deepEqual(r.outcome, { kind: 'timeout' });
    assert.ok(performance.now() - started < 3000, 'the kill came promptly');
  });

  test('a snippet that floods output is stopped at the cap', async () => {
    const r = await runSnippet('python', 'while True:\n    print("x" * 100)\n', { maxOutputBytes: 10_000 });
    assert.deepEqual(r.outcome, { kind: 'flood' });
    assert.equal(r.output.length, 10_000);
  });

  test('children a snippet leaves behind are killed, and nothing of its folder stays on the host', async () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('errdex-snippet-')).length;
    // The pid namespace hides the child's host pid; a unique argument finds it in the host's process list.
    const marker = `${Math.floor(Math.random() * 1e6)}.5`;
    const r = await runSnippet('python', `import subprocess\nsubprocess.Popen(["sleep", "${marker}"])\nprint("started")\n`);
    assert.deepEqual(r.outcome, { kind: 'ok' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    assert.doesNotMatch(ps, new RegExp(`sleep ${marker.replace('.', '\\.')}`), 'the sleep it started should have been killed');
    assert.equal(readdirSync(tmpdir()).filter((f) => f.startsWith('errdex-snippet-')).length, before);
  });

  test('node snippets record the error name and code', async () => {
    const r = await runSnippet('node', "import fs from 'node:fs';\nfs.readFileSync('missing.txt');\n");
    assert.equal(r.outcome.kind, 'raised');
    assert.equal(r.outcome.kind === 'raised' && r.outcome.code, 'ENOENT');
    assert.match(r.output, /Error: ENOENT: no such file or directory, open 'missing.txt'/);
  });

  test('a node snippet that ends normally is ok', async () => {
    const r = await runSnippet('node', 'console.log(1 + 1);');
    assert.deepEqual(r.outcome, { kind: 'ok' });
  });
});

test('descriptors the runner inherited are closed before a snippet starts', () => {
  // The runner is started with descriptor 200 open (not close-on-exec), as a CI job can be.
  const runner = `import { runSnippet } from ${JSON.stringify(fileURLToPath(new URL('../../src/snippets/runtimes/index.ts', import.meta.url)))};
    const r = await runSnippet('python', 'import os; print(sorted(int(fd) for fd in os.listdir("/proc/self/fd")))');
    console.log(r.output);`;
  const out = execFileSync('/bin/bash', ['-c', 'exec 200</dev/null; ls /proc/self/fd; exec "$0" --input-type=module -e "$1"', process.execPath, runner], { encoding: 'utf8' });
  const [inRunner, inSnippet] = out.trim().split('\n[');
  assert.match(inRunner!, /^200$/m, 'the runner should have inherited descriptor 200');
  assert.doesNotMatch(`[${inSnippet}`, /\b200\b/);
});

test('an error raised after every file descriptor is used up is still recorded', async () => {
  const r = await runSnippet('python', 'import resource\nresource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))\nfiles = []\nwhile True:\n    files.append(open(__file__))\n');
  assert.equal(r.outcome.kind === 'raised' && r.outcome.errnoNames?.includes('EMFILE'), true, JSON.stringify(r.outcome));
});

test('a snippet that turns every warning into an error prints only its own output at exit', async () => {
  const r = await runSnippet('python', 'import warnings\nwarnings.simplefilter("error")\nprint("done")\n');
  assert.deepEqual(r.outcome, { kind: 'ok' });
  assert.equal(r.output, 'done\n');
});

describe('library snippets', () => {
  test('run on Debian\'s python3 with its requests, and record the class where it is defined', async () => {
    const r = await runSnippet('python', 'import requests\nrequests.get("http://127.0.0.1:9/", timeout=2)\n');
    assert.equal(r.outcome.kind === 'raised' && r.outcome.qualname, 'requests.exceptions.ConnectionError');
    assert.match(r.output, /\/usr\/lib\/python3\/dist-packages\/requests\//);
  });

  test('a built-in records its bare name, so it is told apart from a library class of the same name', async () => {
    const r = await runSnippet('python', 'raise ConnectionError("x")\n');
    assert.equal(r.outcome.kind === 'raised' && r.outcome.qualname, 'ConnectionError');
  });
});
