import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

/** Every file of a build with the hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(
    files
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
      .sort()
      .map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]),
  );
}

test('a second build of the same commit is byte-identical to dist/', () => {
  const again = mkdtempSync(path.join(tmpdir(), 'errdex-rebuild-'));
  try {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', again], {
      stdio: 'ignore',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
    });
    const first = fingerprint('dist');
    const second = fingerprint(again);
    assert.deepEqual(Object.keys(second), Object.keys(first), 'the same files');
    const differing = Object.keys(first).filter((f) => first[f] !== second[f]);
    assert.deepEqual(differing, [], 'the same bytes');
  } finally {
    rmSync(again, { recursive: true, force: true });
  }
});
