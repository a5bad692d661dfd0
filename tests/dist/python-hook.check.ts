import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { SearchData } from '../../src/search/search-data.ts';

test('/errdex_hook.py carries every Python entry of the build and links a real crash to a built page', async () => {
  const hook = readFileSync('dist/errdex_hook.py', 'utf8');
  const data = JSON.parse(readFileSync('dist/search-data.json', 'utf8')) as SearchData;
  const names = (JSON.parse(/^_INDEX = (.*)$/m.exec(hook)![1]!) as { names: Record<string, string> }).names;
  for (const e of data.entries.filter((x) => x.l === 'python' && /^[\w.]+$/.test(x.t))) assert.equal(names[e.t], `/${e.id}/`, e.t);

  const dir = mkdtempSync(path.join(tmpdir(), 'errdex-pyhook-dist-'));
  try {
    copyFileSync('dist/errdex_hook.py', path.join(dir, 'errdex_hook.py'));
    writeFileSync(path.join(dir, 'sitecustomize.py'), 'import errdex_hook\n');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
    writeFileSync(path.join(dir, 'app.py'), `import socket\nsocket.create_connection(("127.0.0.1", ${port}))\n`);
    const run = (pythonPath: string) => spawnSync('python3', ['app.py'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PYTHONPATH: pythonPath } });
    mkdirSync(path.join(dir, 'empty'));
    const plain = run(path.join(dir, 'empty'));
    const hooked = run(dir);
    assert.equal(hooked.status, 1);
    assert.equal(hooked.status, plain.status);
    const line = '→ errdex: https://errdex.dev/python/ConnectionRefusedError/#fixes';
    assert.equal(hooked.stderr, `${plain.stderr}${line}\n`);
    assert.ok(existsSync('dist/python/ConnectionRefusedError/index.html'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
