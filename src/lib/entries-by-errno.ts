import type { CollectionEntry } from 'astro:content';
import type { ErrnoRow } from '../errno/errno-table';

/**
 * The entries that belong on a symbol's hub: those that list the symbol in `errno`, the Python class CPython
 * maps it to, and the Node entry of the same code, in that order without repeats.
 */
export function entriesForErrno(row: ErrnoRow, entries: readonly CollectionEntry<'errors'>[]): CollectionEntry<'errors'>[] {
  const names = [row.symbol, ...row.aliases];
  const found = [
    ...entries.filter((e) => e.data.language === 'python' && e.data.title === row.python && row.python !== 'OSError'),
    ...entries.filter((e) => e.data.language === 'node' && names.includes(e.data.title)),
    ...entries.filter((e) => e.data.errno.some((s) => names.includes(s))),
  ];
  return found.filter((e, i) => found.findIndex((f) => f.id === e.id) === i);
}
