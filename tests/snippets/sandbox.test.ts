import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import type { ProbeResult } from '../support/hostile-probes.ts';
import { runSnippet } from '../../src/snippets/runtimes/index.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const probeScript = fileURLToPath(new URL('../support/hostile-probes.ts', import.meta.url));
const isRoot = process.getuid?.() === 0;
const nobody = 65534;

const secret = `canary-${process.pid}-${Date.now()}`;
const marker = `errdex-escaped-${process.pid}`;
const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

/** A file only the runner can see: if a probe prints `secret`, the sandbox leaked it. */
function canary(file: string): string {
  writeFileSync(file, `${secret}\n`, { mode: 0o644 });
  cleanups.push(() => rmSync(file, { force: true }));
  return file;
}

/** A home folder for a runner, with a canary in it, owned by that runner. */
function homeFor(uid: number): string {
  const home = mkdtempSync(path.join(tmpdir(), 'errdex-runner-home-'));
  chmodSync(home, 0o755);
  canary(path.join(home, 'canary.txt'));
  if (isRoot) chownSync(home, uid, uid);
  cleanups.push(() => rmSync(home, { recursive: true, force: true }));
  return home;
}

// The nobody run needs to reach the repository, and the canary beside it, like any user of this machine
// would; a checkout under a private folder (mktemp's 0700) would stop it at the door. As root, open each
// folder above the repository for traversal (never for listing) for the length of these tests.
if (isRoot) {
  for (let dir = repo; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = statSync(dir).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      cleanups.push(() => chmodSync(dir, mode));
    }
  }
}

const repoCanary = canary(path.join(path.dirname(repo), `.errdex-canary-${process.pid}`));
const hostTmpCanary = canary(path.join(tmpdir(), `errdex-canary-${process.pid}.txt`));

