import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import util from 'node:util';
import { describe, test } from 'node:test';
import { loadErrnoTable } from '../../src/errno/load-errno-table.ts';
import { readLinuxErrno, linuxErrnoPath } from '../../src/errno/read-linux-errno.ts';
import { parse } from 'yaml';

const { table, problems } = loadErrnoTable(process.cwd());
const rows = table!.rows;
const platforms = parse(readFileSync('content/errno/platforms.yaml', 'utf8'));

describe('the Linux columns are what this machine says', () => {
  test('the errno table loads without problems', () => assert.deepEqual(problems, []));

  test('linux.json matches python3 and Node here (run `npm run errno:sync` if this fails)', () => {
    const committed = JSON.parse(readFileSync(linuxErrnoPath, 'utf8'));
    assert.deepEqual(committed.symbols, readLinuxErrno().symbols);
  });

  test('every symbol in errno.errorcode has a row, with its number and os.strerror message', () => {
    const live = JSON.parse(execFileSync('python3', ['-c', 'import errno, os, json; print(json.dumps({v: [n, os.strerror(n)] for n, v in errno.errorcode.items()}))'], { encoding: 'utf8' }));
    assert.equal(rows.length, Object.keys(live).length);
    for (const [symbol, [number, message]] of Object.entries(live) as [string, [number, string]][]) {
      const row = table!.bySymbol.get(symbol);
      assert.ok(row, symbol);
      assert.deepEqual(row.linux, { number, message }, symbol);
    }
  });

  test("Node's os.constants.errno and libuv's table agree with the Linux numbers", () => {
    const map = util.getSystemErrorMap();
    for (const row of rows) {
      const constant = (os.constants.errno as Record<string, number>)[row.symbol];
      if (constant !== undefined) assert.equal(constant, row.linux.number, row.symbol);
      if (row.node.linux !== null) assert.equal(map.get(row.node.linux)?.[0], row.symbol);
    }
  });

  test('the Python class is what CPython builds for OSError(number, ...)', () => {
    const built = JSON.parse(execFileSync('python3', ['-c', 'import errno, json; print(json.dumps({v: type(OSError(n, "x")).__name__ for n, v in errno.errorcode.items()}))'], { encoding: 'utf8' }));
    for (const row of rows) assert.equal(row.python, built[row.symbol], row.symbol);
    // Spot checks against the guide's table, so a broken pipeline cannot agree with itself.
    assert.equal(table!.bySymbol.get('ECONNRESET')!.python, 'ConnectionResetError');
    assert.equal(table!.bySymbol.get('EPIPE')!.python, 'BrokenPipeError');
    assert.equal(table!.bySymbol.get('ESHUTDOWN')!.python, 'BrokenPipeError');
    assert.equal(table!.bySymbol.get('EAGAIN')!.python, 'BlockingIOError');
    assert.equal(table!.bySymbol.get('EADDRINUSE')!.python, 'OSError');
  });
});

