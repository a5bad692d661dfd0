import { errnoInText, resolverErrorRow } from './errno-mentions.ts';
import { correctTypos } from './fuzzy.ts';
import { matchPhrases, tokens, type PhraseIndex, buildPhraseIndex } from './phrases.ts';
import { readPaste } from './read-paste.ts';
import type { ErrnoMention, ErrorMention, PasteLanguage, Reading } from './reading.ts';
import { readers } from './readers/index.ts';
import { compileTemplates, matchTemplates, type TemplateMatcher } from './template-matches.ts';
import type { SearchData, SearchEntry, SearchErrno } from './search-data.ts';

/**
 * The exact layer of errdex search: ranks pages from the reading of a paste (`read-paste.ts`). The page about
 * the final error in the paste's own language comes first, then its causes (the root cause first), then the
 * errno hubs, then pages whose messages the text contains; a page of another language never comes first.
 * Pure and linear in the input.
 */

export interface ExactHit {
  /** Page path with trailing slash. */
  url: string;
  title: string;
  /** python, node, javascript, or errno for the errno pages. */
  language: string;
  summary: string;
  /** Errno symbols to show as badges. */
  errno: string[];
  /** Why this page matched, in words: "[Errno 104] on Linux". */
  reason: string;
  /** `exact` for a name or number read in the paste; `message` for its text; `fuzzy` for a corrected typo. */
  match: 'exact' | 'message' | 'fuzzy';
}

export interface Resolution {
  reading: Reading;
  hits: ExactHit[];
  /** Pages of other languages the paste's text also matched: shown as the nearest pages when no page of
   * its own language answers, never among the results. */
  others: ExactHit[];
}

/** Lookup tables built once from the search data. */
export interface ResolverIndex {
  data: SearchData;
  /** Entries by lower-cased name: their title and the last segment of each alias path. */
  entryByName: Map<string, SearchEntry[]>;
  /**
   * Classes of a module or library by their bare name (`sslerror` for ssl.SSLError and requests.exceptions.
   * SSLError): for a paste that prints the bare name, which a logger or a summary line does.
   */
  entryByShortName: Map<string, SearchEntry[]>;
  rowBySpelling: Map<string, SearchErrno>;
  rowsByNumber: Map<number, { row: SearchErrno; where: string }[]>;
  /** The resolver's failures by getaddrinfo's number (`[Errno -2]` in Python on Linux). */
  gaiByNumber: Map<number, SearchErrno>;
  wordBags: { hit: () => ExactHit; strong: Set<string>; weak: Set<string> }[];
  /** Each entry's own words (names, other names, messages), to tell apart pages that share a phrase. */
  ownWords: Map<SearchEntry, Set<string>>;
  phrases: PhraseIndex;
  /** Every name and message word a typo could be meant for. */
  vocabulary: Set<string>;
  /** The message pages' templates, compiled. */
  templates: TemplateMatcher[];
}

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const stop = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'to', 'is', 'error', 'errno', 'file', 'line']);

/** Which pages may answer a paste of each language (errno hubs always may). */
const pageLanguages: Record<PasteLanguage, readonly string[] | undefined> = {
  python: ['python'], javascript: ['javascript', 'node'],
  go: [], java: [], rust: [], ruby: [], dotnet: [], php: [], curl: [], git: [], ssh: [], psql: [], shell: [],
  unknown: undefined,
};

