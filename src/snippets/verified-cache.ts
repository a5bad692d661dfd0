import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckedEntry } from '../validation/check-catalogue.ts';
import { snapshotsDir } from './snapshot-files.ts';

/**
 * Which entries passed the full snippet check, by a hash of everything their result depends on: their
 * snippets and templates, their committed snapshots, the verifier and runtime code, the pinned packages
 * (Node and Pyodide versions), and the host's Python interpreters. A rerun skips an entry whose hash is
 * here; any change to one of those inputs runs it again. Local only (.cache is not committed): a fresh
 * clone, and so CI, runs everything.
 */
const cacheFile = '.cache/snippets/verified.json';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** The inputs every entry's result shares: the verifier, its runtimes and harnesses, the pinned packages, the interpreters here. */
export function toolchainFingerprint(root: string): string {
  const files = [...filesUnder(path.join(root, 'src/snippets')), ...filesUnder(path.join(root, 'src/lib')), path.join(root, 'package-lock.json')];
  const contents = files.filter((f) => existsSync(f)).map((f) => `${path.relative(root, f)}\n${readFileSync(f, 'latin1')}`);
  const interpreters = ['python3', '/usr/bin/python3'].map((p) => {
    try {
      return execFileSync(p, ['-c', 'import sys; print(sys.version)'], { encoding: 'utf8' });
    } catch {
      return `${p}: missing`;
    }
  });
  return sha([...contents, ...interpreters].join('\0'));
}

/** One entry's fingerprint: its snippets, what it declares about them, and its snapshot file. */
export function entryFingerprint(root: string, entry: CheckedEntry, toolchain: string): string {
  const snapshot = path.join(root, snapshotsDir, `${entry.id}.json`);
  return sha(JSON.stringify({ toolchain, data: entry.data, snippets: entry.snippets, snapshot: existsSync(snapshot) ? readFileSync(snapshot, 'utf8') : null }));
}

export function readVerified(root: string): Set<string> {
  try {
    return new Set((JSON.parse(readFileSync(path.join(root, cacheFile), 'utf8')) as { passed: string[] }).passed);
  } catch {
    return new Set();
  }
}

export function writeVerified(root: string, passed: Iterable<string>): void {
  mkdirSync(path.dirname(path.join(root, cacheFile)), { recursive: true });
  writeFileSync(path.join(root, cacheFile), `${JSON.stringify({ passed: [...passed].sort() })}\n`);
}
