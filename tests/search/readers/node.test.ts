import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPaste } from '../../../src/search/read-paste.ts';

describe('the Node.js and JavaScript reader', () => {
  test("an unhandled 'error' event with its error object", () => {
    const r = readPaste("events.js:292\n      throw er; // Unhandled 'error' event\n      ^\n\nError: read ECONNRESET\n    at TCP.onStreamRead (internal/stream_base_commons.js:209:20)\nEmitted 'error' event on ClientRequest instance at:\n    at Socket.socketErrorListener (_http_client.js:469:9) {\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}");
    assert.equal(r.language, 'javascript');
    assert.deepEqual(r.final, { name: 'Error', message: 'read ECONNRESET', errno: { number: -104, platform: 'node' }, code: 'ECONNRESET' });
  });

  test('the code printed in brackets, and in the message when no object follows', () => {
    assert.equal(readPaste('Error [ERR_REQUIRE_ESM]: require() of ES Module /x/index.js not supported.').final?.code, 'ERR_REQUIRE_ESM');
    assert.equal(readPaste("Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules'").final?.code, 'EACCES');
    assert.equal(readPaste("Error: Cannot find module 'express'\nRequire stack:\n- /app/index.js").final?.code, 'MODULE_NOT_FOUND');
  });

  test('fetch failed: the [cause] is the root cause', () => {
    const r = readPaste("TypeError: fetch failed\n    at node:internal/deps/undici/undici:12345:11 {\n  [cause]: Error: connect ECONNREFUSED 127.0.0.1:3000\n      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1300:16) {\n    errno: -111,\n    code: 'ECONNREFUSED'\n  }\n}");
    assert.equal(r.final?.message, 'fetch failed');
    assert.equal(r.causes[0]?.code, 'ECONNREFUSED');
  });

  test('old and odd forms: the old error object, a string errno, JSON, npm, a rejection warning', () => {
    assert.deepEqual(readPaste("{ [Error: socket hang up] code: 'ECONNRESET' }").final, { name: 'Error', message: 'socket hang up', code: 'ECONNRESET' });
    assert.equal(readPaste('{\n   "errno":"ECONNRESET",\n   "code":"ECONNRESET",\n   "syscall":"read"\n}').language, 'javascript');
    assert.equal(readPaste('npm ERR! code ECONNRESET\nnpm ERR! network aborted').final?.code, 'ECONNRESET');
    assert.equal(readPaste('(node:7512) UnhandledPromiseRejectionWarning: Error: connect ETIMEDOUT 10.0.0.1:443').final?.code, 'ETIMEDOUT');
  });

  test('an error object whose code and errno disagree (Node on macOS): the code is kept', () => {
    const r = readPaste("Error: connect ECONNREFUSED 127.0.0.1:2333\n    at afterConnectMultiple (node:net:1707:16) {\n  errno: -61,\n  code: 'ECONNREFUSED'\n}");
    assert.equal(r.final?.code, 'ECONNREFUSED');
  });

  test('V8 messages, and a browser console, are JavaScript even without a stack', () => {
    assert.equal(readPaste("TypeError: Cannot read properties of undefined (reading 'map')").language, 'javascript');
    assert.equal(readPaste('Uncaught RangeError: Maximum call stack size exceeded').language, 'javascript');
    // A tracker that prints JavaScript frames in Python's shape (js-029).
    assert.equal(readPaste('TypeError: Cannot read properties of null (reading \'x\')\n  File "webpack:///./app/a.js", line 5, in HTMLDocument.<anonymous>').language, 'javascript');
  });
});
