import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { programRuntimes } from '../../src/snippets/runtimes/index.ts';
import { normaliseProgramOutput, programMatches } from '../../src/snippets/verify-program-captures.ts';

const runtime = (id: string) => programRuntimes().find((r) => r.id === id)!;

describe('the other-language runtimes run programs in the sandbox', () => {
  test('a Go program is built and run in the sandbox, as nobody, with only loopback, after its setup', async () => {
    const go = await runtime('go').prepare();
    assert.match(go.label, /^Go 1\.\d+(\.\d+)? · Linux /);
    const source = [
      'package main',
      'import ("fmt"; "net"; "os")',
      'func main() {',
      '  ifaces, _ := net.Interfaces()',
      '  for _, i := range ifaces { fmt.Println(i.Name) }',
      '  fmt.Println(os.Getuid(), os.Getenv("FROM_SETUP"))',
      '}',
    ].join('\n');
    const [r] = await go.runPrograms([{ name: 'probe', source, setup: 'export FROM_SETUP=yes' }], {});
    assert.deepEqual(r!.outcome, { kind: 'exited', exitCode: 0, signal: null });
    assert.equal(r!.output, 'lo\n65534 yes\n');
  });

  test('a compile error is reported with the compiler\'s message', async () => {
    const rust = await runtime('rust').prepare();
    await assert.rejects(rust.runPrograms([{ name: 'broken', source: 'fn main() { let x: u8 = "text"; }\n' }], {}), /Rust build failed[\s\S]*mismatched types/);
  });

  test('an interpreted program and a tool script run too, and their exit status is the outcome', async () => {
    const [ruby, curl] = await Promise.all([runtime('ruby').prepare(), runtime('curl').prepare()]);
    const [r] = await ruby.runPrograms([{ name: 'probe', source: 'puts RUBY_VERSION\nexit 3\n' }], {});
    assert.deepEqual(r!.outcome, { kind: 'exited', exitCode: 3, signal: null });
    assert.equal(r!.output.trim(), ruby.release);
    const [c] = await curl.runPrograms([{ name: 'probe', source: 'curl --no-progress-meter http://127.0.0.1:1/\ntest $? -eq 7\n' }], {});
    assert.deepEqual(c!.outcome, { kind: 'exited', exitCode: 0, signal: null });
    assert.match(c!.output, /^curl: \(7\) Failed to connect to 127\.0\.0\.1 port 1/);
  });
});

describe('captures of other languages', () => {
  test('ports, thread numbers and times are normalised', () => {
    const out = normaliseProgramOutput('read tcp 127.0.0.1:41234->127.0.0.1:36789: read: x\ntcp://127.0.0.1:4567 (x)\n"Thread-32"\nafter 1001 milliseconds\n', '/tmp/snippet');
    assert.equal(out, 'read tcp 127.0.0.1:<port>->127.0.0.1:<port>: read: x\ntcp://127.0.0.1:<port> (x)\n"Thread-<n>"\nafter <time>');
  });

  test('--filter chooses programs by errno, language, symbol or both', () => {
    const p = { symbol: 'ECONNRESET', language: 'go' };
    for (const f of ['errno', 'go', 'ECONNRESET', 'go/ECONNRESET', 'errno/ECONNRESET']) assert.ok(programMatches([f], p), f);
    for (const f of ['java', 'EPIPE', 'java/ECONNRESET', 'KeyError']) assert.ok(!programMatches([f], p), f);
    assert.ok(programMatches(undefined, p));
  });
});