/** Names CPython prints for OSError itself: old aliases and Python 2's module errors. */
export const osErrorNames: ReadonlySet<string> = new Set(['oserror', 'ioerror', 'environmenterror', 'windowserror', 'socket.error', 'select.error', 'error', 'os.error']);

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
  const entryByName = new Map<string, SearchEntry[]>();
  const addName = (name: string, e: SearchEntry) => {
    const key = name.toLowerCase();
    const list = entryByName.get(key) ?? [];
    if (!list.includes(e)) entryByName.set(key, [...list, e]);
  };
  for (const e of data.entries) addName(e.t, e);
  for (const e of data.entries) for (const alias of e.a) addName(alias.split('/').pop()!, e);
  const entryByShortName = new Map<string, SearchEntry[]>();
  for (const e of data.entries) {
    if (e.l !== 'python' || !e.t.includes('.') || e.c) continue;
    const key = e.t.slice(e.t.lastIndexOf('.') + 1).toLowerCase();
    entryByShortName.set(key, [...(entryByShortName.get(key) ?? []), e]);
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
  // The resolver's failures (EAI_NONAME, EAI_AGAIN) have hubs too; their numbers are getaddrinfo's, which
  // only Python prints as `[Errno -2]`, so they are kept apart from errno numbers.
  const gaiByNumber = new Map<number, SearchErrno>();
  for (const g of data.gai ?? []) {
    const row = resolverErrorRow(g);
    rowBySpelling.set(g.s, row);
    if (!rowBySpelling.has(g.node)) rowBySpelling.set(g.node, row);
    gaiByNumber.set(g.n, row);
  }
  // Linux first, then the other platforms, so a bare number lists its likeliest meaning first.
  for (const row of data.errno) addNumber(row.wsa, row, 'Windows Sockets');
  for (const row of data.errno) addNumber(row.mac, row, 'macOS');
  for (const row of data.errno) addNumber(row.crt, row, 'the Windows C runtime');
  for (const row of data.errno) row.node.forEach((n, i) => addNumber(n, row, `Node.js on ${['Linux', 'macOS', 'Windows'][i]}`));
  const ownWords = new Map(data.entries.map((e) => [e, new Set([...words(e.t), ...e.a.flatMap((a) => words(a.split('/').pop()!)), ...e.m.flatMap(words)])]));
  const wordBags = [
    // A page's other names count as its own words (`socket timed out` is TimeoutError's: socket.timeout).
    ...data.entries.map((e) => ({ hit: () => entryHit(e, 'its message', 'message'), strong: ownWords.get(e)!, weak: new Set(words(e.s)) })),
    ...data.errno.map((r) => ({ hit: () => errnoHit(r, 'its message', 'message'), strong: new Set([...words(r.s), ...words(r.msg), ...words(r.wmsg)]), weak: new Set(words(r.d)) })),
  ];
  const readerPhrases = readers.flatMap((r) => (r.phrases ?? []).map(([phrase, symbol]) => ({ phrase, symbol, language: r.language })));
  const phrases = buildPhraseIndex(data, readerPhrases);
  const vocabulary = new Set<string>();
  for (const e of data.entries) for (const w of [e.t, ...e.m.flatMap((m) => m.match(/[A-Za-z_][\w.]{3,}/g) ?? [])]) vocabulary.add(w.toLowerCase());
  for (const r of data.errno) for (const w of [r.s, ...r.a, ...words(r.msg)]) vocabulary.add(w.toLowerCase());
  for (const { phrase } of readerPhrases) for (const w of words(phrase)) vocabulary.add(w);
  for (const e of data.entries) for (const t of e.tp ?? []) for (const w of t.replace(/\{\w+\}/g, ' ').match(/[A-Za-z_][\w.]{3,}/g) ?? []) vocabulary.add(w.toLowerCase());
  return { data, entryByName, entryByShortName, rowBySpelling, rowsByNumber, gaiByNumber, wordBags, ownWords, phrases, vocabulary, templates: compileTemplates(data.entries) };
}

/** Collects hits in order, keeping the first (best) place of each page. */
class Hits {
  readonly list: ExactHit[] = [];
  add(hit: ExactHit | undefined): void {
    if (hit && !this.list.some((h) => h.url === hit.url)) this.list.push(hit);
  }
}

type SeenIn = 'python' | 'node' | 'plain';

function entryNamed(index: ResolverIndex, name: string, languages: readonly string[]): SearchEntry | undefined {
  const found = index.entryByName.get(name.toLowerCase()) ?? [];
  for (const l of languages) {
    const e = found.find((x) => x.l === l);
    if (e) return e;
  }
  return undefined;
}

/** The pages for an errno row, ordered for where it was seen: Python text, Node text, or on its own. */
function addRow(hits: Hits, index: ResolverIndex, row: SearchErrno, reason: string, seenIn: SeenIn): void {
  const py = row.py !== 'OSError' ? entryNamed(index, row.py, ['python']) : undefined;
  const node = nodePage(index, row);
  const order = seenIn === 'python' ? [py && entryHit(py, reason), errnoHit(row, reason), node && entryHit(node, reason)]
    : seenIn === 'node' ? [node && entryHit(node, reason), errnoHit(row, reason), py && entryHit(py, reason)]
    : [errnoHit(row, reason), node && entryHit(node, reason), py && entryHit(py, reason)];
  for (const h of order) hits.add(h);
}

