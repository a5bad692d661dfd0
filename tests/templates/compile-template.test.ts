import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileTemplate, matchTemplate, parseTemplate, TemplateError } from '../../src/search/templates.ts';

const problems = (text: string) => parseTemplate(text).problems.map((p) => p.message);

describe('parseTemplate explains malformed templates', () => {
  test('a well-formed template has none', () => {
    assert.deepEqual(problems("'{type}' object is not subscriptable"), []);
    assert.deepEqual(problems('literal {{braces}} and a {hole}, enough words'), []);
  });

  test('an unclosed or unopened brace says which column and how to write a literal one', () => {
    assert.match(problems("'{type' object is not subscriptable")[0]!, /the \{ at column 2 is never closed; .* \{\{ for a literal brace/);
    assert.match(problems("'type}' object is not subscriptable")[0]!, /the \} at column 6 closes no hole; write \}\} for a literal brace/);
  });

  test('an empty or malformed hole name is named', () => {
    assert.match(problems("'{}' object is not subscriptable")[0]!, /has no name/);
    assert.match(problems("'{a b}' object is not subscriptable")[0]!, /\{a b\} is not a hole name/);
  });

  test('touching holes and repeated names are reported', () => {
    assert.ok(problems('{module}{name} could not be imported at all').some((m) => /touch/.test(m)));
    assert.ok(problems('{x} and {x} are not the same thing').some((m) => /appears twice/.test(m)));
  });

  test('a template that would match almost anything is refused', () => {
    assert.match(problems('{message}')[0]!, /no literal text/);
    assert.match(problems('{a}: {b}')[0]!, /only 0 letters or digits/);
    assert.match(problems('{x} is {y}')[0]!, /only 2 letters or digits.*at least 8/);
    assert.deepEqual(problems('{x} is not iterable'), []);
  });
});

describe('compileTemplate', () => {
  test('holes become bounded named groups that stop at the text after them', () => {
    const c = compileTemplate("'{type}' object is not subscriptable");
    assert.equal(c.source, "'(?<type>[^'\\n]{1,200})' object is not subscriptable");
    assert.deepEqual(c.words, ['object', 'is', 'not', 'subscriptable']);
    assert.deepEqual(c.holes, ['type']);
  });

  test('it matches real messages and reads the holes', () => {
    assert.deepEqual(matchTemplate(compileTemplate("'{type}' object is not subscriptable"), "TypeError: 'NoneType' object is not subscriptable"), { type: 'NoneType' });
    assert.deepEqual(matchTemplate(compileTemplate("Cannot read properties of {value} (reading '{property}')"), "TypeError: Cannot read properties of undefined (reading 'map')"), { value: 'undefined', property: 'map' });
    assert.deepEqual(matchTemplate(compileTemplate('invalid literal for int() with base {n}: {value}'), "ValueError: invalid literal for int() with base 10: 'abc'"), { n: '10', value: "'abc'" });
    assert.equal(matchTemplate(compileTemplate("'{type}' object is not subscriptable"), "type 'Box' is not subscriptable"), undefined);
  });

  test('regex characters and literal braces in the text are matched literally', () => {
    const c = compileTemplate('f-string: expecting {{}} after {name} (line {n})');
    assert.ok(new RegExp(c.source).test('f-string: expecting {} after value (line 3)'));
    assert.ok(!new RegExp(c.source).test('f-string: expecting xx after value (line 3)'));
  });

  test('the source works with and without the u flag', () => {
    const c = compileTemplate('{x}.map is not a function - really');
    for (const flags of ['', 'u', 'i']) assert.ok(new RegExp(c.source, flags).test('TypeError: items.map is not a function - really'));
  });

  test('a malformed template throws with its problems', () => {
    assert.throws(() => compileTemplate('{x} y'), (e: unknown) => e instanceof TemplateError && e.problems.length === 1);
  });

  test('matching stays linear on long hostile lines', () => {
    const c = compileTemplate('{x} is not a function, {y} and {z} were given');
    const line = ' is not a function, '.repeat(3000);
    const started = performance.now();
    assert.equal(matchTemplate(c, line), undefined);
    assert.ok(performance.now() - started < 2000, 'took too long');
  });
});
