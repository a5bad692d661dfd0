import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isQualified, kindOf } from '../../src/schema/entry-path.ts';
import { catalogue } from '../support/catalogue.ts';
import { debianPython, pythonFacts } from '../support/python-classes.ts';

// The tidy check for Python beyond the built-ins, like the one for built-ins: every class titled by its
// import path really is that class on Debian's python3, with the parent, __mro__, package and version its
// frontmatter claims, and every other name (alias) it is reached by is the same class.
const python = catalogue.filter((e) => e.data.language === 'python' && e.data.status === 'active');
const qualified = python.filter((e) => kindOf(e.data) === 'class' && isQualified(e.data));
const tools = python.filter((e) => kindOf(e.data) === 'tool');
const aliasName = (alias: string) => alias.split('/').pop()!;
// Aliases that are dotted names (/python/socket.timeout), not old URLs of another spelling.
const dottedAliases = python.flatMap((e) => e.data.aliases.map(aliasName).filter((a) => a.includes('.')).map((alias) => ({ entry: e, alias })));
const names = [
  ...qualified.flatMap((e) => [e.data.title, e.data.parent ?? '', ...(e.data.mro ?? [])]),
  ...dottedAliases.flatMap(({ entry, alias }) => [entry.data.title, alias]),
].filter((n) => n !== '');
const distributions = [...qualified, ...tools].map((e) => e.data.package).filter((p): p is string => p !== undefined && p !== 'stdlib');
const facts = pythonFacts(names, distributions);
const setup = `(install Debian's packages with: node scripts/ensure-python-libraries.ts)`;

test(`every qualified Python class imports on ${debianPython} and is an exception class`, () => {
  for (const e of qualified) {
    const found = facts.names[e.data.title]!;
    assert.equal(found.error, undefined, `${e.file}: ${e.data.title} does not import on ${debianPython} ${facts.version}: ${found.error} ${setup}`);
    assert.ok(found.isException, `${e.file}: ${e.data.title} is not an exception class`);
  }
});

test("each qualified class's parent and mro are Python's __bases__[0] and __mro__", () => {
  for (const e of qualified) {
    const real = facts.names[e.data.title]!;
    if (real.error) continue; // reported above
    const parent = facts.names[e.data.parent ?? '']!;
    assert.ok(parent && !parent.error && parent.id === real.baseId, `${e.file}: parent is ${e.data.parent}, but ${e.data.title}.__bases__[0] is ${real.base}`);
    const claimed = (e.data.mro ?? []).map((n) => facts.names[n]!);
    const unresolved = claimed.filter((c) => c.error);
    assert.deepEqual(unresolved.map((c) => `${c.name}: ${c.error}`), [], `${e.file}: mro names classes that do not import`);
    assert.deepEqual(
      claimed.map((c) => c.id),
      real.mroIds,
      `${e.file}: mro is [${(e.data.mro ?? []).join(', ')}], but Python's __mro__ after the class (without object) is [${real.mro!.join(', ')}]`,
    );
  }
});

test('the name a traceback prints for a qualified class leads to its page (its title or an alias)', () => {
  for (const e of qualified) {
    const real = facts.names[e.data.title]!;
    if (real.error) continue;
    const reachable = [e.data.title, ...e.data.aliases.map(aliasName)];
    assert.ok(reachable.includes(real.printed!), `${e.file}: tracebacks print ${real.printed}; add /python/${real.printed} to aliases`);
  }
});

test('every dotted alias is the same class as its entry (socket.timeout is TimeoutError on this python)', () => {
  for (const { entry, alias } of dottedAliases) {
    const target = facts.names[entry.data.title]!;
    const other = facts.names[alias]!;
    assert.equal(other.error, undefined, `${entry.file}: alias ${alias} does not import on ${debianPython} ${facts.version}: ${other.error}`);
    assert.equal(other.id, target.id, `${entry.file}: ${alias} is ${other.printed}, not ${entry.data.title}, on Python ${facts.version}; an alias must be the same class`);
  }
});

test('package and packageVersion are where the class comes from and the version installed', () => {
  for (const e of [...qualified, ...tools]) {
    const pkg = e.data.package!;
    const top = (e.data.module ?? pkg).split('.')[0]!;
    if (pkg === 'stdlib') {
      assert.ok(facts.stdlib.includes(top), `${e.file}: package is stdlib, but ${top} is not a standard-library module; name the distribution that provides it`);
      continue;
    }
    const installed = facts.distributions[pkg];
    assert.ok(installed, `${e.file}: the distribution ${pkg} is not installed for ${debianPython} ${setup}`);
    assert.equal(e.data.packageVersion, installed, `${e.file}: packageVersion is ${e.data.packageVersion}, but ${debianPython} has ${pkg} ${installed}; recapture the snippets and update it`);
    if (e.data.module) assert.ok(facts.providers[top]?.includes(pkg), `${e.file}: the module ${top} comes from ${facts.providers[top]?.join(', ') ?? 'no distribution'}, not ${pkg}`);
  }
});
