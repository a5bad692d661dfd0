import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { cleanPaste } from '../../src/search/clean-paste.ts';

// Shapes from tests/search/real-pastes (the id after each), cut short.
describe('cleanPaste: the noise around real pastes', () => {
  test('pm2 and docker compose prefixes, also stacked (js-007, js-061)', () => {
    assert.deepEqual(cleanPaste('0|game     | Error: read ECONNRESET\n0|game     |     at TCP.onread (net.js:572:26)').lines, ['Error: read ECONNRESET', '    at TCP.onread (net.js:572:26)']);
    assert.equal(cleanPaste("api_1    | 0|user.ser | Error [ERR_MODULE_NOT_FOUND]: Cannot find module 'x'").text, "Error [ERR_MODULE_NOT_FOUND]: Cannot find module 'x'");
  });

  test('timestamps and log levels, but never a line that is all message (js-021, py-038)', () => {
    assert.equal(cleanPaste('2023-05-18 11:40:16 Error: getaddrinfo EAI_AGAIN api').text, 'Error: getaddrinfo EAI_AGAIN api');
    assert.equal(cleanPaste("ERROR:Karl:Exception: 'NoneType' object is not subscriptable").text, "Exception: 'NoneType' object is not subscriptable");
    assert.equal(cleanPaste('[2018-07-04 20:46:38] ConnectionRefusedError: [Errno 111] Connection refused').text, 'ConnectionRefusedError: [Errno 111] Connection refused');
    assert.equal(cleanPaste('[Errno 2] No such file or directory').text, '[Errno 2] No such file or directory');
  });

  test('colour codes: real escapes, and the ←[90m a Windows console shows for them', () => {
    const c = cleanPaste('\u001b[31mError\u001b[39m: read ECONNRESET\n    at \u2190[90mTCP.onStreamRead\u2190[39m (node:internal/stream_base_commons:217:20)');
    assert.equal(c.lines[0], 'Error: read ECONNRESET');
    assert.equal(c.lines[1], '    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)');
    assert.ok(c.noise.includes('colour codes'));
  });

  test('Markdown: fences, quotes on every line, bold and inline code', () => {
    assert.deepEqual(cleanPaste('```console\n> **KeyError**: `id`\n```').lines, ['> KeyError: id']);
    assert.deepEqual(cleanPaste('> Traceback (most recent call last):\n> ConnectionResetError: [Errno 104] Connection reset by peer').lines, ['Traceback (most recent call last):', 'ConnectionResetError: [Errno 104] Connection reset by peer']);
  });

  test("pytest's E lines, Jupyter's arrows, HTML escapes, CRLF and tabs", () => {
    assert.equal(cleanPaste('E       ConnectionRefusedError: [Errno 111] Connection refused').text, 'ConnectionRefusedError: [Errno 111] Connection refused');
    assert.equal(cleanPaste('--> 594   return send_(args)').text, '    594   return send_(args)');
    assert.equal(cleanPaste('TypeError: can only concatenate str (not &quot;int&quot;) to str &#39;x&#39; &lt;a&gt;').text, 'TypeError: can only concatenate str (not "int") to str \'x\' <a>');
    assert.deepEqual(cleanPaste('KeyError: 1\r\n\tat x').lines, ['KeyError: 1', '    at x']);
  });

  test('box-drawn tracebacks lose their boxes (py-077)', () => {
    const c = cleanPaste('╭──── Traceback (most recent call last) ────╮\n│ file.py:4 in <module>                     │\n╰───────────────────────────────────────────╯\nZeroDivisionError: division by zero');
    assert.deepEqual(c.lines, ['Traceback (most recent call last)', 'file.py:4 in <module>', 'ZeroDivisionError: division by zero']);
  });

  test('a traceback that lost its newlines gets them back where frames and chain markers start (py-027)', () => {
    const c = cleanPaste('Traceback (most recent call last):   File "source_prepared.py", line 124, in <module>   File "shutil.py", line 258, in copyfile FileNotFoundError: [Errno 2] No such file or directory');
    assert.equal(c.lines[0], 'Traceback (most recent call last):');
    assert.ok(c.lines.some((l) => l.startsWith('    File "shutil.py", line 258')));
    assert.ok(c.noise.includes('lost newlines'));
  });
});

describe('cleanPaste: any input', () => {
  test('never throws, never grows a line, keeps plain text as it is', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
      const c = cleanPaste(s);
      assert.equal(typeof c.text, 'string');
    }), { numRuns: 300 });
    // A sentence of plain words, single spaces between them.
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9,.()']{1,12}$/), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')), (s) => {
      assert.equal(cleanPaste(s).text, s.trimEnd());
    }), { numRuns: 300 });
  });
});
