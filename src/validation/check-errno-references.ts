import type { ErrnoTable } from '../errno/load-errno-table.ts';
import { resolverNumbers } from '../schema/errno-languages.ts';
import type { CheckedEntry } from './check-catalogue.ts';
import type { Problem } from './problem.ts';

/** Reads the number out of a message line: `[Errno 104]` or `[WinError 10054]`, or Node's `errno: -104`. */
function numberIn(text: string): { kind: 'errno' | 'winerror'; n: number } | undefined {
  const m = /\[(Errno|WinError) (-?\d+)\]|\berrno:? (-\d+)/.exec(text);
  if (!m) return undefined;
  return m[1] === 'WinError' ? { kind: 'winerror', n: Number(m[2]) } : { kind: 'errno', n: Number(m[2] ?? m[3]) };
}

/** The numbers a platform may show for a row: Python's and Node's. */
function allowed(platform: string, row: ErrnoTable['rows'][number], language: string): number[] {
  const node = language === 'node';
  if (platform === 'linux') return node ? [row.node.linux ?? NaN] : [row.linux.number];
  if (platform === 'macos') return node ? [row.node.macos ?? NaN] : row.macos ? [row.macos.number] : [];
  if (platform === 'windows') return node ? [row.node.windows ?? NaN] : [row.windows.python, row.windows.crt, row.windows.wsa?.code].filter((x): x is number => x !== null && x !== undefined);
  return [];
}

/** Checks each entry's errno symbols exist in the table (or are the resolver's, with hubs of their own) and its messages show their numbers. */
export function checkErrnoReferences(entries: readonly CheckedEntry[], table: ErrnoTable): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const known = e.data.errno.flatMap((symbol, i) => {
      const resolver = resolverNumbers[symbol as keyof typeof resolverNumbers];
      if (resolver) return [{ symbol, numbers: (platform: string) => [...(resolver[platform as keyof typeof resolver] ?? [])] }];
      const row = table.bySymbol.get(symbol);
      if (!row) {
        problems.push({ file: e.file, field: `errno[${i}]`, message: `${symbol} is not in the errno table; use a symbol listed at /errno/ (content/errno/linux.json), like ECONNRESET, or EAI_NONAME / EAI_AGAIN for the resolver's failures` });
        return [];
      }
      return [{ symbol, numbers: (platform: string) => allowed(platform, row, e.data.language) }];
    });
    if (known.length === 0) continue;
    e.data.messages.forEach((m, i) => {
      const found = numberIn(m.text);
      // [WinError 2], [WinError 5]...: Win32 system error codes, which CPython maps to errno itself
      // (PC/errmap.h); the table holds only socket and C-runtime numbers, so those lines are not checked.
      if (!found || m.platform === 'any' || (found.kind === 'winerror' && found.n < 10000)) return;
      const ok = known.some((k) => k.numbers(m.platform).includes(found.n));
      if (!ok) {
        const expected = known.map((k) => `${k.symbol} is ${k.numbers(m.platform).join(' or ') || 'not defined'}`).join('; ');
        problems.push({ file: e.file, field: `messages[${i}].text`, message: `shows ${found.n} on ${m.platform}, but the errno table says ${expected} there; fix the number or the errno list` });
      }
    });
  }
  return problems;
}
