import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserRunnable } from '../../src/lib/browser-safety.ts';

const raises = { kind: 'raises', name: 'KeyError' } as const;

test('pure-Python snippets may run in the page', () => {
  assert.deepEqual(browserRunnable('python', 'd = {}\nd["id"]', raises, ''), { ok: true });
});

test('snippets that touch the OS, or declare an errno, are kept out of the page', () => {
  for (const code of ['import socket', 'from os import path', 'import threading', 'with open("x") as f: pass']) {
    assert.equal(browserRunnable('python', code, raises, '').ok, false, code);
  }
  assert.equal(browserRunnable('python', 'x = 1', { kind: 'raises', name: 'OSError', code: 'EADDRINUSE' }, '').ok, false);
  assert.equal(browserRunnable('js', 'x', raises, '').ok, false);
});

test('the author can override detection either way', () => {
  assert.equal(browserRunnable('python', 'import os\nprint(os.sep)', { kind: 'ok' }, 'yes').ok, true);
  assert.equal(browserRunnable('python', 'print(1)', { kind: 'ok' }, 'no').ok, false);
});

test('an author can say why a snippet cannot run in the page', () => {
  assert.deepEqual(browserRunnable('python', 'print(1)', { kind: 'ok' }, 'no: deep recursion crashes the in-page Python'), { ok: false, reason: 'deep recursion crashes the in-page Python' });
});

test('a snippet that needs a library never runs in the page, whatever the fence says: the page has none', () => {
  for (const code of ['import requests\nrequests.get("x")', 'from urllib3.exceptions import NewConnectionError', 'import subprocess, sys\nsubprocess.run([sys.executable, "-m", "pip", "install", "x"])']) {
    assert.equal(browserRunnable('python', code, raises, 'yes').ok, false, code);
  }
  assert.equal(browserRunnable('python', 'import requestsish', raises, '').ok, true);
});