/** The entry languages that may hold the page for an error named in a paste of this language. */
function languagesFor(lang: PasteLanguage): readonly string[] {
  return pageLanguages[lang] ?? ['python', 'javascript', 'node'];
}

/** Node's page for an errno row, by its symbol or another of its spellings (ENOTFOUND for EAI_NONAME). */
function nodePage(index: ResolverIndex, row: SearchErrno): SearchEntry | undefined {
  for (const name of [row.s, ...row.a]) {
    const e = entryNamed(index, name, ['node']);
    if (e) return e;
  }
  return undefined;
}

const platformWhere: Record<NonNullable<ErrnoMention['platform']>, (where: string) => boolean> = {
  linux: (w) => w === 'Linux',
  windows: (w) => w === 'Windows Sockets' || w === 'the Windows C runtime',
  macos: (w) => w === 'macOS',
  node: (w) => w.startsWith('Node.js'),
};

/** The errno row a mention names, with the words that say how it was found. */
export function errnoRow(index: ResolverIndex, errno: ErrnoMention | undefined): { row: SearchErrno; reason: string } | undefined {
  if (!errno) return undefined;
  if (errno.symbol) {
    const row = index.rowBySpelling.get(errno.symbol);
    if (row) return { row, reason: errno.symbol === row.s ? 'the errno symbol' : `${errno.symbol}, another name for ${row.s}` };
  }
  if (errno.number !== undefined) {
    const gai = errno.platform === 'linux' && errno.number < 0 ? index.gaiByNumber.get(errno.number) : undefined;
    if (gai) return { row: gai, reason: `getaddrinfo's ${errno.number}, ${gai.s}` };
    const rows = index.rowsByNumber.get(errno.number) ?? [];
    const at = rows.find((r) => platformWhere[errno.platform ?? 'linux'](r.where));
    if (at) return { row: at.row, reason: `errno ${errno.number} on ${at.where}` };
  }
  return undefined;
}

/**
 * The errno a number names, unless the message beside it is another's: `[Errno 8] nodename nor servname
 * provided` is macOS's getaddrinfo failure (EAI_NONAME), not Linux's errno 8 (ENOEXEC). A number alone
 * does not say which table it is from; a known message does.
 */
function textAgrees(index: ResolverIndex, found: { row: SearchErrno; reason: string } | undefined, message: string | undefined, reading: Reading): { row: SearchErrno; reason: string } | undefined {
  if (!found || !message || found.reason === 'the errno symbol') return found;
  const lower = message.toLowerCase();
  if ([found.row.msg, found.row.wmsg].some((t) => t && lower.includes(t.toLowerCase().replace(/\.$/, '')))) return found;
  const phrase = matchPhrases(index.phrases, message, reading.language).find((p) => p.symbol && p.symbol !== found.row.s);
  const row = phrase?.symbol ? index.rowBySpelling.get(phrase.symbol) : undefined;
  return row ? { row, reason: `the message “${phrase!.phrase}”` } : found;
}

/** The language's own page for an errno: Python's class for it, or Node's page for the code. */
function addRowPage(hits: Hits, index: ResolverIndex, row: SearchErrno, reason: string, seenIn: SeenIn): void {
  if (seenIn === 'python' && row.py !== 'OSError') {
    const py = entryNamed(index, row.py, ['python']);
    if (py) hits.add(entryHit(py, reason));
  }
  if (seenIn === 'node') {
    const node = nodePage(index, row);
    if (node) hits.add(entryHit(node, reason));
  }
}

/**
 * The page about one error of the paste: by its name or code, else its errno's page in the language. A page
 * for a name that says only "an error" (`Error`, `Exception`) goes to `later`: its code, errno and causes
 * say more.
 */
