import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fillPythonHook, pythonHookIndex, readPythonHookTemplate } from '../../src/python-hook/python-hook.ts';
import { fixtureSearchData } from '../support/search-fixture.ts';

let dir = '';
let port = 0;
const site = (name: string) => path.join(dir, name);

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'errdex-pyhook-'));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  const template = await readPythonHookTemplate(process.cwd());
  // The resolver's failures come from the errno hubs' language data on the real site; one is enough here.
  const data = { ...fixtureSearchData(), gai: [{ s: 'EAI_NONAME', n: -2, msg: 'Name or service not known', d: 'The name does not resolve.', node: 'ENOTFOUND' }] };
  const filled = fillPythonHook(template, pythonHookIndex(data, 'https://errdex.dev'));
  // Installed the way the hook's docstring says: beside a sitecustomize.py that imports it.
  for (const [folder, hook, custom] of [
    ['filled', filled, 'import errdex_hook\n'],
    ['template', template, 'import errdex_hook\n'],
    ['chained', filled, 'import sys\ndef mine(t, e, tb):\n    sys.__excepthook__(t, e, tb)\n    print("my hook ran", file=sys.stderr)\nsys.excepthook = mine\nimport errdex_hook\n'],
  ] as const) {
    await mkdir(site(folder));
    await writeFile(path.join(site(folder), 'errdex_hook.py'), hook);
    await writeFile(path.join(site(folder), 'sitecustomize.py'), custom);
  }
  await mkdir(site('none'));
  const apps: Record<string, string> = {
    'connect.py': `import socket\nprint("connecting")\nsocket.create_connection(("127.0.0.1", ${port}))\n`,
    'chained.py': `import socket\nclass AppError(Exception):\n    pass\ntry:\n    socket.create_connection(("127.0.0.1", ${port}))\nexcept ConnectionRefusedError as e:\n    raise AppError("the database is down") from e\n`,
    'addrinuse.py': `import socket\na = socket.socket(); a.bind(("127.0.0.1", 0)); a.listen()\nb = socket.socket(); b.bind(a.getsockname())\n`,
    'missing.py': `open("/nonexistent/errdex/file")\n`,
    'json_error.py': `import json\njson.loads("")\n`,
    'custom.py': `class Oops(Exception):\n    pass\nraise Oops("no page for this")\n`,
    'interrupt.py': `raise KeyboardInterrupt\n`,
    'exit.py': `import sys\nsys.exit(4)\n`,
  };
  for (const [name, code] of Object.entries(apps)) await writeFile(path.join(dir, name), code);
});
after(() => rm(dir, { recursive: true, force: true }));

function python(script: string, folder: string, env: Record<string, string> = {}) {
  const r = spawnSync('python3', [script], { cwd: dir, encoding: 'utf8', env: { ...process.env, PYTHONPATH: site(folder), PYTHONDONTWRITEBYTECODE: '1', ...env }, timeout: 20_000 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** With the hook, exactly one line follows the traceback; status and everything else are unchanged. */
function assertLineAfter(script: string, expected: string, folder = 'filled') {
  const plain = python(script, 'none');
  const hooked = python(script, folder);
  assert.equal(hooked.status, plain.status, script);
  assert.equal(hooked.stdout, plain.stdout, script);
  assert.match(plain.stderr, /^Traceback \(most recent call last\):\n/, script);
  assert.equal(hooked.stderr, `${plain.stderr}${expected}\n`, script);
}

describe('errdex_hook.py under python3, installed through sitecustomize', () => {
  test('a real ConnectionRefusedError: the traceback, then the line; exit status 1 either way', () => {
    assert.equal(python('connect.py', 'none').status, 1);
    assertLineAfter('connect.py', '→ errdex: https://errdex.dev/python/ConnectionRefusedError/#fixes');
  });

  test('ranked like errdex search: the final error, then its cause, then its errno', () => {
    assertLineAfter('chained.py', '→ errdex: https://errdex.dev/python/ConnectionRefusedError/#fixes');
    assertLineAfter('addrinuse.py', '→ errdex: https://errdex.dev/python/OSError/#fixes');
    // No page for FileNotFoundError in this catalogue: the errno page for ENOENT.
    assertLineAfter('missing.py', '→ errdex: https://errdex.dev/errno/ENOENT/');
    // The printed json.decoder.JSONDecodeError, by its documented import path.
    assertLineAfter('json_error.py', '→ errdex: https://errdex.dev/python/json.JSONDecodeError/#fixes');
  });

  test('nothing is added for an unknown error, Ctrl-C, sys.exit, or with ERRDEX_HOOK=0', () => {
    for (const script of ['custom.py', 'interrupt.py', 'exit.py']) assert.deepEqual(python(script, 'filled'), python(script, 'none'), script);
    assert.equal(python('exit.py', 'filled').status, 4);
    assert.deepEqual(python('connect.py', 'filled', { ERRDEX_HOOK: '0' }), python('connect.py', 'none'));
  });

  test('runs after an excepthook installed before it; ERRDEX_URL moves the link', () => {
    const r = python('connect.py', 'chained', { ERRDEX_URL: 'http://localhost:4321' });
    assert.match(r.stderr, /ConnectionRefusedError: \[Errno 111\] Connection refused\nmy hook ran\n→ errdex: http:\/\/localhost:4321\/python\/ConnectionRefusedError\/#fixes\n$/);
  });

  test('the repository template, with no names filled in, links to the search for the error', () => {
    assertLineAfter('connect.py', '→ errdex: https://errdex.dev/search/?q=ConnectionRefusedError', 'template');
  });

  test('Windows socket codes and getaddrinfo codes map to their errno pages (page_for, called directly)', () => {
    const code = 'import errdex_hook as h, socket\nclass SockError(OSError): pass\ne = SockError("reset")\ne.winerror = 10054\nprint(h.page_for(e), h.page_for(socket.gaierror(-2, "Name or service not known")), h.line_for(SockError("no errno")))\n';
    const r = spawnSync('python3', ['-c', code], { encoding: 'utf8', env: { ...process.env, PYTHONPATH: site('filled') } });
    assert.equal(r.stdout, '/errno/ECONNRESET/ /errno/EAI_NONAME/ None\n', r.stderr);
  });
});

describe('the index the site fills in', () => {
  test('Python names (titles and aliases), every errno spelling, Windows socket codes; a few KB', async () => {
    const index = pythonHookIndex(fixtureSearchData(), 'https://errdex.dev');
    assert.equal(index.names.IOError, '/python/OSError/');
    assert.equal(index.names.ConnectionResetError, '/python/ConnectionResetError/');
    assert.equal(index.names.ECONNRESET, undefined, 'Node pages are not Python names');
    assert.equal(index.errno.EWOULDBLOCK, '/errno/EAGAIN/');
    assert.equal(index.winerror['10054'], 'ECONNRESET');
    const filled = fillPythonHook(await readPythonHookTemplate(process.cwd()), index);
    assert.ok(filled.length < 40_000, `${filled.length} bytes`);
    assert.throws(() => fillPythonHook('no markers here', index), /markers are missing/);
  });
});
