import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPaste } from '../../../src/search/read-paste.ts';

describe('the Python reader', () => {
  test('a chain: the last exception is the answer, the one it happened during is a cause', () => {
    const r = readPaste('Traceback (most recent call last):\n  File "a.py", line 3, in <module>\n    d["id"]\nKeyError: \'id\'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File "a.py", line 5, in <module>\n    s.recv(1)\nConnectionResetError: [Errno 104] Connection reset by peer');
    assert.equal(r.language, 'python');
    assert.deepEqual(r.final, { name: 'ConnectionResetError', message: '[Errno 104] Connection reset by peer', errno: { number: 104, platform: 'linux' } });
    assert.deepEqual(r.causes.map((c) => c.name), ['KeyError']);
  });

  test('a paste that stops right after a chain marker: the last exception it shows', () => {
    const r = readPaste('Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nConnectionRefusedError: [Errno 111] Connection refused\n\nThe above exception was the direct cause of the following exception:\n');
    assert.equal(r.final?.name, 'ConnectionRefusedError');
  });

  test('a library wrapper: the root cause (its errno) first, then the classes it nests', () => {
    const r = readPaste("requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8080): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))");
    assert.equal(r.final?.name, 'requests.exceptions.ConnectionError');
    assert.deepEqual(r.causes, [{ errno: { number: 111, platform: 'linux' } }, { name: 'NewConnectionError' }]);
  });

  test('a wrapped Windows reset names its carrier class (pylib-019 shape)', () => {
    const r = readPaste("urllib3.exceptions.ProtocolError: ('Connection aborted.', ConnectionResetError(10054, 'An existing connection was forcibly closed by the remote host', None, 10054, None))");
    assert.deepEqual(r.causes[0], { name: 'ConnectionResetError', errno: { number: 10054, platform: 'windows' } });
  });

  test('old forms keep their errno: socket.error, IOError, a bare error', () => {
    assert.deepEqual(readPaste('socket.error: [Errno 32] Broken pipe').final?.errno, { number: 32, platform: 'linux' });
    assert.equal(readPaste("IOError: [Errno 2] No such file or directory: 'x'").final?.name, 'IOError');
    assert.equal(readPaste('error: [Errno 104] Connection reset by peer').final?.name, 'error');
  });

  test('Jupyter: the class in the header counts when the paste is cut before the last line (py-005 shape)', () => {
    const r = readPaste('ConnectionResetError                      Traceback (most recent call last)\n<ipython-input-6-903b654f14b5> in <module>()\n--> 594   return send_(args)');
    assert.equal(r.language, 'python');
    assert.equal(r.final?.name, 'ConnectionResetError');
  });

  test('a class inside a longer line, as people write it in a question (py-045, py-083 shapes)', () => {
    assert.equal(readPaste("I get this error `ImportError: cannot import name 'x' from partially initialized module 'y'`").final?.name, 'ImportError');
    assert.deepEqual(readPaste("请问出现   ConnectionRefusedError(111, 'Connection refused')  是什么情况").final?.errno, { number: 111, platform: 'linux' });
  });

  test('`Import Error:` with a space reads as ImportError; a note line is not an error', () => {
    assert.equal(readPaste("Import Error: cannot import name 'PyPtxt' from 'Pyfhel'").final?.name, 'ImportError');
    assert.equal(readPaste('Note: this is not an error').final, undefined);
  });

  test('a lone `Name: message` claims no language: the name is looked up everywhere', () => {
    const r = readPaste("KeyError: 'id'");
    assert.equal(r.language, 'unknown');
    assert.equal(r.final?.name, 'KeyError');
  });
});
