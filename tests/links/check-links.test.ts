import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkLinks } from '../../src/permalinks/check-links.ts';

test('a broken page link and a missing #fragment are both reported; good links are not', async () => {
  const dist = await mkdtemp(path.join(tmpdir(), 'errdex-links-'));
  try {
    await mkdir(path.join(dist, 'python/KeyError'), { recursive: true });
    await writeFile(path.join(dist, 'python/KeyError/index.html'), '<h2 id="fixes">Fixes</h2><a href="#fixes">ok</a><a href="https://docs.python.org/3/">external</a>');
    await writeFile(path.join(dist, 'index.html'), '<a href="/python/KeyError/#fixes">ok</a><a href="/python/KeyError/#fixez">typo</a><a href="/python/Nope/">gone</a>');
    const { broken } = await checkLinks(dist);
    assert.deepEqual(broken.map((b) => b.href).sort(), ['/python/KeyError/#fixez', '/python/Nope/']);
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
});
