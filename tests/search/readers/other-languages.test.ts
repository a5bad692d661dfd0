import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPaste } from '../../../src/search/read-paste.ts';

// One case per reader, each a shape seen in tests/search/real-pastes/other-languages.json.
const cases: [string, string, string | undefined][] = [
  ['go', 'dial tcp 127.0.0.1:5432: connect: connection refused', undefined],
  ['go', 'read tcp 10.0.0.2:51234->10.0.0.9:443: read: connection reset by peer', undefined],
  ['java', 'java.net.SocketException: Connection reset\n\tat java.net.SocketInputStream.read(SocketInputStream.java:210)', undefined],
  ['rust', 'Os { code: 104, kind: ConnectionReset, message: "Connection reset by peer" }', undefined],
  ['rust', "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }', src/main.rs:4:5", undefined],
  ['ruby', 'Errno::ECONNREFUSED: Failed to open TCP connection to localhost:3000 (Connection refused - connect(2) for "localhost" port 3000)', 'ECONNREFUSED'],
  ['dotnet', 'System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.', undefined],
  ['php', 'PHP Warning:  fopen(/tmp/x): Failed to open stream: No such file or directory in /var/www/a.php on line 3', undefined],
  ['curl', 'curl: (56) Recv failure: Connection reset by peer', undefined],
  ['git', "fatal: unable to access 'https://github.com/x/y.git/': Could not resolve host: github.com", undefined],
  ['ssh', 'ssh: connect to host github.com port 22: Connection refused\nfatal: Could not read from remote repository.', undefined],
  ['psql', 'psql: error: connection to server at "localhost" (::1), port 5432 failed: Connection refused', undefined],
  ['shell', "rm: cannot remove 'build': Directory not empty", undefined],
];

describe('the other languages’ readers', () => {
  for (const [language, paste, symbol] of cases) {
    test(`${language}: ${paste.slice(0, 60)}`, () => {
      const r = readPaste(paste);
      assert.equal(r.language, language);
      assert.ok(r.final, 'a final error is read');
      if (symbol) assert.equal(r.final.errno?.symbol, symbol);
    });
  }

  test('numbers and kinds become errno mentions where the language prints them', () => {
    assert.deepEqual(readPaste('Os { code: 104, kind: ConnectionReset, message: "Connection reset by peer" }').final?.errno, { number: 104, platform: 'linux' });
    assert.deepEqual(readPaste('Error: Os { code: 10061, kind: ConnectionRefused }').final?.errno, { number: 10061, platform: 'windows' });
    assert.deepEqual(readPaste('System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed').final?.errno, { number: 10054, platform: 'windows' });
  });

  test('plain English with no error shape reads as no language', () => {
    assert.equal(readPaste('my server keeps dropping the connection, any idea?').language, 'unknown');
  });
});
