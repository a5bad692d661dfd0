import type { EntryData } from '../schema/entry.ts';
import type { FoundSnippet } from './check-body.ts';
import type { Problem } from './problem.ts';

/** An entry that passed its own checks, ready for the checks that look across entries. */
export interface CheckedEntry {
  file: string;
  id: string;
  data: EntryData;
  snippets: FoundSnippet[];
}

/** The URL path of an entry, without trailing slash: `/python/ConnectionResetError`. */
export const entryPath = (id: string) => `/${id}`;

/** Every class name an entry descends from, following `parent` through the catalogue. */
function ancestry(entry: CheckedEntry, byTitle: Map<string, CheckedEntry>): string[] {
  const out: string[] = [];
  for (let p = entry.data.parent; p && !out.includes(p); p = byTitle.get(p)?.data.parent) out.push(p);
  return out;
}

/** Checks what no single file can: references, unique URLs and aliases, reproductions of the right error. */
export function checkCatalogue(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(entries.map((e) => e.id));
  // Paths are compared case-insensitively because lower-case URLs redirect to the canonical one.
  const claimed = new Map<string, string>();
  for (const e of entries) claimed.set(entryPath(e.id).toLowerCase(), e.file);
  for (const e of entries) {
    e.data.aliases.forEach((alias, i) => {
      const owner = claimed.get(alias.toLowerCase());
      if (owner && owner !== e.file) {
        problems.push({ file: e.file, field: `aliases[${i}]`, message: `${alias} is already the URL or an alias of ${owner}; an old URL can lead to one entry only` });
      } else if (owner === e.file) {
        problems.push({ file: e.file, field: `aliases[${i}]`, message: `${alias} is this entry's own URL (in some casing); remove it` });
      } else {
        claimed.set(alias.toLowerCase(), e.file);
      }
    });
  }
  const byTitle = new Map<string, CheckedEntry>();
  for (const e of entries) if (e.data.language === 'python') byTitle.set(e.data.title, e);
  for (const e of entries) {
    e.data.related.forEach((ref, i) => {
      if (!ids.has(ref)) problems.push({ file: e.file, field: `related[${i}]`, message: `${ref} is not an entry; expected the id of a file under content/errors (like python/ConnectionError)` });
      if (ref === e.id) problems.push({ file: e.file, field: `related[${i}]`, message: 'an entry cannot be related to itself' });
    });
    const own = e.data.language === 'python' ? e.data.title : undefined;
    for (const s of e.snippets.filter((x) => x.part === 'reproduce' && x.expect.kind === 'raises')) {
      if (s.expect.kind !== 'raises') continue;
      const ok = own
        ? s.expect.name === own || byTitle.get(s.expect.name)?.data.parent !== undefined && ancestry(byTitle.get(s.expect.name)!, byTitle).includes(own)
        : s.expect.code === e.data.title;
      if (!ok) {
        const wanted = own ? `${own} or one of its subclasses` : `an error with code ${e.data.title}`;
        problems.push({ file: e.file, field: '## Reproduce', line: s.line, message: `the reproduction raises ${s.expect.name}${s.expect.code ? `:${s.expect.code}` : ''}, expected ${wanted}` });
      }
    }
  }
  return problems;
}
