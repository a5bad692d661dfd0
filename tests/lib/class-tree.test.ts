import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CollectionEntry } from 'astro:content';
import { ancestry, classForests, messagesOf, type ClassNode } from '../../src/lib/class-tree.ts';
import { indexGroups } from '../../src/lib/index-groups.ts';

type Entry = CollectionEntry<'errors'>;
const entry = (id: string, data: Record<string, unknown>): Entry => {
  const title = (data.title as string | undefined) ?? id.split('/').pop()!;
  return { id, collection: 'errors', data: { language: id.split('/')[0], status: 'active', title, aliases: [], errno: [], ...data } } as unknown as Entry;
};
const entries = [
  entry('python/BaseException', {}),
  entry('python/Exception', { parent: 'BaseException' }),
  entry('python/OSError', { parent: 'Exception' }),
  entry('python/ValueError', { parent: 'Exception' }),
  entry('python/TypeError', { parent: 'Exception' }),
  entry('python/json.JSONDecodeError', { parent: 'ValueError', module: 'json', package: 'stdlib', mro: ['ValueError', 'Exception', 'BaseException'] }),
  entry('python/requests.exceptions.ConnectionError', { parent: 'requests.exceptions.RequestException', module: 'requests.exceptions', package: 'requests', packageVersion: '2.28.1', mro: ['requests.exceptions.RequestException', 'OSError', 'Exception', 'BaseException'] }),
  entry('python/requests.exceptions.ConnectTimeout', { parent: 'requests.exceptions.ConnectionError', module: 'requests.exceptions', package: 'requests', packageVersion: '2.28.1', mro: ['requests.exceptions.ConnectionError', 'requests.exceptions.Timeout', 'requests.exceptions.RequestException', 'OSError', 'Exception', 'BaseException'] }),
  entry('python/TypeError/not-subscriptable', { kind: 'message', class: 'TypeError', title: "'{type}' object is not subscriptable" }),
  entry('python/pip/externally-managed-environment', { kind: 'tool', package: 'pip', packageVersion: '23.0.1' }),
];
const find = (nodes: ClassNode[], title: string): ClassNode | undefined => {
  for (const n of nodes) {
    if (n.title === title) return n;
    const hit = find(n.children, title);
    if (hit) return hit;
  }
  return undefined;
};

test('standard-library classes sit under their built-in base; each library gets a tree of its own', () => {
  const [builtins, requests, ...rest] = classForests(entries);
  assert.equal(rest.length, 0);
  assert.deepEqual(builtins!.roots.map((r) => r.title), ['BaseException']);
  assert.ok(find(builtins!.roots, 'ValueError')!.children.some((c) => c.title === 'json.JSONDecodeError'));
  assert.equal(find(builtins!.roots, 'requests.exceptions.ConnectionError'), undefined);
  assert.equal(requests!.package, 'requests');
  assert.equal(requests!.packageVersion, '2.28.1');
  // RequestException has no page: it is drawn from the mro, without an entry, as the root that derives from OSError.
  const [root] = requests!.roots;
  assert.equal(root!.title, 'requests.exceptions.RequestException');
  assert.equal(root!.entry, undefined);
  assert.equal(root!.base, 'OSError');
  assert.deepEqual(find(requests!.roots, 'requests.exceptions.ConnectionError')!.children.map((c) => c.title), ['requests.exceptions.ConnectTimeout']);
});

test('ancestry follows the mro where there is one; a class lists its message pages', () => {
  const timeout = entries.find((e) => e.id === 'python/requests.exceptions.ConnectTimeout')!;
  assert.deepEqual(ancestry(timeout, entries).map((c) => c.title).slice(-2), ['requests.exceptions.Timeout', 'requests.exceptions.ConnectionError']);
  const typeError = entries.find((e) => e.id === 'python/TypeError')!;
  assert.deepEqual(messagesOf(typeError, entries).map((e) => e.id), ['python/TypeError/not-subscriptable']);
});

test('the Python index groups built-ins by parent, then modules, packages and tools', () => {
  const groups = indexGroups('python', entries);
  assert.deepEqual(
    groups.map((g) => g.id),
    ['group-root', 'group-BaseException', 'group-Exception', 'module-json', 'package-requests-requests.exceptions', 'tool-pip'],
  );
  assert.ok(!groups.some((g) => g.entries.some((e) => e.id === 'python/TypeError/not-subscriptable')), 'message pages sit under their class, not in a group');
  assert.equal(groups.find((g) => g.id === 'group-Exception')!.href, '/python/Exception/');
});