/** Runs every hostile probe in a runner process of its own, as `uid`, with a canary variable in its environment. */
function probeAs(uid: number): { results: Map<string, ProbeResult>; home: string; ms: number } {
  const home = homeFor(uid);
  const fill = {
    __HOME_CANARY__: path.join(home, 'canary.txt'),
    __REPO_CANARY__: repoCanary,
    __REPO_FILE__: path.join(repo, 'package.json'),
    __HOST_TMP_CANARY__: hostTmpCanary,
    __RUNNER_HOME__: home,
    __REPO__: repo,
    __REPO_PARENT__: path.dirname(repo),
    __MARKER__: marker,
  };
  const env: Record<string, string> = { ...(process.env as Record<string, string>), HOME: home, ERRDEX_TEST_CANARY: secret };
  const drop = uid === process.getuid?.() ? [] : ['setpriv', `--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', '--'];
  // nobody cannot enter /root, where pyenv keeps this machine's python3; Debian's serves the probes.
  if (drop.length) env.PYTHON = '/usr/bin/python3';
  const started = performance.now();
  const [cmd, ...args] = [...drop, process.execPath, probeScript, JSON.stringify(fill)];
  const run = spawnSync(cmd!, args, { env, encoding: 'utf8', timeout: 240_000 });
  assert.equal(run.status, 0, `the probe runner failed:\n${run.stderr}`);
  const results = JSON.parse(run.stdout) as ProbeResult[];
  return { results: new Map(results.map((r) => [`${r.probe}`, r])), home, ms: performance.now() - started };
}

/** Everything a probe printed or recorded, for "the secret does not appear anywhere" checks. */
const everything = (r: ProbeResult) => `${r.output}\n${JSON.stringify(r.outcome)}`;

function checkContained(label: string, run: ReturnType<typeof probeAs>): void {
  const get = (probe: string) => {
    const r = run.results.get(probe);
    assert.ok(r, `${label}: ${probe} did not report`);
    return r;
  };
  for (const r of run.results.values()) assert.doesNotMatch(everything(r), new RegExp(secret), `${label}: ${r.probe} saw the canary:\n${r.output}`);

  for (const probe of ['env.py', 'env.mjs']) {
    const r = get(probe);
    assert.equal(r.outcome.kind, 'ok', `${label}: ${probe}: ${JSON.stringify(r.outcome)}`);
    const names = r.output.trim().split('\n').map((l) => l.split('=')[0]);
    assert.ok(!names.includes('ERRDEX_TEST_CANARY'), `${label}: ${probe} saw the runner's variable`);
    assert.match(r.output, /^HOME=\/tmp\/snippet$/m);
    assert.match(r.output, /^TMPDIR=\/tmp\/snippet$/m);
    assert.match(r.output, /^LANG=C\.UTF-8$/m);
    assert.doesNotMatch(r.output, new RegExp(`^(HOME|PWD)=${run.home}`, 'm'));
  }

  const reads = get('read-canaries.py').output;
  for (const line of reads.trim().split('\n')) assert.match(line, / -> (FileNotFoundError|PermissionError) /, `${label}: read-canaries.py: ${line}`);
  for (const line of get('read-canaries.mjs').output.trim().split('\n')) assert.match(line, / -> (ENOENT|EACCES)$/, `${label}: read-canaries.mjs: ${line}`);

  const look = get('look-around.py').output;
  assert.match(look, /^\/tmp: \['snippet'\]$/m, `${label}: other snippets' folders or the host's /tmp are visible:\n${look}`);
  assert.match(look, /^cwd: \/tmp\/snippet \['snippet\.py'\]$/m);
  // /root may be there only to hold an interpreter under it (pyenv), and then cannot be listed (read-canaries).
  assert.doesNotMatch(look, /'(home|work|srv|var|mnt)'/, `${label}: ${look}`);
  assert.match(look, /^uid: 65534 gid: 65534$/m, 'snippets run as nobody inside, never as root');
  const pids = /^processes: \[(.*)\]$/m.exec(look)![1]!.split(', ').map(Number);
  assert.ok(pids.every((p) => p < 20), `${label}: the snippet sees only its own pid namespace: ${pids.join(', ')}`);

  const net = get('interfaces.py').output;
  assert.match(net, /^interfaces: \['lo'\]$/m, `${label}: ${net}`);
  assert.match(net, /^routes: \[\]$/m, `${label}: ${net}`);
  assert.match(net, /^ipv6 routes: \[\]$/m, `${label}: ${net}`);
  assert.match(get('interfaces.mjs').output, /^interfaces: \[ 'lo' \]$/m);
  assert.match(get('loopback.py').output, /^loopback: b'ping'$/m, 'loopback connections work inside');

  const writes = get('write-outside.py').output;
  assert.match(writes, /^\/tmp\/errdex-escaped-\d+ -> OSError Read-only file system$/m, writes);

  for (const probe of ['fork-bomb.py', 'shell-fork-bomb.py']) {
    const r = get(probe);
    assert.notEqual(r.outcome.kind, 'ok', `${label}: ${probe} must be reported as a failure`);
    assert.ok(r.ms < 8000, `${label}: ${probe} was stopped within the timeout (took ${r.ms} ms)`);
  }
  const alloc = get('allocate.py');
  assert.equal(alloc.outcome.kind === 'raised' && alloc.outcome.name, 'MemoryError', `${label}: ${JSON.stringify(alloc.outcome)}`);
  assert.ok(alloc.ms < 5000, `${label}: allocate.py hit the memory limit in ${alloc.ms} ms`);
  // Node.js may reach its data limit (RangeError, or V8 gives up) or the timeout first: either way it stops.
  const allocJs = get('allocate.mjs');
  assert.ok(['raised', 'exited', 'timeout'].includes(allocJs.outcome.kind), `${label}: allocate.mjs: ${JSON.stringify(allocJs.outcome)}`);
  if (allocJs.outcome.kind !== 'timeout') assert.match(allocJs.output, /RangeError|out of memory|Allocation failed/i);
  assert.equal(get('flood.py').outcome.kind, 'flood');
  assert.equal(get('flood.mjs').outcome.kind, 'flood');
  const fill = get('fill-disk.py');
  assert.equal(fill.outcome.kind === 'raised' && fill.outcome.errnoNames?.join(), 'ENOSPC', `${label}: fill-disk.py: ${JSON.stringify(fill.outcome)}`);
  const last = get('after.py');
  assert.deepEqual(last.outcome, { kind: 'ok' }, `${label}: the run did not go on after the hostile snippets`);
  assert.equal(last.output, 'still fine\n');
}

/** No probe left a file anywhere on the host. */
function checkNothingWritten(homes: string[]): void {
  for (const folder of ['/tmp', ...homes, repo, path.dirname(repo), '/', '/etc', '/usr', '/dev/shm', '/dev']) {
    assert.equal(existsSync(path.join(folder, marker)), false, `a probe wrote ${path.join(folder, marker)} on the host`);
  }
}

