import type { ErrnoRow } from '../errno/errno-table.ts';
import type { EntryData } from '../schema/entry.ts';
import type { SearchData } from './search-data.ts';

/** Builds the exact layer's data from entries (id and frontmatter) and the errno table. */
export function buildSearchData(entries: readonly { id: string; data: EntryData }[], rows: readonly ErrnoRow[]): SearchData {
  return {
    entries: entries
      .filter((e) => e.data.status === 'active')
      .map((e) => ({ id: e.id, t: e.data.title, l: e.data.language, s: e.data.summary, e: e.data.errno, m: [...new Set(e.data.messages.map((m) => m.text))], a: e.data.aliases, ...(e.data.parent ? { p: e.data.parent } : {}) })),
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
    })),
  };
}
