import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem.ts';

/** The largest content file read; an entry is a few kilobytes, so anything near this is a mistake or an attack. */
export const maxContentBytes = 2 * 1024 * 1024;

/** Where the first byte that is not part of a well-formed UTF-8 character sits, or -1 when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    // Lead byte: how many continuation bytes follow, and the smallest and largest allowed second byte
    // (which rules out overlong forms, UTF-16 surrogates and code points above U+10FFFF).
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset. */
const lineAt = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);

/**
 * Reads a file under `<root>/content` as an author's text, or says why it will not: a symbolic link that
 * leads out of content/ (one to /etc/passwd would otherwise be read and shown), a file over 2 MB, or bytes
 * that are not UTF-8. A UTF-8 byte-order mark is dropped, as Astro drops it.
 */
export function readContentFile(root: string, rel: string): { text?: string; problems: Problem[] } {
  const abs = path.join(root, rel);
  const problem = (message: string, line?: number): { problems: Problem[] } => ({ problems: [{ file: rel, field: 'file', message, ...(line ? { line } : {}) }] });
  let link;
  try {
    link = lstatSync(abs);
  } catch (error) {
    return problem(`cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Checked for every file, not only links: a file inside a linked folder is just as far outside.
  const content = realpathSync(path.join(root, 'content'));
  let target: string;
  try {
    target = realpathSync(abs);
  } catch {
    return problem('is a symbolic link to nothing; replace it with the file itself');
  }
  if (target !== content && !target.startsWith(`${content}${path.sep}`)) {
    const how = link.isSymbolicLink() ? 'is a symbolic link' : 'is reached through a linked folder';
    return problem(`${how} to ${target}, outside content/; it was not read. Content files must live in content/ (copy the file in instead of linking to it)`);
  }
  const size = statSync(abs).size;
  if (size > maxContentBytes) {
    return problem(`is ${(size / 1024 / 1024).toFixed(1)} MB; content files are limited to 2 MB (${maxContentBytes.toLocaleString('en')} bytes), so it was not read`);
  }
  const bytes = readFileSync(abs);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const shown = [...bytes.subarray(bad, bad + 4)].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ');
    return problem(`is not valid UTF-8: the byte at offset ${bad} (${shown}) does not start a UTF-8 character; save the file as UTF-8`, lineAt(bytes, bad));
  }
  const text = bytes.toString('utf8');
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, problems: [] };
}