describe('hostile snippets are contained', { timeout: 600_000 }, () => {
  test('the canaries are readable outside the sandbox, so a leak would show', () => {
    assert.equal(readFileSync(repoCanary, 'utf8').trim(), secret);
    if (isRoot) assert.equal(execFileSync('setpriv', [`--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', 'cat', repoCanary], { encoding: 'utf8' }).trim(), secret);
  });

  const homes: string[] = [];
  test(`as the current user (${isRoot ? 'root' : `uid ${process.getuid?.()}`})`, () => {
    const run = probeAs(process.getuid?.() ?? 0);
    homes.push(run.home);
    checkContained('current user', run);
  });

  test('as nobody', { skip: isRoot ? false : 'needs root to switch to nobody' }, () => {
    const run = probeAs(nobody);
    homes.push(run.home);
    checkContained('nobody', run);
  });

  test('nothing was written on the host', () => checkNothingWritten(homes));
});

describe('privileges inside the sandbox, never on the host', () => {
  test('permission bits hold for the snippet even when the tests run as root', async () => {
    const r = await runSnippet('python', 'import os\nopen("secret", "w").close()\nos.chmod("secret", 0)\nprint(os.geteuid())\nopen("secret")\n');
    assert.equal(r.outcome.kind === 'raised' && r.outcome.errnoNames?.join(), 'EACCES', r.output);
    assert.match(r.output, /^65534$/m);
  });

  test('a route in its own network namespace, and root in a nested user namespace', async () => {
    const r = await runSnippet('python', [
      'import subprocess',
      'print(subprocess.run(["ip", "route", "add", "unreachable", "198.51.100.0/24"], capture_output=True, text=True).returncode)',
      'print(subprocess.run(["ip", "route", "show"], capture_output=True, text=True).stdout.strip())',
      'print(subprocess.run(["unshare", "--net", "--map-root-user", "id", "-u"], capture_output=True, text=True).stdout.strip())',
    ].join('\n'));
    assert.deepEqual(r.outcome, { kind: 'ok' }, r.output);
    assert.equal(r.output, '0\nunreachable 198.51.100.0/24\n0\n');
  });

  test('ss -K destroys a loopback connection of its own (ECONNABORTED)', async () => {
    const r = await runSnippet('python', [
      'import socket, subprocess',
      'server = socket.create_server(("127.0.0.1", 0))',
      'client = socket.create_connection(server.getsockname(), timeout=2)',
      'peer, _ = server.accept()',
      'port = client.getsockname()[1]',
      'subprocess.run(["ss", "-K", "-t", "src", "127.0.0.1", "sport", "=", f":{port}"], check=True, capture_output=True)',
      'client.recv(1)',
    ].join('\n'));
    assert.equal(r.outcome.kind === 'raised' && r.outcome.name, 'ConnectionAbortedError', r.output);
  });
});

test('without bubblewrap the runner refuses, says how to install it, and runs nothing', () => {
  const script = `import { runSnippet } from ${JSON.stringify(fileURLToPath(new URL('../../src/snippets/runtimes/index.ts', import.meta.url)))};
    try { await runSnippet('python', 'print("ran")'); console.log('RAN'); } catch (e) { console.log(e.name + ': ' + e.message); }`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, BWRAP: '/nonexistent/bwrap' }, encoding: 'utf8' });
  assert.doesNotMatch(out, /RAN/);
  assert.match(out, /^SandboxUnavailable: bubblewrap is not installed \(\/nonexistent\/bwrap is missing\)\. Install bubblewrap with `apt-get install bubblewrap`/m);
});

describe('files handed to a sandbox', () => {
  test('any number of files arrive whole, past the descriptor that holds the user namespace', async () => {
    const { checkSandbox, startSandbox } = await import('../../src/snippets/sandbox.ts');
    await checkSandbox();
    const files = Array.from({ length: 8 }, (_, i) => ({ name: `f${i}.txt`, content: `file ${i}\n` }));
    const box = startSandbox({ mounts: [], files, command: ['/bin/cat', ...files.map((f) => f.name)] });
    box.input.end();
    const chunks: Buffer[] = [];
    box.output.on('data', (c: Buffer) => chunks.push(c));
    const end = await box.ended;
    assert.equal(end.setupError, '');
    assert.equal(Buffer.concat(chunks).toString(), files.map((f) => f.content).join(''));
  });
});
