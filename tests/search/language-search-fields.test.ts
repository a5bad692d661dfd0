import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { errnoLanguages } from '../../src/errno/load-errno-languages.ts';
import { loadErrnoTable } from '../../src/errno/load-errno-table.ts';
import { buildSearchData, languageSearchFields } from '../../src/search/build-search-data.ts';

const languages = errnoLanguages();
const rows = loadErrnoTable(process.cwd()).table!.rows;
const data = buildSearchData([], rows, languages);

describe("the exact layer's other-language fields", () => {
  test('a hub carries its translated messages and what each language printed', () => {
    const econnreset = data.errno.find((e) => e.s === 'ECONNRESET')!;
    assert.ok(econnreset.tr!.includes('连接被对方重设'));
    assert.ok(!econnreset.tr!.includes(econnreset.msg), 'the English text is msg, not a translation');
    assert.deepEqual(econnreset.o!.java, ['java.net.SocketException: Connection reset']);
    assert.deepEqual(econnreset.o!.go, ['read tcp 127.0.0.1:<port>->127.0.0.1:<port>: read: connection reset by peer']);
    assert.ok(econnreset.o!.curl!.includes('curl: (56) Recv failure: Connection reset by peer'));
    assert.ok(econnreset.o!.php!.every((l) => !/ on line \d+$/.test(l)), 'PHP\'s file-and-line tail is dropped');
    assert.equal(econnreset.o!.dotnet, undefined, '.NET is sourced, not captured');
  });

  test('lines that many symbols share are left out', () => {
    const all = data.errno.flatMap((e) => Object.values(e.o ?? {}).flat());
    assert.ok(!all.includes("Cloning into 'app'..."));
    assert.ok(!all.includes('Is the server running on that host and accepting TCP/IP connections?'));
  });

  test('the resolver\'s failures are hubs of their own, with Node\'s name for them', () => {
    const nonane = data.gai!.find((g) => g.s === 'EAI_NONAME')!;
    assert.equal(nonane.n, -2);
    assert.equal(nonane.node, 'ENOTFOUND');
    assert.equal(nonane.msg, 'Name or service not known');
    assert.ok(nonane.tr!.includes('Der Name oder der Dienst ist nicht bekannt'));
    assert.ok(nonane.o!.ssh!.some((l) => l.startsWith('ssh: Could not resolve hostname')));
  });

  test('only hubs with other-language sections carry the new fields', () => {
    const fields = languageSearchFields(languages);
    assert.deepEqual([...fields.keys()].sort(), [...languages.symbols.keys()].sort());
    assert.equal(data.errno.find((e) => e.s === 'ENOEXEC')!.tr, undefined);
  });

  test('without the language data the fields are absent, as before', () => {
    const plain = buildSearchData([], rows);
    assert.equal(plain.gai, undefined);
    assert.ok(plain.errno.every((e) => e.tr === undefined && e.o === undefined));
  });

  test('the new fields add at most 12 KB gzip to the errno part', () => {
    const plain = gzipSync(JSON.stringify(buildSearchData([], rows)), { level: 9 }).length;
    const full = gzipSync(JSON.stringify(data), { level: 9 }).length;
    assert.ok(full - plain <= 12 * 1024, `${plain} -> ${full} bytes`);
  });
});
