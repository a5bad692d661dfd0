import assert from 'node:assert/strict';
import { test } from 'node:test';
import util from 'node:util';
import { loadNodeErrors, nodeErrorsFile } from '../../src/node-errors/load-node-errors.ts';
import { readNodeErrors } from '../../src/node-errors/read-node-errors.ts';
import { kindOf } from '../../src/schema/entry-path.ts';
import { catalogue } from '../support/catalogue.ts';

// Node code pages against Node itself: content/node-errors.json must be what this Node's registry holds, and
// every page's code must be one Node knows, or be marked legacy with the version that removed it.
const registry = loadNodeErrors();
const byCode = new Map(registry.codes.map((c) => [c.code, c]));
const systemCodes = new Set([...util.getSystemErrorMap().values()].map(([name]) => name));
const codePages = catalogue.filter((e) => e.data.language === 'node' && kindOf(e.data) === 'code');

test(`${nodeErrorsFile} holds the error registry of this Node (${process.versions.node})`, () => {
  assert.ok(registry.nodes.includes(process.versions.node), `${nodeErrorsFile} was read from Node ${registry.nodes.join(', ')}; run npm run node:errors-sync`);
  const here = readNodeErrors(process.execPath);
  const recorded = registry.codes.filter((c) => !c.versions || c.versions.includes(here.version)).map(({ versions: _, ...c }) => c);
  assert.deepEqual(recorded, here.codes, `${nodeErrorsFile} differs from Node ${here.version}; run npm run node:errors-sync and review the diff`);
});

test("every /node/ code page names a code Node knows, or is marked legacy", () => {
  for (const e of codePages) {
    const code = e.data.title;
    const raisedHere = e.snippets.some((s) => s.part === 'reproduce' && s.expect.kind === 'raises' && s.expect.code === code);
    const known = byCode.has(code) || systemCodes.has(code);
    if (e.data.versions?.removed) {
      const listed = byCode.get(code);
      assert.ok(!listed || (listed.versions && !listed.versions.includes(registry.nodes[0]!)), `${e.file}: marked removed in ${e.data.versions.removed}, but Node ${registry.nodes[0]} still has ${code}`);
      continue;
    }
    // Codes from outside Node's registry (MODULE_NOT_FOUND, undici's UND_ERR_*, OpenSSL's) are proven by the page's own reproduction.
    assert.ok(known || raisedHere, `${e.file}: ${code} is neither in Node's registry (${nodeErrorsFile}) nor a system error, and no reproduction raises it; if Node dropped it, set versions.removed`);
  }
});

test("a code page's parent is the class Node's registry gives the code", () => {
  for (const e of codePages) {
    const entry = byCode.get(e.data.title);
    if (!entry) continue;
    assert.equal(e.data.parent, entry.class, `${e.file}: Node makes ${e.data.title} errors as ${entry.class}; set parent: ${entry.class}`);
  }
});
