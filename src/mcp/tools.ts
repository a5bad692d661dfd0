import { bestHit, entryDocument } from '../cli/explain.ts';
import { markdownToText } from '../cli/format-entry.ts';
import { readSiteFile } from '../cli/load-site-data.ts';
import { describeReading } from '../search/describe-reading.ts';
import type { ErrnoPlatform, Reading } from '../search/reading.ts';
import { errnoRow, indexSearchData, resolvePaste, type ExactHit, type ResolverIndex } from '../search/resolve.ts';
import type { SearchData, SearchErrno } from '../search/search-data.ts';

/**
 * What the MCP tools answer, as plain functions over a site (a `dist/` folder or a deployed URL), so they
 * are tested without a transport. The server (`server.ts`) only wires them to the protocol.
 */
export interface Site {
  /** A built `dist/` folder or a site URL, as `errdex explain --from` takes. */
  from: string;
  /** The site the answers link to. */
  siteUrl: string;
  index(): Promise<ResolverIndex>;
}

/** Reads the site's search data once, on first use. */
export function openSite(from: string, siteUrl: string): Site {
  let index: Promise<ResolverIndex> | undefined;
  return {
    from,
    siteUrl,
    index: () =>
      (index ??= readSiteFile(from, 'search-data.json').then((text) => indexSearchData(JSON.parse(text) as SearchData)).catch((error: unknown) => {
        index = undefined; // a later call tries again (a build may have appeared)
        throw error;
      })),
  };
}

export interface PageOut {
  title: string;
  url: string;
  language: string;
  summary: string;
  /** Why it matched: "the exception class", "[Errno 104] on Linux". */
  reason: string;
  match: ExactHit['match'];
}

export interface Explanation {
  readingLine: string;
  reading: Reading;
  pages: PageOut[];
  /** The best page's parts, when it is an entry. */
  answer?: {
    title: string;
    url: string;
    summary: string;
    meaning: string;
    likeliestCause?: string;
    firstFix?: { title: string; when: string; code?: string; language?: string; why: string };
  };
}

const absolute = (site: Site, url: string) => new URL(url, site.siteUrl).href;

/** Tool `explain_error`: the reading of a paste, the pages that answer it, and the best entry's essentials. */
export async function explainPaste(site: Site, paste: string): Promise<{ text: string; structured: Explanation }> {
  const index = await site.index();
  const { reading, hits, others } = resolvePaste(paste, index);
  const readingLine = describeReading(reading, index);
  const pages = hits.slice(0, 5).map((h) => ({ title: h.title, url: absolute(site, h.url), language: h.language, summary: h.summary, reason: h.reason, match: h.match }));
  const structured: Explanation = { readingLine, reading, pages };
  const out = [readingLine, ''];
  if (hits.length === 0) {
    out.push('errdex has no page for this yet. Try the final line of the traceback, the error class (KeyError), its errno symbol (ECONNRESET) or number.');
    if (others.length) out.push(`Nearest pages, in another language: ${others.slice(0, 3).map((h) => `${h.title} ${absolute(site, h.url)}`).join(', ')}`);
    return { text: out.join('\n'), structured };
  }
  out.push('Best pages:', ...pages.map((p, i) => `${i + 1}. ${p.title} (${p.language}): ${p.url} (${p.match === 'exact' ? 'matched' : p.match === 'fuzzy' ? 'near match' : 'message match'}: ${p.reason})`));
  const best = bestHit(hits)!;
  if (best.language === 'errno') {
    out.push('', `${best.title}: ${best.summary}`, `Every platform's number and what to do: ${absolute(site, best.url)}`);
    return { text: out.join('\n'), structured };
  }
  const doc = await entryDocument(site.from, best);
  const url = absolute(site, doc.url);
  const fix = doc.parts.fixes[0];
  const snippet = fix?.snippets[0];
  structured.answer = {
    title: doc.title,
    url,
    summary: doc.summary,
    meaning: markdownToText(doc.parts.meaning),
    ...(doc.parts.causes[0] ? { likeliestCause: markdownToText(doc.parts.causes[0]) } : {}),
    ...(fix ? { firstFix: { title: fix.title, when: markdownToText(fix.when), ...(snippet ? { code: snippet.code, language: snippet.lang } : {}), why: markdownToText(fix.why) } } : {}),
  };
  const a = structured.answer;
  out.push('', `# ${a.title}`, a.summary, url, '', `Meaning: ${a.meaning}`);
  if (a.likeliestCause) out.push('', `Likeliest cause: ${a.likeliestCause}`);
  if (a.firstFix) {
    out.push('', `First fix: ${a.firstFix.title}`, `When: ${a.firstFix.when}`);
    if (a.firstFix.code) out.push('```' + (a.firstFix.language === 'node' ? 'js' : (a.firstFix.language ?? '')), a.firstFix.code, '```');
    out.push(`Why it works: ${a.firstFix.why}`);
  }
  out.push('', `More fixes, every cause and what not to do: ${url}#fixes`);
  return { text: out.join('\n'), structured };
}

