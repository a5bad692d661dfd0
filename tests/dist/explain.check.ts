import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

/** Runs the bin as `npx errdex` would, against the build in dist/. */
function errdex(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['scripts/errdex.ts', ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('errdex explain ECONNRESET prints an entry with its meaning, a fix and its URL', () => {
  const r = errdex(['explain', 'ECONNRESET']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Read as: no particular language · ECONNRESET\n\n(ConnectionResetError|ECONNRESET)\n/);
  assert.match(r.out, /\nMeaning\n/);
  assert.match(r.out, /\nFix: /);
  assert.match(r.out, /https:\/\/errdex\.dev\/(python\/ConnectionResetError|node\/ECONNRESET)\//);
});

test('a pasted traceback, as an argument or on standard input, finds its final exception', () => {
  const tb = 'Traceback (most recent call last):\n  File "client.py", line 9, in <module>\n    sock.connect(addr)\nConnectionRefusedError: [Errno 111] Connection refused';
  for (const r of [errdex(['explain', tb]), errdex(['explain'], tb)]) {
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Read as: Python · ConnectionRefusedError ECONNREFUSED \[Errno 111\] on Linux\n\nConnectionRefusedError\n/);
    assert.match(r.out, /errdex\.dev\/python\/ConnectionRefusedError\//);
  }
});

test('nothing matching is a clear message and a non-zero exit', () => {
  const r = errdex(['explain', 'qqqq zzzz']);
  assert.equal(r.code, 1);
  assert.match(r.err, /nothing matches "qqqq zzzz"/);
  assert.equal(errdex(['frobnicate']).code, 2);
});

test('--json gives the reading, its line and every matching page with its full URL', () => {
  const r = errdex(['explain', '--json', "Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"]);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out) as { reading: { language: string; final: { code: string } }; readingLine: string; hits: { url: string }[] };
  assert.equal(doc.reading.language, 'javascript');
  assert.equal(doc.reading.final.code, 'ECONNREFUSED');
  assert.match(doc.readingLine, /^Read as: JavaScript · Error \[ECONNREFUSED\]|^Read as: JavaScript · Error ECONNREFUSED/);
  assert.equal(doc.hits[0]?.url, 'https://errdex.dev/node/ECONNREFUSED/');
});
