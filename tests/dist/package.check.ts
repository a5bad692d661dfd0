import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

// The package as a user gets it: `npm pack` (which runs prepack, bundling lib/ from this build), unpacked into
// a fresh project's node_modules/errdex, used from there (where Node would refuse TypeScript).
const dir = mkdtempSync(path.join(tmpdir(), 'errdex-package-'));
const app = path.join(dir, 'app');
let port = 0;

before(async () => {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  mkdirSync(path.join(app, 'node_modules/errdex'), { recursive: true });
  execFileSync('tar', ['-xzf', path.join(dir, tarball), '-C', path.join(app, 'node_modules/errdex'), '--strip-components=1']);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  writeFileSync(path.join(app, 'app.js'), `const net = require('node:net');\nconsole.log('starting');\nnet.connect(${port}, '127.0.0.1');\n`);
  writeFileSync(path.join(app, 'app.mjs'), `import net from 'node:net';\nnet.connect(${port}, '127.0.0.1');\n`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function node(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, { cwd: app, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ERRDEX_DATA: '', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const line = '→ errdex: https://errdex.dev/node/ECONNREFUSED/#fixes\n';

test('node --import errdex/register, from node_modules: a real ECONNREFUSED gets its line, status and report unchanged', () => {
  const plain = node(['app.mjs']);
  assert.equal(plain.status, 1);
  assert.match(plain.stderr, /Error: connect ECONNREFUSED 127\.0\.0\.1:\d+[\s\S]*code: 'ECONNREFUSED'[\s\S]*\nNode\.js v\d+/);
  for (const hooked of [node(['--import', 'errdex/register', 'app.mjs']), node(['app.mjs'], { NODE_OPTIONS: '--import errdex/register' })]) {
    assert.equal(hooked.status, plain.status);
    assert.equal(hooked.stderr, line + plain.stderr);
  }
  // A CommonJS app: any --import loads the main module through the ESM loader, which changes Node's stack
  // frames; against an --import that does nothing, the hook adds only its line.
  writeFileSync(path.join(app, 'nothing.mjs'), '');
  const cjs = node(['--import', './nothing.mjs', 'app.js']);
  const cjsHooked = node(['--import', 'errdex/register', 'app.js']);
  assert.equal(cjsHooked.status, cjs.status);
  assert.equal(cjsHooked.stdout, 'starting\n');
  assert.equal(cjsHooked.stderr, line + cjs.stderr);
});

test('errdex/remark, from node_modules, links a sample docs page with the bundled catalogue', async () => {
  const { default: errdexRemark } = (await import(pathToFileURL(path.join(app, 'node_modules/errdex/lib/remark.mjs')).href)) as typeof import('../../src/remark/index.ts');
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkStringify } = await import('remark-stringify');
  const page = '# Retrying on `ConnectionResetError`\n\nCatch `ConnectionResetError` (`ECONNRESET`) but not `KeyError: x`.\n\n```python\nexcept ConnectionResetError:\n```\n';
  const out = String(await unified().use(remarkParse).use(errdexRemark).use(remarkStringify).process(page));
  assert.match(out, /^# Retrying on `ConnectionResetError`$/m);
  assert.match(out, /Catch \[`ConnectionResetError`\]\(https:\/\/errdex\.dev\/python\/ConnectionResetError\/ "[^"]+"\) \(\[`ECONNRESET`\]\(https:\/\/errdex\.dev\/errno\/ECONNRESET\/ "[^"]+"\)\) but not `KeyError: x`\./);
  assert.match(out, /```python\nexcept ConnectionResetError:\n```/);
  // The package's own exports resolve from the app, as `import 'errdex/remark'` would.
  const resolved = spawnSync(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('errdex/remark'), import.meta.resolve('errdex/register'))"], { cwd: app, encoding: 'utf8' });
  assert.match(resolved.stdout, /node_modules\/errdex\/lib\/remark\.mjs .*node_modules\/errdex\/lib\/register\.mjs/);
});
