import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTemplates, engineOf, templateFailures, type Capture } from '../../src/snippets/check-templates.ts';
import type { Template } from '../../src/schema/entry.ts';

const object: Template = { text: "'{type}' object is not subscriptable", versions: '*', sourced: false };
const klass: Template = { text: "type '{type}' is not subscriptable", versions: '>=3.11', sourced: false };
const run = (runtime: string, last: string, part = 'reproduce'): Capture => ({ part, expect: 'raises:TypeError', runtime, output: `Traceback (most recent call last):\n  File "snippet.py", line 1\nTypeError: ${last}` });
const py311 = 'CPython 3.11.7 · Linux x86_64';
const py310 = 'CPython 3.10.2 (Pyodide 0.22.1) · Emscripten wasm32';

test('runtime labels name their engine and version', () => {
  assert.deepEqual(engineOf(py310), { engine: 'cpython', version: '3.10.2' });
  assert.deepEqual(engineOf('Node.js 24.21.0 · Linux x86_64'), { engine: 'node', version: '24.21.0' });
});

test('captures that print the templates on the versions they claim pass', () => {
  const captures = [run(py311, "'NoneType' object is not subscriptable"), run(py311, "type 'Box' is not subscriptable"), run(py310, "'type' object is not subscriptable")];
  assert.deepEqual(checkTemplates([object, klass], captures, 'python'), []);
});

test('a capture that prints none of the templates fails with its last line', () => {
  const [problem] = checkTemplates([object], [run(py311, "unhashable type: 'list'")], 'python');
  assert.match(problem!.message, /prints none of the templates; its last line is "TypeError: unhashable type: 'list'"/);
});

test('a template no capture prints on its versions fails unless it is sourced', () => {
  const old: Template = { text: "'{type}' object has no attribute '__getitem__'", versions: '<3.0', sourced: false };
  const problems = checkTemplates([object, old], [run(py311, "'NoneType' object is not subscriptable")], 'python');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.template, 1);
  assert.match(problems[0]!.message, /is printed by no captured reproduction on the versions it claims .* mark it sourced: true/);
  assert.deepEqual(checkTemplates([object, { ...old, sourced: true }], [run(py311, "'NoneType' object is not subscriptable")], 'python'), []);
});

test('a template that claims a version whose capture prints another wording fails', () => {
  // 3.11 prints the instance wording, but that template says it stopped at 3.10, and the class wording claims 3.11.
  const problems = checkTemplates([{ ...object, versions: '<=3.10' }, klass], [run(py311, "'NoneType' object is not subscriptable"), run(py311, "type 'Box' is not subscriptable")], 'python');
  assert.ok(problems.some((p) => p.template === 1 && /claims cpython 3\.11\.7, but the reproduction captured on CPython 3\.11\.7 .* prints another wording, templates\[0\]/.test(p.message)), JSON.stringify(problems));
  // No template claims the version that printed the wording.
  const unclaimed = checkTemplates([{ ...object, versions: '<3.11' }], [run(py311, "'NoneType' object is not subscriptable")], 'python');
  assert.ok(unclaimed.some((p) => p.template === 0 && /no template claims cpython 3\.11\.7; widen/.test(p.message)), JSON.stringify(unclaimed));
  // Two wordings that both claim a version, each printed by its own snippet there: variants, not a contradiction.
  const both = [run(py311, "type 'Box' is not subscriptable"), run(py310, "'type' object is not subscriptable"), run(py311, "'NoneType' object is not subscriptable")];
  assert.deepEqual(checkTemplates([object, { ...klass, versions: '*' }], both, 'python').filter((p) => /claims/.test(p.message)), []);
});

test("only the reproduction's captures count, and failures name the entry file", () => {
  const fix = run(py311, 'no error here', 'fixes');
  assert.deepEqual(checkTemplates([object], [run(py311, "'int' object is not subscriptable"), fix], 'python'), []);
  const lines = templateFailures({ file: 'content/errors/python/TypeError/not-subscriptable.mdx', data: { templates: [object], language: 'python' } }, []);
  assert.match(lines[0]!, /^content\/errors\/python\/TypeError\/not-subscriptable\.mdx \(templates\): no reproduction was captured/);
  assert.deepEqual(templateFailures({ file: 'x.mdx', data: { language: 'python' } }, []), []);
});