function addMentionPage(hits: Hits, later: Hits, index: ResolverIndex, m: ErrorMention, reading: Reading, role: 'final' | 'cause'): { row: SearchErrno; reason: string } | undefined {
  const lang = reading.language;
  const seenIn: SeenIn = lang === 'python' ? 'python' : lang === 'javascript' ? 'node' : 'plain';
  const row = textAgrees(index, errnoRow(index, m.errno ?? (m.code ? { symbol: m.code } : undefined)), m.message, reading);
  const what = role === 'final' ? 'the error' : 'a cause';
  if (m.code && lang !== 'python') {
    const page = entryNamed(index, m.code, ['node', 'javascript']);
    if (page) hits.add(entryHit(page, `${what}'s code ${m.code}`));
  }
  if (m.name) {
    const name = m.name;
    const generic = osErrorNames.has(name.toLowerCase());
    // OSError and its old names carry the errno that says which subclass Python 3 raises.
    if (generic && row && lang !== 'javascript') addRowPage(hits, index, row.row, row.reason, 'python');
    const languages = languagesFor(lang);
    // A dotted name is a library's class (requests.exceptions.ConnectionError is not the built-in): it
    // takes a page only when one is named for it or aliased to it.
    const named = entryNamed(index, name, languages) ?? (generic ? entryNamed(index, 'OSError', languages) : undefined);
    const own = libraryNamesake(index, named, name, m.message, reading) ?? named ?? byShortName(index, name, m.message, reading);
    if (own) (generalNames.has(own.t.toLowerCase()) ? later : hits).add(entryHit(own, role === 'final' ? (own.l === 'python' ? 'the exception class' : 'the error') : `a cause: ${name}`));
    // The same name in another language is no answer, but it is the nearest page when nothing else is.
    else if (role === 'final') hits.add(index.entryByName.get(name.toLowerCase())?.map((e) => entryHit(e, `the same name in ${e.l}`))[0]);
  }
  if (row) addRowPage(hits, index, row.row, row.reason, seenIn);
  return row;
}

/**
 * The module or library class a bare name means (`SSLError` printed without its module): the one whose known
 * messages the paste's message shares most, else the first by id.
 */
function byShortName(index: ResolverIndex, name: string, message: string | undefined, reading: Reading): SearchEntry | undefined {
  if (name.includes('.') || (reading.language !== 'python' && reading.language !== 'unknown')) return undefined;
  const candidates = index.entryByShortName.get(name.toLowerCase()) ?? [];
  if (candidates.length < 2 || !message) return candidates[0];
  return mostShared(candidates, sharedPhrases(index, message, reading));
}

/** How many of the message's known phrases a page carries: which of several same-named classes it is. */
function sharedPhrases(index: ResolverIndex, message: string, reading: Reading): (e: SearchEntry) => number {
  const matched = matchPhrases(index.phrases, message, reading.language);
  return (e) => matched.filter((p) => p.entry === e).length;
}

/** The candidate with the highest score, the first of them on a tie. */
function mostShared(candidates: readonly SearchEntry[], score: (e: SearchEntry) => number): SearchEntry | undefined {
  return [...candidates].sort((a, b) => score(b) - score(a))[0];
}

/**
 * A library class that shares a built-in's bare name, when the message is the library's: `ConnectionError:
 * HTTPConnectionPool(...): Max retries exceeded` printed bare is requests', not the built-in.
 */
function libraryNamesake(index: ResolverIndex, builtin: SearchEntry | undefined, name: string, message: string | undefined, reading: Reading): SearchEntry | undefined {
  if (!builtin || !message || builtin.t.includes('.') || reading.language !== 'python') return undefined;
  const candidates = index.entryByShortName.get(name.toLowerCase()) ?? [];
  if (candidates.length === 0) return undefined;
  const score = sharedPhrases(index, message, reading);
  const best = mostShared(candidates, score)!;
  return score(best) > score(builtin) ? best : undefined;
}

/** Whether an entry is a subclass of the class called `name` (its bases followed through the catalogue). */
function isSubclass(index: ResolverIndex, e: SearchEntry, name: string): boolean {
  const target = osErrorNames.has(name.toLowerCase()) ? 'oserror' : name.toLowerCase();
  let cur: SearchEntry | undefined = e;
  for (let depth = 0; cur?.p && depth < 12; depth++) {
    if (cur.p.toLowerCase() === target) return true;
    cur = entryNamed(index, cur.p, [cur.l]);
  }
  return false;
}

/** A query of one word that could be a name (`keyerror`, `requests.ConnectionError`). */
export const loneWord = /^[A-Za-z_][\w.]{2,200}$/;

/** Names that say only "an error": a page for one of them is the last resort, never a reading's answer. */
export const generalNames: ReadonlySet<string> = new Set(['exception', 'baseexception', 'error', 'warning']);

