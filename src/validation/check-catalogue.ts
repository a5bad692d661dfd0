import type { EntryData } from '../schema/entry.ts';
import { isQualified, kindOf, shortName } from '../schema/entry-path.ts';
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

/** The class entries of one language, by title and, where it is unambiguous, by the short name a runtime records. */
class ClassIndex {
  private readonly byTitle = new Map<string, CheckedEntry>();
  private readonly byShort = new Map<string, CheckedEntry[]>();
  constructor(entries: readonly CheckedEntry[]) {
    for (const e of entries) {
      if (kindOf(e.data) !== 'class') continue;
      this.byTitle.set(e.data.title, e);
      const short = shortName(e.data.title);
      this.byShort.set(short, [...(this.byShort.get(short) ?? []), e]);
    }
  }
  /** The entry titled `name`, or the only one whose last segment is `name` (a harness records `JSONDecodeError`). */
  find(name: string): CheckedEntry | undefined {
    const exact = this.byTitle.get(name);
    if (exact) return exact;
    const short = this.byShort.get(name) ?? [];
    return short.length === 1 ? short[0] : undefined;
  }
  /** The entry titled exactly `name`. */
  get(name: string): CheckedEntry | undefined {
    return this.byTitle.get(name);
  }
  /** Every class name `entry` descends from: its `mro` where it has one, else its parents through the catalogue. */
  ancestry(entry: CheckedEntry): string[] {
    const out: string[] = [];
    for (let e: CheckedEntry | undefined = entry; e; ) {
      if (e.data.mro) {
        for (const name of e.data.mro) if (!out.includes(name)) out.push(name);
        break;
      }
      const p: string | undefined = e.data.parent;
      if (!p || out.includes(p)) break;
      out.push(p);
      e = this.byTitle.get(p);
    }
    return out;
  }
}

/** True when `sub` appears in `list` in the same order, gaps allowed. */
const isSubsequence = (sub: readonly string[], list: readonly string[]) => {
  let i = 0;
  for (const x of list) if (x === sub[i]) i++;
  return i === sub.length;
};

/** A global of the engine running this (Node 24, the JavaScript snippets' own engine) that is an error class. */
export function isJavaScriptErrorClass(name: string): boolean {
  const value = (globalThis as Record<string, unknown>)[name];
  return typeof value === 'function' && (value === Error || value === globalThis.DOMException || (value as { prototype?: unknown }).prototype instanceof Error);
}

/** Checks what no single file can: references, unique URLs and aliases, classes and parents, reproductions of the right error. */
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
      if (!alias.startsWith(`/${e.data.language}/`)) {
        problems.push({ file: e.file, field: `aliases[${i}]`, message: `${alias} is outside /${e.data.language}/; an alias is another name of this entry in its own language` });
      }
    });
  }
  const index = new Map(['python', 'javascript', 'node'].map((l) => [l, new ClassIndex(entries.filter((e) => e.data.language === l))]));
  const classes = (language: string) => index.get(language)!;
  // Built-in names are judged against the catalogue once it holds Python's root class; a partial
  // catalogue (a fixture, a folder of drafts) cannot tell a missing page from a misspelt name.
  const knowsBuiltins = classes('python').get('BaseException') !== undefined;
  for (const e of entries) {
    const kind = kindOf(e.data);
    const own = classes(e.data.language);
    e.data.related.forEach((ref, i) => {
      if (!ids.has(ref)) problems.push({ file: e.file, field: `related[${i}]`, message: `${ref} is not an entry; expected the id of a file under content/errors (like python/ConnectionError)` });
      if (ref === e.id) problems.push({ file: e.file, field: `related[${i}]`, message: 'an entry cannot be related to itself' });
    });

    // The class a message belongs to, and the parent a class derives from, must be known.
    if (kind === 'message' && e.data.class !== undefined && !own.get(e.data.class)) {
      problems.push({ file: e.file, field: 'class', message: `${e.data.class} has no class page in ${e.data.language}; write content/errors/${e.data.language}/${e.data.class}.mdx first, or fix class` });
    }
    const parent = e.data.parent;
    if (kind === 'class' && parent !== undefined) {
      const known = own.get(parent) !== undefined;
      if (e.data.language === 'python' && knowsBuiltins && !known && !(isQualified(e.data) && parent.includes('.'))) {
        problems.push({ file: e.file, field: 'parent', message: `${parent} is not a class in the catalogue; use the title of a Python class entry (a built-in like OSError), or for a library base class its qualified name (requests.exceptions.RequestException)` });
      }
      if (e.data.language === 'javascript' && !known && !isJavaScriptErrorClass(parent)) {
        problems.push({ file: e.file, field: 'parent', message: `${parent} is neither a JavaScript class entry nor an error class of the engine (Error, TypeError, DOMException, ...)` });
      }
    }
    if ((kind === 'code' || kind === 'warning') && parent !== undefined && !classes('javascript').get(parent) && !isJavaScriptErrorClass(parent)) {
      problems.push({ file: e.file, field: 'parent', message: `${parent} is not a JavaScript error class; name the class of the error object Node throws (Error, TypeError, RangeError)` });
    }

    // An mro agrees with what the catalogue knows of each class in it.
    if (e.data.mro && e.data.language === 'python') {
      e.data.mro.forEach((name, i) => {
        const entry = own.get(name);
        if (!name.includes('.') && !entry && knowsBuiltins) {
          problems.push({ file: e.file, field: `mro[${i}]`, message: `${name} is not a class in the catalogue; a name without a module must be a built-in class with an entry (check the spelling)` });
        }
        if (entry) {
          const theirs = own.ancestry(entry);
          if (!isSubsequence(theirs, e.data.mro!.slice(i + 1))) {
            problems.push({ file: e.file, field: 'mro', message: `after ${name} comes ${e.data.mro!.slice(i + 1).join(', ') || 'nothing'}, but ${entry.file} says ${name} derives from ${theirs.join(', ')}; one of them is wrong (print the __mro__ of both)` });
          }
        }
      });
    }

    // The reproduction raises the error the page is about.
    const about = kind === 'message' ? e.data.class : kind === 'class' ? e.data.title : undefined;
    for (const s of e.snippets.filter((x) => x.part === 'reproduce' && x.expect.kind === 'raises')) {
      if (s.expect.kind !== 'raises' || kind === 'tool' || kind === 'fatal' || kind === 'warning') continue;
      let ok: boolean;
      if (about !== undefined) {
        const raised = own.find(s.expect.name);
        const names = [about, shortName(about)];
        ok = names.includes(s.expect.name) || (raised !== undefined && own.ancestry(raised).includes(about));
      } else {
        ok = s.expect.code === e.data.title;
      }
      if (!ok) {
        const wanted = about !== undefined ? `${about} or one of its subclasses` : `an error with code ${e.data.title}`;
        problems.push({ file: e.file, field: '## Reproduce', line: s.line, message: `the reproduction raises ${s.expect.name}${s.expect.code ? `:${s.expect.code}` : ''}, expected ${wanted}` });
      }
    }
  }
  return problems;
}
