import type { SearchData, SearchEntry, SearchErrno } from './search-data.ts';

/**
 * The exact layer of errdex search: understands what people paste (a traceback or its last line,
 * `[Errno 104]`, `[WinError 10054]`, Node's `Error: read ECONNRESET`, `code: 'ECONNREFUSED'`, `errno: -111`,
 * a bare number or symbol, a class name in any case, or the text of a message) and names the pages that
 * answer it, best first. Pure and linear in the input: no regex here can backtrack catastrophically.
 */

export interface ExactHit {
  /** Page path with trailing slash. */
  url: string;
  title: string;
  /** python, node, or errno for the errno pages. */
  language: string;
  summary: string;
  /** Errno symbols to show as badges. */
  errno: string[];
  /** Why this page matched, in words: "[Errno 104] on Linux". */
  reason: string;
  /** `exact` for a name or number found in the query; `message` for a match on message text. */
  match: 'exact' | 'message';
}

/** Lookup tables built once from the search data. */
export interface ResolverIndex {
  data: SearchData;
  entryByTitle: Map<string, SearchEntry[]>;
  rowBySpelling: Map<string, SearchErrno>;
  rowsByNumber: Map<number, { row: SearchErrno; where: string }[]>;
  wordBags: { hit: () => ExactHit; strong: Set<string>; weak: Set<string> }[];
}

const MAX_INPUT = 200_000; // a pasted log is read from its end: that is where the final error is

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const stop = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'to', 'is', 'error', 'errno', 'file', 'line']);

function entryHit(e: SearchEntry, reason: string, match: ExactHit['match'] = 'exact'): ExactHit {
  return { url: `/${e.id}/`, title: e.t, language: e.l, summary: e.s, errno: e.e, reason, match };
}

function errnoHit(row: SearchErrno, reason: string, match: ExactHit['match'] = 'exact'): ExactHit {
  return { url: `/errno/${row.s}/`, title: row.s, language: 'errno', summary: row.d, errno: [row.s], reason, match };
}

function numberHit(n: number, index: ResolverIndex): ExactHit | undefined {
  const meanings = index.rowsByNumber.get(n);
  if (!meanings) return undefined;
  const names = [...new Set(meanings.map((m) => m.row.s))];
  return { url: `/errno/${n}/`, title: `errno ${n}`, language: 'errno', summary: `${names.join(', ')}: what ${n} means on each platform.`, errno: names, reason: `the number ${n}`, match: 'exact' };
}

/** Prepares the lookup tables; call once per data file. */
export function indexSearchData(data: SearchData): ResolverIndex {
  const entryByTitle = new Map<string, SearchEntry[]>();
  for (const e of data.entries) {
    const key = e.t.toLowerCase();
    entryByTitle.set(key, [...(entryByTitle.get(key) ?? []), e]);
  }
  const rowBySpelling = new Map<string, SearchErrno>();
  const rowsByNumber = new Map<number, { row: SearchErrno; where: string }[]>();
  const addNumber = (n: number, row: SearchErrno, where: string) => {
    if (n !== 0) rowsByNumber.set(n, [...(rowsByNumber.get(n) ?? []), { row, where }]);
  };
  for (const row of data.errno) {
    for (const name of [row.s, ...row.a]) rowBySpelling.set(name, row);
    addNumber(row.n, row, 'Linux');
  }
  // Linux first, then the other platforms, so a bare number lists its likeliest meaning first.
  for (const row of data.errno) addNumber(row.wsa, row, 'Windows Sockets');
  for (const row of data.errno) addNumber(row.mac, row, 'macOS');
  for (const row of data.errno) addNumber(row.crt, row, 'the Windows C runtime');
  for (const row of data.errno) row.node.forEach((n, i) => addNumber(n, row, `Node.js on ${['Linux', 'macOS', 'Windows'][i]}`));
  const wordBags = [
    ...data.entries.map((e) => ({ hit: () => entryHit(e, 'its message', 'message'), strong: new Set([...words(e.t), ...e.m.flatMap(words)]), weak: new Set(words(e.s)) })),
    ...data.errno.map((r) => ({ hit: () => errnoHit(r, 'its message', 'message'), strong: new Set([...words(r.s), ...words(r.msg), ...words(r.wmsg)]), weak: new Set(words(r.d)) })),
  ];
  return { data, entryByTitle, rowBySpelling, rowsByNumber, wordBags };
}

/** Collects hits in order, keeping the first (best) place of each page. */
class Hits {
  readonly list: ExactHit[] = [];
  add(hit: ExactHit | undefined): void {
    if (hit && !this.list.some((h) => h.url === hit.url)) this.list.push(hit);
  }
}

function pythonEntry(index: ResolverIndex, name: string): SearchEntry | undefined {
  return index.entryByTitle.get(name.toLowerCase())?.find((e) => e.l === 'python');
}

function nodeEntry(index: ResolverIndex, code: string): SearchEntry | undefined {
  return index.entryByTitle.get(code.toLowerCase())?.find((e) => e.l === 'node');
}