/** Entry names standing anywhere in the text (`Exception Type: UnboundLocalError at /`), the last first. */
function addNamesInText(hits: Hits, index: ResolverIndex, text: string, languages: readonly string[], classesOnly = false): void {
  const names = text.match(/[A-Za-z_][\w.]{3,200}/g) ?? [];
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]!.replace(/\.+$/, '');
    if (generalNames.has(name.toLowerCase())) continue;
    if (classesOnly && !/[a-z][A-Za-z0-9]*(?:Error|Exception)$/.test(name)) continue;
    // A library class may stand bare (`ClientConnectorError Cannot connect to host ...`) when it is the only
    // one of that name.
    const bare = /^[A-Z]\w+(?:Error|Exception)$/.test(name) ? index.entryByShortName.get(name.toLowerCase()) : undefined;
    const e = entryNamed(index, name, languages) ?? (bare?.length === 1 && languages.includes(bare[0]!.l) ? bare[0] : undefined);
    if (e) hits.add(entryHit(e, `the name ${e.t} in the text`, 'message'));
  }
}

/** Everything the old single-line readings found: numbers and symbols anywhere in the text. */
function addLooseNumbers(hits: Hits, index: ResolverIndex, text: string, seenIn: SeenIn): void {
  for (const m of text.matchAll(errnoInText.bracketed)) {
    const n = Number(m[2]);
    const rows = index.rowsByNumber.get(n) ?? [];
    const pick = m[1]!.toLowerCase() === 'errno' ? rows.find((r) => r.where === 'Linux') : (rows.find((r) => r.where === 'Windows Sockets') ?? rows.find((r) => r.where === 'the Windows C runtime'));
    if (pick) addRow(hits, index, pick.row, `[${m[1]} ${n}] on ${pick.where}`, seenIn === 'plain' ? 'python' : seenIn);
  }
  for (const m of text.matchAll(errnoInText.nodeField)) {
    const found = (index.rowsByNumber.get(Number(m[1])) ?? []).find((r) => r.where.startsWith('Node.js'));
    if (found) addRow(hits, index, found.row, `errno ${m[1]} (${found.where})`, 'node');
  }
  for (const m of text.matchAll(errnoInText.symbol)) {
    const symbol = m[0];
    const row = index.rowBySpelling.get(symbol);
    const node = entryNamed(index, symbol, ['node']);
    if (row) addRow(hits, index, row, symbol === row.s ? 'the errno symbol' : `${symbol}, another name for ${row.s}`, seenIn);
    else if (node) hits.add(entryHit(node, 'the error code'));
  }
  for (const m of text.matchAll(errnoInText.loose)) {
    const n = Number(m[1]);
    const linux = (index.rowsByNumber.get(n) ?? []).find((r) => r.where === 'Linux');
    if (linux) addRow(hits, index, linux.row, `errno ${n} on Linux`, 'plain');
    hits.add(numberHit(n, index));
  }
}

