import { errnoInText } from './errno-mentions.ts';
import { matchPhrases } from './phrases.ts';
import type { Reading } from './reading.ts';
import { generalNames, indexSearchData, loneWord, osErrorNames, pageLanguagesFor, type ResolverIndex } from './resolve.ts';
import type { SearchCore, SearchEntry, SearchErrno } from './search-data.ts';

/**
 * Which shards of the exact layer's data a paste needs. An entry is filed under the names a paste could
 * call it by (its title, other names, its class for a message page, and the classes it descends from); a
 * paste asks for the names it prints and the pages its errno numbers and codes lead to. Both sides use the
 * same spellings (`keyForms`) and the same hash (`shardOf`), so the entries a reading can reach are always
 * in the shards it asks for.
 */

/** A name as filed: lower case, and its last dotted part alone (`requests.exceptions.SSLError` is also `sslerror`). */
export function keyForms(name: string): string[] {
  const lower = name.toLowerCase().replace(/\.+$/, '');
  const dot = lower.lastIndexOf('.');
  return dot > 0 ? [lower, lower.slice(dot + 1)] : [lower];
}

/** FNV-1a: a hash both the build and the browser compute the same, with no library. */
export function shardOf(key: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count;
}

/**
 * The keys an entry is filed under: its names, a message page's class, and every class it descends from in
 * the catalogue (a message of a subclass is found from its base's name, and the walk up from it needs the
 * classes between).
 */
export function entryKeys(e: SearchEntry, byName: ReadonlyMap<string, SearchEntry>): Set<string> {
  const keys = new Set<string>();
  const add = (name: string) => {
    for (const k of keyForms(name)) if (!generalNames.has(k)) keys.add(k);
  };
  // Its own names always, even a general one (the page for `Exception` itself).
  for (const name of [e.t, ...e.a.map((a) => a.split('/').pop()!)]) for (const k of keyForms(name)) keys.add(k);
  let base = e.c ?? e.p;
  if (e.c) add(e.c);
  for (let depth = 0; base && depth < 12; depth++) {
    add(base);
    const up = byName.get(`${e.l}:${base.toLowerCase()}`);
    base = up?.c ?? up?.p;
  }
  return keys;
}

/**
 * What a paste's keys are worked out from: the resolver's own index of the core alone (its errno rows by
 * spelling and number, and the errno and reader phrases), so both read errno mentions the same way.
 */
export type KeyContext = Pick<ResolverIndex, 'rowBySpelling' | 'rowsByNumber' | 'gaiByNumber' | 'phrases'>;

/** Prepares the core's lookups once. */
export function keyContext(core: SearchCore): KeyContext {
  return indexSearchData({ entries: [], errno: core.errno, ...(core.gai ? { gai: core.gai } : {}) });
}

/** Every row a number can mean: errno values on each platform, and getaddrinfo's. */
function rowsNumbered(context: KeyContext, n: number): SearchErrno[] {
  const gai = context.gaiByNumber.get(n);
  return [...(context.rowsByNumber.get(n) ?? []).map((r) => r.row), ...(gai ? [gai] : [])];
}

/**
 * The keys a paste needs, or `all` when its answer may be any page: a paste with no error named (only a
 * message, matched against every page's), or one that names only a general class without a code or errno.
 * A paste of a language no entry is about (Go, curl, ...) needs none: only errno hubs answer it.
 * A lone word counts as a name in any case. Numbers count where the resolver reads them (`[Errno 104]`, `errno: -104`, `error 10054`, a bare number),
 * with every platform's meaning; so do errno symbols anywhere and the errno phrases in the text.
 */
export function pasteKeys(query: string, reading: Reading, context: KeyContext): Set<string> | 'all' {
  // Go, Java, curl, ...: only errno hubs answer them, and the errno table is in the core.
  if (pageLanguagesFor(reading.language)?.length === 0) return new Set();
  const final = reading.final;
  const trimmed = query.trim();
  const bareNumber = /^-?\d{1,6}$/.test(trimmed);
  // A lone word is a name typed in any case (`keyerror`, `econnreset`): the page of that name, if any.
  const loneName = loneWord.test(trimmed);
  const hasCode = Boolean(final?.code || final?.errno);
  if (!bareNumber && !loneName && (!final || (!final.name && !hasCode) || (final.name && generalNames.has(final.name.toLowerCase()) && !hasCode))) return 'all';
  const keys = new Set<string>();
  const add = (name: string | undefined) => {
    if (name) for (const k of keyForms(name)) keys.add(k);
  };
  const addRow = (row: SearchErrno | undefined) => {
    if (!row) return;
    for (const name of [row.s, ...row.a, row.py]) add(name);
  };
  const tail = trimmed.length > 4000 ? trimmed.slice(-4000) : trimmed;
  for (const m of [...(final ? [final] : []), ...reading.causes]) {
    add(m.name);
    add(m.code);
    if (m.name && reading.language !== 'javascript' && osErrorNames.has(m.name.toLowerCase())) add('OSError');
    if (m.errno?.symbol) addRow(context.rowBySpelling.get(m.errno.symbol));
    if (m.errno?.number !== undefined) for (const row of rowsNumbered(context, m.errno.number)) addRow(row);
    if (m.code) addRow(context.rowBySpelling.get(m.code));
  }
  if (bareNumber) for (const row of rowsNumbered(context, Number(trimmed))) addRow(row);
  if (loneName) {
    add(trimmed);
    addRow(context.rowBySpelling.get(trimmed.toUpperCase()));
  }
  for (const m of tail.matchAll(errnoInText.bracketed)) for (const row of rowsNumbered(context, Number(m[2]))) addRow(row);
  for (const re of [errnoInText.nodeField, errnoInText.loose]) for (const m of tail.matchAll(re)) for (const row of rowsNumbered(context, Number(m[1]))) addRow(row);
  for (const m of tail.matchAll(errnoInText.symbol)) {
    add(m[0]);
    addRow(context.rowBySpelling.get(m[0]));
  }
  for (const text of [final?.message, tail]) {
    if (text) for (const p of matchPhrases(context.phrases, text, reading.language)) if (p.symbol) addRow(context.rowBySpelling.get(p.symbol));
  }
  return keys;
}

/** The shards holding a set of keys. */
export function shardsFor(keys: Iterable<string>, count: number): number[] {
  return [...new Set([...keys].map((k) => shardOf(k, count)))].sort((a, b) => a - b);
}