export type Platform = ErrnoPlatform;

const platformNames: Record<Platform, string> = { linux: 'Linux', macos: 'macOS', windows: 'Windows', node: 'Node.js' };

export interface ErrnoAnswer {
  found: boolean;
  symbol?: string;
  meaning?: string;
  message?: string;
  numbers?: { linux: number; macos: number | null; windowsSockets: number | null; windowsCrt: number | null; node: { linux: number | null; macos: number | null; windows: number | null } };
  pythonException?: string;
  spellings?: string[];
  pages: { title: string; url: string; language: string }[];
  /** What the same number means elsewhere, for a number. */
  elsewhere: { platform: string; symbol: string }[];
}

const orNull = (n: number) => (n === 0 ? null : n);

/** Tool `lookup_errno`: an errno number or symbol on a platform, with every platform's numbers and pages. */
export async function lookupErrno(site: Site, query: string, platform: Platform = 'linux'): Promise<{ text: string; structured: ErrnoAnswer }> {
  const index = await site.index();
  const q = query.trim().replace(/^\[?(?:errno|winerror)\s*/i, '').replace(/\]$/, '');
  const number = /^-?\d{1,6}$/.test(q) ? Number(q) : undefined;
  const found = errnoRow(index, number === undefined ? { symbol: q.toUpperCase() } : { number, platform });
  const elsewhere = number === undefined ? [] : (index.rowsByNumber.get(number) ?? []).filter((m) => m.row !== found?.row).map((m) => ({ platform: m.where, symbol: m.row.s }));
  const elsewhereLine = elsewhere.length ? `\nElsewhere, ${number} is: ${elsewhere.map((e) => `${e.symbol} on ${e.platform}`).join('; ')}` : '';
  if (!found) {
    const where = number === undefined ? '' : ` on ${platformNames[platform]}`;
    return { text: `errdex knows no errno ${JSON.stringify(query)}${where}.${elsewhereLine}`, structured: { found: false, pages: [], elsewhere } };
  }
  const row: SearchErrno = found.row;
  const pages = resolvePaste(row.s, index).hits.filter((h) => h.match === 'exact').map((h) => ({ title: h.title, url: absolute(site, h.url), language: h.language }));
  const structured: ErrnoAnswer = {
    found: true,
    symbol: row.s,
    meaning: row.d,
    message: row.msg,
    numbers: { linux: row.n, macos: orNull(row.mac), windowsSockets: orNull(row.wsa), windowsCrt: orNull(row.crt), node: { linux: orNull(row.node[0]), macos: orNull(row.node[1]), windows: orNull(row.node[2]) } },
    pythonException: row.py,
    spellings: row.a,
    pages,
    elsewhere,
  };
  const n = structured.numbers!;
  const nums = [`Linux ${n.linux}`, n.macos && `macOS ${n.macos}`, n.windowsSockets && `Windows Sockets ${n.windowsSockets}${row.wmsg ? ` ("${row.wmsg}")` : ''}`, n.windowsCrt && `Windows C runtime ${n.windowsCrt}`].filter(Boolean);
  const nodeNums = [n.node.linux && `${n.node.linux} on Linux`, n.node.macos && `${n.node.macos} on macOS`, n.node.windows && `${n.node.windows} on Windows`].filter(Boolean);
  const text = [
    `${row.s}${number !== undefined ? ` (${found.reason})` : ''}: ${row.d}`,
    `Message on Linux: ${row.msg}`,
    `Numbers: ${nums.join(' · ')}`,
    nodeNums.length ? `Node.js err.errno: ${nodeNums.join(', ')} (err.code is '${row.s}')` : `Node.js: libuv has no number for ${row.s}`,
    `Python raises: ${row.py}`,
    row.a.length ? `Also spelled: ${row.a.join(', ')}` : '',
    `Pages: ${pages.map((p) => `${p.title} (${p.language}) ${p.url}`).join(', ')}`,
  ].filter(Boolean).join('\n') + elsewhereLine;
  return { text, structured };
}
