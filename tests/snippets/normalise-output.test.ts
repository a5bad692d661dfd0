import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseOutput } from '../../src/snippets/normalise-output.ts';

test('temp folders, ports, addresses, pids and timings become placeholders', () => {
  const raw = [
    'File "/tmp/errdex-snippet-Ab12Cd/snippet.py", line 3',
    'Error: connect ECONNREFUSED 127.0.0.1:45747',
    "laddr=('127.0.0.1', 51234)",
    '  port: 45747',
    '<object at 0x7f3a2b1c9d00>',
    'child pid 43121 exited',
    'took 12.5 ms, then 1.25 s',
  ].join('\n');
  assert.equal(
    normaliseOutput(raw, '/tmp/errdex-snippet-Ab12Cd'),
    [
      'File "/tmp/snippet/snippet.py", line 3',
      'Error: connect ECONNREFUSED 127.0.0.1:<port>',
      "laddr=('127.0.0.1', <port>)",
      '  port: <port>',
      '<object at 0x<addr>>',
      'child pid <pid> exited',
      'took <time>, then <time>',
    ].join('\n'),
  );
});

test('errno numbers and line numbers are left alone', () => {
  const text = 'ConnectionResetError: [Errno 104] Connection reset by peer\n  File "x.py", line 1040';
  assert.equal(normaliseOutput(text, '/nowhere'), text);
});

test("the standard library's location is replaced, since it differs between machines", () => {
  assert.equal(
    normaliseOutput('  File "/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py", line 190', '/nowhere', '/root/.pyenv/versions/3.11.7/lib/python3.11'),
    '  File "<stdlib>/asyncio/runners.py", line 190',
  );
});

test('a loopback port inside a URL or after a user name is replaced too', () => {
  assert.equal(
    normaliseOutput("urllib.error.URLError: <urlopen error http://127.0.0.1:41235/x> ssh://git@localhost:2222 http://[::1]:8080/", '/nowhere'),
    'urllib.error.URLError: <urlopen error http://127.0.0.1:<port>/x> ssh://git@localhost:<port> http://[::1]:<port>/',
  );
});