describe('the other platforms are consistent', () => {
  test('no two macOS symbols share a number, except true aliases', () => {
    const trueAliases = new Set(['EAGAIN/EWOULDBLOCK']);
    const seen = new Map<number, string>();
    for (const [name, n] of Object.entries(platforms.macos) as [string, number][]) {
      const other = seen.get(n);
      if (other) assert.ok(trueAliases.has(`${other}/${name}`), `${other} and ${name} are both ${n} on macOS`);
      seen.set(n, name);
    }
  });

  test('no two Windows C runtime symbols share a number, except true aliases', () => {
    const trueAliases = new Set(['EDEADLK/EDEADLOCK']);
    const seen = new Map<number, string>();
    for (const [name, n] of Object.entries(platforms.windowsCrt) as [string, number][]) {
      const other = seen.get(n);
      if (other) assert.ok(trueAliases.has(`${other}/${name}`), `${other} and ${name} are both ${n} in the C runtime`);
      seen.set(n, name);
    }
  });

  test('every Windows Sockets code is 10000 plus the BSD (macOS) number, and unique', () => {
    // Where the rule does not hold, and why: Winsock kept 4.3BSD's 45 for EOPNOTSUPP; macOS moved it to 102
    // and gave 45 to ENOTSUP.
    const bsdName: Record<string, string> = { EOPNOTSUPP: 'ENOTSUP' };
    const codes = new Set<number>();
    for (const [name, { code }] of Object.entries(platforms.wsa) as [string, { code: number }][]) {
      assert.equal(code, 10000 + platforms.macos[bsdName[name] ?? name], name);
      assert.ok(!codes.has(code), `${code} twice`);
      codes.add(code);
    }
  });

  test("Node's Windows numbers are libuv's own, unique and in its range", () => {
    const values = Object.values(platforms.nodeWindows) as number[];
    assert.equal(new Set(values).size, values.length);
    for (const v of values) assert.ok(v <= -4000 && v >= -4095, String(v));
  });

  test('the rows agree with the guide for the common network symbols', () => {
    const guide: [string, number, number, number, number, number, number][] = [
      ['ECONNRESET', 104, 54, 10054, -104, -54, -4077],
      ['ECONNABORTED', 103, 53, 10053, -103, -53, -4079],
      ['ECONNREFUSED', 111, 61, 10061, -111, -61, -4078],
      ['ETIMEDOUT', 110, 60, 10060, -110, -60, -4039],
      ['EHOSTUNREACH', 113, 65, 10065, -113, -65, -4073],
      ['ENETUNREACH', 101, 51, 10051, -101, -51, -4062],
      ['EADDRINUSE', 98, 48, 10048, -98, -48, -4091],
    ];
    for (const [symbol, linux, macos, wsa, nl, nm, nw] of guide) {
      const row = table!.bySymbol.get(symbol)!;
      assert.deepEqual([row.linux.number, row.macos?.number, row.windows.wsa?.code, row.node.linux, row.node.macos, row.node.windows], [linux, macos, wsa, nl, nm, nw], symbol);
      assert.equal(row.windows.python, wsa, `Python's errno.${symbol} on Windows`);
    }
    const epipe = table!.bySymbol.get('EPIPE')!;
    assert.deepEqual([epipe.linux.number, epipe.macos?.number, epipe.windows.crt, epipe.node.windows], [32, 32, 32, -4047]);
  });

  test('a number indexes every meaning, Linux first', () => {
    assert.deepEqual(table!.numbers.get(54)!.map((m) => `${m.platform}:${m.name}`), ['linux:EXFULL', 'macos:ECONNRESET']);
    assert.deepEqual(table!.numbers.get(104)!.map((m) => `${m.platform}:${m.name}`), ['linux:ECONNRESET', 'macos:ENOTRECOVERABLE', 'windows-crt:EBADMSG']);
    assert.deepEqual(table!.numbers.get(10054)!.map((m) => m.name), ['WSAECONNRESET']);
    assert.deepEqual(table!.numbers.get(-4077)!.map((m) => `${m.platform}:${m.name}`), ['node-windows:ECONNRESET']);
  });
});

describe('broken errno data is reported, file and field named', () => {
  test('a malformed number, a meaning for an unknown symbol and a missing meaning', async () => {
    const { cp, mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const root = await mkdtemp(`${os.tmpdir()}/errdex-errno-`);
    try {
      await cp('content/errno', `${root}/content/errno`, { recursive: true });
      const p = `${root}/content/errno/platforms.yaml`;
      await writeFile(p, (await readFile(p, 'utf8')).replace('  ECONNRESET: 54', '  ECONNRESET: fifty-four'));
      const m = `${root}/content/errno/meanings.yaml`;
      await writeFile(m, (await readFile(m, 'utf8')).replace(/^EPIPE: .*\n/m, '') + 'ENOTREAL: A symbol that does not exist anywhere.\n');
      const { problems } = loadErrnoTable(root);
      assert.ok(problems.some((x) => x.file === 'content/errno/platforms.yaml' && x.field === 'macos.ECONNRESET'), JSON.stringify(problems));
      // Meanings are cross-checked once every file parses: restore the platforms and look again.
      await writeFile(p, await readFile('content/errno/platforms.yaml', 'utf8'));
      const meaningProblems = loadErrnoTable(root).problems;
      assert.ok(meaningProblems.some((x) => x.field === 'EPIPE' && /missing/.test(x.message)));
      assert.ok(meaningProblems.some((x) => x.field === 'ENOTREAL' && /not an errno symbol/.test(x.message)));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
