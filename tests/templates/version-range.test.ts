import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeVersionRange, inVersionRange, parseVersionRange, type VersionRange } from '../../src/lib/version-range.ts';

const range = (text: string) => parseVersionRange(text) as VersionRange;

test('bounds cover every release they name', () => {
  assert.ok(inVersionRange('3.10.14', range('<=3.10')));
  assert.ok(!inVersionRange('3.11.0', range('<=3.10')));
  assert.ok(inVersionRange('3.10.2', range('<3.11')));
  assert.ok(inVersionRange('3.11.7', range('>=3.11')));
  assert.ok(!inVersionRange('3.10.9', range('>3.10')));
  assert.ok(inVersionRange('3.11.7', range('3.11')));
  assert.ok(inVersionRange('3.7.1', range('3.3 - 3.10')) && !inVersionRange('3.11.0', range('3.3 - 3.10')));
  assert.ok(inVersionRange('20.20.2', range('>=16.9, <22')) && !inVersionRange('22.1.0', range('>=16.9, <22')));
  assert.ok(inVersionRange('1.0', range('*')));
});

test('malformed ranges are explained', () => {
  assert.match(parseVersionRange('3.x') as string, /not a version range/);
  assert.match(parseVersionRange('3.10 - 3.3') as string, /starts after it ends/);
});

test('ranges read as words on the page', () => {
  assert.equal(describeVersionRange('*'), 'all versions');
  assert.equal(describeVersionRange('>=3.11'), '3.11 and later');
  assert.equal(describeVersionRange('3.3 - 3.10'), '3.3 to 3.10');
  assert.equal(describeVersionRange('>=16.9, <22'), '16.9 and later, before 22');
});
