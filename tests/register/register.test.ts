import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { errorText, lineFor } from '../../src/register/crash-line.ts';
import { indexSearchData } from '../../src/search/resolve.ts';
import { fixtureSearchData } from '../support/search-fixture.ts';

const hook = fileURLToPath(new URL('../../src/register/register.ts', import.meta.url));
const data = fixtureSearchData();
const line = '→ errdex: https://errdex.dev/node/ECONNREFUSED/#fixes';
let dir = '';
let port = 0;

/** A loopback port nothing listens on: bound by the kernel's choice, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: p } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return p;
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'errdex-register-'));
  port = await closedPort();
  await writeFile(path.join(dir, 'search-data.json'), JSON.stringify(data));
  await writeFile(path.join(dir, 'empty.mjs'), '');
  const apps: Record<string, string> = {
    // The real thing: a connection to a closed loopback port, with no 'error' listener.
    'connect.mjs': `import net from 'node:net';\nconsole.log('connecting');\nconsole.error('about to connect');\nnet.connect(${port}, '127.0.0.1');\n`,
    'connect.cjs': `require('node:net').connect(${port}, '127.0.0.1');\n`,
    'fetch.mjs': `await fetch('http://127.0.0.1:${port}/');\n`,
    'exit-code.mjs': `import net from 'node:net';\nprocess.on('exit', () => { console.error('cleaning up'); process.exitCode = 7; });\nnet.connect(${port}, '127.0.0.1');\n`,
    'handled.mjs': `import net from 'node:net';\nprocess.on('uncaughtException', (e) => { console.error('handled', e.code); process.exitCode = 3; });\nnet.connect(${port}, '127.0.0.1');\n`,
    'unknown.mjs': `throw new Error('something went wrong');\n`,
    'string.mjs': `throw 'out of cheese';\n`,
    'worker.mjs': `import { Worker } from 'node:worker_threads';\nconst w = new Worker("require('node:net').connect(${port}, '127.0.0.1')", { eval: true });\nw.on('error', (e) => { console.error('worker failed:', e.code); });\n`,
  };
  for (const [name, code] of Object.entries(apps)) await writeFile(path.join(dir, name), code);
});
after(() => rm(dir, { recursive: true, force: true }));

function node(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ERRDEX_DATA: path.join(dir, 'search-data.json'), ...env }, timeout: 20_000 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The same run with the hook adds exactly one line, just above Node's report, and nothing else changes. */
function assertOneLineAbove(plain: ReturnType<typeof node>, hooked: ReturnType<typeof node>, expected: string, before = '') {
  assert.equal(hooked.status, plain.status);
  assert.equal(hooked.signal, plain.signal);
  assert.equal(hooked.stdout, plain.stdout);
  assert.ok(plain.stderr.startsWith(before), plain.stderr);
  assert.equal(hooked.stderr, `${before}${expected}\n${plain.stderr.slice(before.length)}`);
}

describe('node --import errdex/register under a real uncaught ECONNREFUSED', () => {
  test('one line with the page, the same status and the same output (flag and NODE_OPTIONS)', () => {
    const plain = node(['connect.mjs']);
    assert.equal(plain.status, 1);
    assert.match(plain.stderr, /Error: connect ECONNREFUSED 127\.0\.0\.1:\d+/);
    assertOneLineAbove(plain, node(['--import', hook, 'connect.mjs']), line, 'about to connect\n');
    assertOneLineAbove(plain, node(['connect.mjs'], { NODE_OPTIONS: `--import=${hook}` }), line, 'about to connect\n');
  });

  test('an unhandled rejection (fetch to the closed port) gets the line too', () => {
    const plain = node(['fetch.mjs']);
    assert.equal(plain.status, 1);
    assert.match(plain.stderr, /fetch failed[\s\S]*ECONNREFUSED/);
    assertOneLineAbove(plain, node(['--import', hook, 'fetch.mjs']), line);
  });

  test("the program's own exit code and exit handlers are kept", () => {
    const plain = node(['exit-code.mjs']);
    assert.equal(plain.status, 7);
    assertOneLineAbove(plain, node(['--import', hook, 'exit-code.mjs']), line);
  });

  test('CommonJS main: the same as any --import (which loads the main module through the ESM loader)', () => {
    const withEmptyImport = node(['--import', './empty.mjs', 'connect.cjs']);
    assert.equal(withEmptyImport.status, 1);
    assertOneLineAbove(withEmptyImport, node(['--import', hook, 'connect.cjs']), line);
  });

  test('no line when the program handles it, when no page answers, in a worker, or with ERRDEX_HOOK=0', () => {
    for (const app of ['handled.mjs', 'unknown.mjs', 'string.mjs', 'worker.mjs']) {
      const plain = node([app]);
      const hooked = node(['--import', hook, app]);
      assert.deepEqual(hooked, plain, app);
    }
    assert.equal(node(['handled.mjs']).status, 3);
    assert.match(node(['worker.mjs']).stderr, /worker failed: ECONNREFUSED/);
    assert.deepEqual(node(['--import', hook, 'connect.mjs'], { ERRDEX_HOOK: '0' }), node(['connect.mjs']));
  });

  test('ERRDEX_URL points the line at another errdex', () => {
    const r = node(['--import', hook, 'connect.mjs'], { ERRDEX_URL: 'http://localhost:4321/' });
    assert.match(r.stderr, /^about to connect\n→ errdex: http:\/\/localhost:4321\/node\/ECONNREFUSED\/#fixes\n/);
  });
});

describe('the line for an error', () => {
  const index = indexSearchData(data);
  test('reads the text Node prints: stack, properties and causes', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { errno: -111, code: 'ECONNREFUSED', syscall: 'connect' });
    assert.match(errorText(error), /code: 'ECONNREFUSED'/);
    assert.equal(lineFor(errorText(error), index), line);
    assert.equal(lineFor(errorText(new TypeError('fetch failed', { cause: error })), index), line);
    assert.equal(lineFor(errorText(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })), index, 'https://errdex.dev/'), '→ errdex: https://errdex.dev/node/ECONNRESET/#fixes');
  });
  test('only a name, code or number counts: shared words in a message are no answer', () => {
    assert.equal(lineFor(errorText(new TypeError('fetch failed', { cause: new Error('bad port') })), index), undefined);
    assert.equal(lineFor(errorText(new Error('getaddrinfo failed somehow')), index), undefined);
  });
});