/** Short queries of words alone: every word must appear in an entry's name and messages (or its summary). */
function addWordMatches(hits: Hits, index: ResolverIndex, text: string, match: ExactHit['match']): void {
  const qWords = [...new Set(words(text.length > 500 ? '' : text))].filter((w) => !stop.has(w));
  if (qWords.length === 0 || !qWords.some((w) => w.length >= 3)) return;
  // Ties go to the more specific page: the one whose own words the query covers most.
  const scored = index.wordBags
    .map((bag) => ({ bag, score: qWords.reduce((s, w) => s + (bag.strong.has(w) ? 2 : bag.weak.has(w) ? 1 : -100), 0), cover: qWords.filter((w) => bag.strong.has(w)).length / bag.strong.size }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || b.cover - a.cover);
  for (const s of scored.slice(0, 5)) hits.add({ ...s.bag.hit(), match });
}

/** The phrases of known messages found in the text, most specific first, as pages. */
function addPhraseMatches(hits: Hits, index: ResolverIndex, text: string, reading: Reading, match: ExactHit['match']): void {
  const seenIn: SeenIn = reading.language === 'python' ? 'python' : reading.language === 'javascript' ? 'node' : 'plain';
  // Pages that share the phrase found (`timed out`) are told apart by the rest of the text: the page whose
  // own words (its names, other names, messages) it holds more of comes first; the phrases' order stays.
  const textWords = new Set(words(text.length > 2000 ? text.slice(-2000) : text));
  const fit = (e: SearchEntry | undefined) => (e ? [...textWords].filter((w) => index.ownWords.get(e)?.has(w)).length : 0);
  const matches = matchPhrases(index.phrases, text, reading.language);
  const key = (m: (typeof matches)[number]) => tokens(m.phrase).join(' ');
  const groups = new Map<string, typeof matches>();
  for (const m of matches) groups.set(key(m), [...(groups.get(key(m)) ?? []), m]);
  const ordered = [...groups.values()].flatMap((g) => (g.length > 1 ? [...g].sort((a, b) => Number(Boolean(a.entry)) - Number(Boolean(b.entry)) || fit(b.entry) - fit(a.entry)) : g));
  for (const found of ordered) {
    if (found.entry) hits.add(entryHit(found.entry, `its message “${found.phrase}”`, match));
    const row = found.symbol ? index.rowBySpelling.get(found.symbol) : undefined;
    if (row) addRow(hits, index, row, `the message “${found.phrase}”`, seenIn);
  }
}

function resolveReading(query: string, reading: Reading, index: ResolverIndex, match: 'exact' | 'fuzzy'): { hits: ExactHit[]; others: ExactHit[] } {
  const hits = new Hits();
  const trimmed = query.trim();
  const seenIn: SeenIn = reading.language === 'python' ? 'python' : reading.language === 'javascript' ? 'node' : 'plain';
  const bare = /^(-?\d{1,6})$/.exec(trimmed);
  if (bare) {
    // A bare number: every meaning, Linux first.
    const n = Number(bare[1]);
    hits.add(numberHit(n, index));
    for (const { row, where } of index.rowsByNumber.get(n) ?? []) addRow(hits, index, row, `${n} on ${where}`, 'plain');
    return { hits: hits.list, others: [] };
  }
  // A lone symbol (ECONNRESET) has no language: its hub first.
  const lone = /^[A-Z][A-Z0-9_]{2,40}$/.test(trimmed) && index.rowBySpelling.has(trimmed);
  // A lone word that is a page's name or an errno symbol in another case (`keyerror`, `econnreset`) is
  // answered as its exact spelling is.
  if (!lone && !reading.final?.name && loneWord.test(trimmed)) {
    const row = index.rowBySpelling.get(trimmed.toUpperCase());
    const named = entryNamed(index, trimmed, languagesFor(reading.language));
    if (row) addRow(hits, index, row, 'the errno symbol', 'plain');
    else if (named) hits.add(entryHit(named, 'its name'));
  }
  const tail = trimmed.length > 4000 ? trimmed.slice(-4000) : trimmed;
  // The final error's page, then its causes' pages, then the errno hubs of all of them.
  const mentions = [...(reading.final && !lone ? [{ m: reading.final, role: 'final' as const }] : []), ...reading.causes.map((m) => ({ m, role: 'cause' as const }))];
  // A message that belongs to a subclass of the class printed says more than the class does
  // (`Exception: 'NoneType' object is not subscriptable` is a TypeError; Python 2's `ImportError: No module
  // named x` is ModuleNotFoundError in Python 3).
  const final = mentions[0]?.m;
  // A message page whose template matches the final error's message comes first, its class next; one that
  // matches a line of a paste with no class named comes first too.
  const lastLines = tail.split('\n').slice(-12).reverse();
  const templated = matchTemplates(index.templates, [...(final?.message ? [final.message] : []), ...lastLines]);
  // The final error's own class page, however the paste names it (`JSONDecodeError`, `json.decoder.JSONDecodeError`).
  const finalPage = final?.name ? (entryNamed(index, final.name, languagesFor(reading.language)) ?? byShortName(index, final.name, final.message, reading)) : undefined;
  const ofFinal = (e: SearchEntry) => {
    if (!final?.name) return true;
    if (e.c === undefined) return false;
    const classPage = entryNamed(index, e.c, [e.l]);
    return e.c.toLowerCase() === final.name.toLowerCase() || (classPage !== undefined && (classPage === finalPage || isSubclass(index, classPage, final.name)));
  };
  for (const t of templated) if (ofFinal(t.entry)) hits.add(entryHit(t.entry, `its message “${t.template}”`));
  if (final?.name && final.message) {
    // Only a phrase of the subclass alone: one the class's own page shares (a wrapper's `Max retries
    // exceeded with url`) says nothing about which subclass it is.
    const inMessage = matchPhrases(index.phrases, final.message, reading.language);
    const named = entryNamed(index, final.name, languagesFor(reading.language));
    // The class as the page resolves it: a bare ConnectionError with requests' message is requests'.
    const ownPage = libraryNamesake(index, named, final.name, final.message, reading) ?? named;
    const base = ownPage && ownPage !== named ? ownPage.t : final.name;
    const ownWords = new Set(inMessage.filter((p) => ownPage && p.entry === ownPage).map((p) => tokens(p.phrase).join(' ')));
    const sub = inMessage.find((p) => p.entry && isSubclass(index, p.entry, base) && !ownWords.has(tokens(p.phrase).join(' ')));
    if (sub?.entry) hits.add(entryHit(sub.entry, `its message “${sub.phrase}”, a kind of ${base}`));
  }
  const later = new Hits();
  const rows = mentions.map(({ m, role }) => addMentionPage(hits, later, index, m, reading, role));
  for (const t of templated) hits.add(entryHit(t.entry, `its message “${t.template}”`, 'message'));
  for (const found of rows) if (found) addRow(hits, index, found.row, found.reason, seenIn);
  for (const h of later.list) hits.add(h);
  if (reading.final?.message) addPhraseMatches(hits, index, reading.final.message, reading, 'message');
  // With no error line read, a class named in the text says more than a phrase of its message does.
  if (!reading.final?.name) addNamesInText(hits, index, tail, languagesFor(reading.language), true);
  addLooseNumbers(hits, index, tail, seenIn);
  addPhraseMatches(hits, index, tail, reading, 'message');
  addWordMatches(hits, index, trimmed, 'message');
  addNamesInText(hits, index, tail, languagesFor(reading.language));
  const list = hits.list.map((h) => sectionFor(h, reading.language, index));
  const allowed = pageLanguages[reading.language];
  const fits = (h: ExactHit) => !allowed || h.language === 'errno' || allowed.includes(h.language);
  const mark = (list: ExactHit[]) => (match === 'fuzzy' ? list.map((h) => ({ ...h, match: 'fuzzy' as const })) : list);
  return { hits: mark(list.filter(fits)), others: mark(list.filter((h) => !fits(h))) };
}

/** Languages whose errors have a section of their own on the errno hubs (`/errno/ECONNRESET/#go`). */
const hubSections = new Set<PasteLanguage>(['go', 'java', 'rust', 'ruby', 'dotnet', 'php', 'curl', 'git', 'ssh', 'psql']);

/** A hub hit for a paste of another language points at that language's section, where the hub has one. */
function sectionFor(h: ExactHit, language: PasteLanguage, index: ResolverIndex): ExactHit {
  if (h.language !== 'errno' || !hubSections.has(language)) return h;
  const row = index.rowBySpelling.get(h.title);
  // .NET's section is sourced, so it has no captured lines; it stands wherever the others do.
  const has = row?.o && (language === 'dotnet' ? Object.keys(row.o).length > 0 : row.o[language]);
  return has ? { ...h, url: `${h.url}#${language}` } : h;
}

/** The entry languages a paste of this language may be answered by, or undefined when any may. */
export function pageLanguagesFor(language: PasteLanguage): readonly string[] | undefined {
  return pageLanguages[language];
}

/** Reads a paste and names the pages that answer it, best first; never throws, whatever the input. */
export function resolvePaste(query: string, index: ResolverIndex): Resolution {
  const reading = readPaste(query);
  if (query.trim() === '') return { reading, hits: [], others: [] };
  const exact = resolveReading(query, reading, index, 'exact');
  if (exact.hits.length > 0) return { reading, ...exact };
  // Nothing matched as typed: try again with names and words within a typo of known ones.
  const corrected = correctTypos(query, index.vocabulary);
  if (corrected === undefined) return { reading, ...exact };
  const note = (h: ExactHit) => ({ ...h, reason: `${h.reason} (read “${corrected.from}” as “${corrected.to}”)` });
  // The corrected text is read again for its names, but keeps the language the paste itself showed.
  const again = readPaste(corrected.text);
  const fuzzy = resolveReading(corrected.text, reading.language === 'unknown' ? again : { ...again, language: reading.language }, index, 'fuzzy');
  return { reading, hits: fuzzy.hits.map(note), others: [...exact.others, ...fuzzy.others.map(note)] };
}

/** The pages that answer a query, best first. */
export function resolve(query: string, index: ResolverIndex): ExactHit[] {
  return resolvePaste(query, index).hits;
}