/** The pages for an errno row, ordered for where it was seen: Python text, Node text, or on its own. */
function addRow(hits: Hits, index: ResolverIndex, row: SearchErrno, reason: string, seenIn: 'python' | 'node' | 'plain'): void {
  const py = row.py !== 'OSError' ? pythonEntry(index, row.py) : undefined;
  const node = nodeEntry(index, row.s);
  const order = seenIn === 'python' ? [py && entryHit(py, reason), errnoHit(row, reason), node && entryHit(node, reason)]
    : seenIn === 'node' ? [node && entryHit(node, reason), errnoHit(row, reason), py && entryHit(py, reason)]
    : [errnoHit(row, reason), node && entryHit(node, reason), py && entryHit(py, reason)];
  for (const h of order) hits.add(h);
}

/** Exception class names at the start of unindented lines, last line first (the final error of a traceback). */
function exceptionLines(lines: string[]): string[] {
  const names: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^([A-Za-z_][\w.]{0,200})(?::|$)/.exec(lines[i]!.trimEnd());
    if (m) names.push(m[1]!);
  }
  return names;
}

/** Names the pages that answer a query, best first; never throws, whatever the input. */
export function resolve(query: string, index: ResolverIndex): ExactHit[] {
  const hits = new Hits();
  const text = (query.length > MAX_INPUT ? query.slice(-MAX_INPUT) : query).replace(/\r/g, '');
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const lines = trimmed.split('\n');
  const looksNode = /\b(?:code|errno|syscall):\s|^\s*(?:\w*Error|Uncaught \w*Error): (?:\w+ )?E[A-Z]/m.test(text) && !/\[Errno /.test(text);

  // 1. A bare number: every meaning, Linux first.
  const bare = /^(-?\d{1,6})$/.exec(trimmed);
  if (bare) {
    const n = Number(bare[1]);
    hits.add(numberHit(n, index));
    for (const { row, where } of index.rowsByNumber.get(n) ?? []) addRow(hits, index, row, `${n} on ${where}`, 'plain');
    return hits.list;
  }

  // 2. Python exception classes: the final one of a traceback first, then the ones before it.
  for (const name of exceptionLines(lines)) {
    // A dotted name is another library's class (requests.exceptions.ConnectionError is not the built-in).
    // A lone errno symbol is left to step 5, which puts its hub first.
    const code = lines.length === 1 && !index.rowBySpelling.has(name) ? nodeEntry(index, name) : undefined;
    const e = name.includes('.') ? undefined : (pythonEntry(index, name) ?? code);
    if (e) hits.add(entryHit(e, e.l === 'python' ? 'the exception class' : 'the error code'));
  }

  // 3. Numbers inside Python messages, chained causes included: [Errno N] (Linux) and [WinError N].
  for (const m of text.matchAll(/\b(Errno|WinError)\s{1,3}(\d{1,6})\b/g)) {
    const n = Number(m[2]);
    const rows = index.rowsByNumber.get(n) ?? [];
    const pick = m[1] === 'Errno' ? rows.find((r) => r.where === 'Linux') : (rows.find((r) => r.where === 'Windows Sockets') ?? rows.find((r) => r.where === 'the Windows C runtime'));
    if (pick) addRow(hits, index, pick.row, `[${m[1]} ${n}] on ${pick.where}`, 'python');
  }

  // 4. Node's negative errno.
  for (const m of text.matchAll(/\berrno:\s*(-\d{1,5})\b/g)) {
    const found = (index.rowsByNumber.get(Number(m[1])) ?? []).find((r) => r.where.startsWith('Node.js'));
    if (found) addRow(hits, index, found.row, `errno ${m[1]} (${found.where})`, 'node');
  }

  // 5. Codes and symbols anywhere: ECONNRESET, WSAECONNRESET, EAI_AGAIN, ENOTFOUND; `errno 98` style numbers.
  for (const m of text.matchAll(/\b(?:WSA)?E[A-Z0-9_]{2,20}\b/g)) {
    const symbol = m[0];
    const row = index.rowBySpelling.get(symbol);
    const node = nodeEntry(index, symbol);
    if (row) addRow(hits, index, row, symbol === row.s ? 'the errno symbol' : `${symbol}, another name for ${row.s}`, looksNode ? 'node' : 'plain');
    else if (node) hits.add(entryHit(node, 'the error code'));
  }
  for (const m of text.matchAll(/\b(?:errno|error)\s*[:#]?\s*(\d{1,6})\b/gi)) {
    const n = Number(m[1]);
    const linux = (index.rowsByNumber.get(n) ?? []).find((r) => r.where === 'Linux');
    if (linux) addRow(hits, index, linux.row, `errno ${n} on Linux`, 'plain');
    hits.add(numberHit(n, index));
  }

  // 6. The words of a message: every word of the query must appear in an entry's name and messages (or summary).
  const qWords = [...new Set(words(trimmed.length > 500 ? '' : trimmed))].filter((w) => !stop.has(w));
  if (qWords.length > 0 && qWords.some((w) => w.length >= 3)) {
    // Ties go to the more specific page: the one whose own words the query covers most.
    const scored = index.wordBags
      .map((bag) => ({ bag, score: qWords.reduce((s, w) => s + (bag.strong.has(w) ? 2 : bag.weak.has(w) ? 1 : -100), 0), cover: qWords.filter((w) => bag.strong.has(w)).length / bag.strong.size }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || b.cover - a.cover);
    for (const s of scored.slice(0, 5)) hits.add(s.bag.hit());
  }
  return hits.list;
}
