import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kindOf } from '../../src/schema/entry-path.ts';
import { catalogue } from '../support/catalogue.ts';

// JavaScript class pages are checked against the engine the JavaScript snippets run on: this Node's V8.
const classes = catalogue.filter((e) => e.data.language === 'javascript' && kindOf(e.data) === 'class' && e.data.status === 'active');
const global = globalThis as unknown as Record<string, unknown>;
/** A DOMException name V8 and Node know, such as AbortError (its legacy code is not 0). */
const isDomExceptionName = (name: string) => new DOMException('', name).code !== 0;

test(`every JavaScript class page names an error class of V8 ${process.versions.v8} (globalThis[name]) or a DOMException name`, () => {
  for (const e of classes) {
    const value = global[e.data.title];
    if (e.data.parent === 'DOMException' && value === undefined) {
      assert.ok(isDomExceptionName(e.data.title), `${e.file}: ${e.data.title} is not a DOMException name this engine knows`);
      continue;
    }
    assert.equal(typeof value, 'function', `${e.file}: globalThis.${e.data.title} is ${typeof value}; a class page names a global error class`);
    assert.ok(value === Error || (value as { prototype: unknown }).prototype instanceof Error, `${e.file}: ${e.data.title} is not an Error class`);
  }
});

test("each JavaScript class's parent is the class its constructor derives from", () => {
  for (const e of classes) {
    const value = global[e.data.title] as (abstract new () => unknown) | undefined;
    if (value === undefined) continue; // a DOMException name, checked above
    const base = Object.getPrototypeOf(value) as { name?: string };
    const expected = base === Function.prototype ? undefined : base.name;
    assert.equal(e.data.parent, expected, `${e.file}: parent should be ${expected ?? 'left out (a root class)'}`);
  }
});
