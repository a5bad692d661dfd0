import type { ErrnoRow } from '../errno/errno-table.ts';
import type { ErrnoLanguages } from '../errno/load-errno-languages.ts';
import type { EntryData } from '../schema/entry.ts';
import { resolverSymbols } from '../schema/errno-languages.ts';
import type { SearchData, SearchErrno, SearchResolverError } from './search-data.ts';

/** A line of a capture as search matches it: PHP's file-and-line tail dropped, spaces tidied. */
const searchLine = (line: string) => line.replace(/ in \/\S+ on line \d+$/, '').replace(/\s+/g, ' ').trim();

/**
 * The other-language fields of each hub that has other-language sections (`tr`, `o`; see search-data.ts):
 * translations that differ from the English text, and per language at most three lines of its capture,
 * leaving out lines that three or more symbols' captures share (hints and progress lines, which would match
 * everything).
 */
export function languageSearchFields(languages: ErrnoLanguages): Map<string, Pick<SearchErrno, 'tr' | 'o'>> {
  const linesOf = (output: string) => [...new Set(output.split('\n').map(searchLine).filter((l) => l.length >= 8 && l.length <= 240))];
  const seenIn = new Map<string, Set<string>>();
  for (const [symbol, l] of languages.symbols) {
    for (const s of l.sections) if (s.kind === 'captured') for (const line of linesOf(s.output)) seenIn.set(line, (seenIn.get(line) ?? new Set()).add(symbol));
  }
  const fields = new Map<string, Pick<SearchErrno, 'tr' | 'o'>>();
  for (const [symbol, l] of languages.symbols) {
    const o: Record<string, string[]> = {};
    for (const s of l.sections) {
      if (s.kind !== 'captured') continue;
      const lines = linesOf(s.output).filter((line) => seenIn.get(line)!.size < 3).slice(0, 3);
      if (lines.length) o[s.id] = lines;
    }
    const t = languages.translations.get(symbol);
    const tr = t ? [...new Set(t.translations.map((x) => x.text))] : [];
    fields.set(symbol, { ...(tr.length ? { tr } : {}), ...(Object.keys(o).length ? { o } : {}) });
  }
  // Only the hubs with other-language sections carry translations: the rest of the errno table's would more
  // than double the file (measured: 20 KB gzip before, 49 KB with every symbol's), for errors rarely pasted.
  return fields;
}

/**
 * Builds the exact layer's data from entries (id and frontmatter) and the errno table, and, when given, the
 * hubs' other-language data (translations, captures, the resolver's failures).
 */
export function buildSearchData(entries: readonly { id: string; data: EntryData }[], rows: readonly ErrnoRow[], languages?: ErrnoLanguages): SearchData {
  const extra = languages ? languageSearchFields(languages) : new Map<string, Pick<SearchErrno, 'tr' | 'o'>>();
  const gai: SearchResolverError[] = [];
  for (const symbol of languages ? resolverSymbols : []) {
    const l = languages!.symbols.get(symbol);
    const t = languages!.translations.get(symbol);
    if (l?.meaning && l.node && t) gai.push({ s: symbol, n: t.number, msg: t.text, d: l.meaning, node: l.node, ...extra.get(symbol) });
  }
  return {
    entries: entries
      .filter((e) => e.data.status === 'active')
      // One order whoever loads the data, whole or in shards (sharded-search.ts sorts the same way): ties in
      // the resolver go to the first entry.
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((e) => ({ id: e.id, t: e.data.title, l: e.data.language, s: e.data.summary, e: e.data.errno, m: [...new Set(e.data.messages.map((m) => m.text))], a: e.data.aliases, ...(e.data.parent ? { p: e.data.parent } : {}), ...(e.data.class ? { c: e.data.class } : {}), ...(e.data.templates?.length ? { tp: [...new Set(e.data.templates.map((t) => t.text))] } : {}) })),
    errno: rows.map((r) => ({
      s: r.symbol,
      a: r.aliases,
      n: r.linux.number,
      msg: r.linux.message,
      mac: r.macos?.number ?? 0,
      wsa: r.windows.wsa?.code ?? 0,
      crt: r.windows.crt ?? 0,
      wmsg: r.windows.wsa?.message ?? '',
      py: r.python,
      node: [r.node.linux ?? 0, r.node.macos ?? 0, r.node.windows ?? 0],
      d: r.meaning,
      ...extra.get(r.symbol),
    })),
    ...(gai.length ? { gai } : {}),
  };
}
