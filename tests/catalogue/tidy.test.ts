import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { nodeCodes, pythonAliases } from '../../src/catalogue/registry.ts';
import { isQualified, kindOf } from '../../src/schema/entry-path.ts';
import { listSnapshotIds } from '../../src/snippets/snapshot-files.ts';
import { catalogue } from '../support/catalogue.ts';

// Every exception class in python3's builtins, with the name of its first base class.
const builtins = JSON.parse(
  execFileSync('python3', ['-c', 'import builtins, json; print(json.dumps({n: [c.__name__, c.__bases__[0].__name__] for n, c in vars(builtins).items() if isinstance(c, type) and issubclass(c, BaseException)}))'], { encoding: 'utf8' }),
) as Record<string, [string, string]>;
const byId = new Map(catalogue.map((e) => [e.id, e]));

test('every built-in exception class of this python3 has an entry (or an alias URL on the class it names)', () => {
  const missing: string[] = [];
  for (const [name, [className]] of Object.entries(builtins)) {
    if (name !== className) {
      const owner = byId.get(`python/${className}`);
      if (!owner?.data.aliases.includes(`/python/${name}`)) missing.push(`${name} (alias URL /python/${name} on python/${className})`);
      assert.equal(pythonAliases[name], className, `${name} is an alias of ${className}: list it in src/catalogue/registry.ts`);
    } else if (!byId.has(`python/${name}`)) {
      missing.push(name);
    }
  }
  assert.deepEqual(missing, [], `write content/errors/python/<Name>.mdx for: ${missing.join(', ')}`);
});

test("each Python entry's parent is CPython's first base class", () => {
  for (const [name, [className, base]] of Object.entries(builtins)) {
    if (name !== className) continue;
    const entry = byId.get(`python/${name}`);
    if (!entry) continue; // reported by the completeness test
    assert.equal(entry.data.parent ?? 'object', base, `python/${name}: parent should be ${base}`);
  }
});

test('every Node.js code in the registry has an entry whose reproduction raises it', () => {
  for (const code of nodeCodes) {
    const entry = byId.get(`node/${code}`);
    assert.ok(entry, `write content/errors/node/${code}.mdx`);
    assert.ok(entry.snippets.some((s) => s.part === 'reproduce' && s.expect.kind === 'raises' && s.expect.code === code), `node/${code} reproduces ${code}`);
  }
});

test('every entry is accounted for by the registry, retired, a Python class newer than this interpreter, or a check of its own', () => {
  const version = execFileSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim();
  const newer = (since: string | undefined) => since !== undefined && since.localeCompare(version, undefined, { numeric: true }) > 0;
  for (const e of catalogue) {
    if (e.data.status === 'retired') continue;
    const kind = kindOf(e.data);
    // Checked elsewhere: qualified Python classes (tidy-python-libraries), JavaScript classes (tidy-javascript),
    // Node's own codes (tidy-node), and pages about one message, whose templates the snippet runner checks.
    if (isQualified(e.data) || e.data.language === 'javascript' || kind === 'message' || kind === 'tool' || kind === 'fatal' || kind === 'warning') continue;
    if (e.data.language === 'node' && e.data.errno.length === 0) continue;
    const known = e.data.language === 'python' ? builtins[e.data.title] !== undefined || newer(e.data.versions?.since) : (nodeCodes as readonly string[]).includes(e.data.title);
    assert.ok(known, `${e.file}: not a built-in of python3 ${version} nor in src/catalogue/registry.ts`);
  }
});

test('every entry with runnable snippets has a snapshot file, and every snapshot file an entry', async () => {
  const snapshots = new Set(await listSnapshotIds(process.cwd()));
  for (const e of catalogue) {
    if (e.snippets.some((s) => s.expect.kind !== 'norun')) assert.ok(snapshots.has(e.id), `${e.id}: run npm run snippets -- --update`);
  }
  for (const id of snapshots) assert.ok(byId.has(id), `content/snapshots/${id}.json has no entry`);
});
