import type { ErrnoBriefs, ErrnoPlatforms, LinuxErrnoFile } from '../schema/errno.ts';

/** One errno symbol on every platform, as the /errno/ pages and the search resolver show it. */
export interface ErrnoRow {
  symbol: string;
  /** Other spellings of the same number on Linux, and the Windows Sockets name. */
  aliases: string[];
  meaning: string;
  linux: { number: number; message: string };
  /** The number on macOS; `as` names the spelling macOS uses when it differs (EDEADLK for EDEADLOCK). */
  macos: { number: number; as?: string } | null;
  windows: {
    /** The Windows Sockets name, code and message, for socket errors. */
    wsa: { name: string; code: number; message: string } | null;
    /** The number in the Windows C runtime's errno. */
    crt: number | null;
    /** What Python's `errno.<symbol>` is on Windows: the WSA code for socket symbols, else the C runtime's. */
    python: number | null;
  };
  /** Python's exception for this errno (CPython's OSError mapping). */
  python: string;
  /** Node's err.errno per platform; null where libuv does not know the code. */
  node: { linux: number | null; macos: number | null; windows: number | null };
  brief?: ErrnoBriefs[string];
}

/** What one number means on one platform. */
export interface NumberMeaning {
  platform: 'linux' | 'macos' | 'windows-sockets' | 'windows-crt' | 'node-linux' | 'node-macos' | 'node-windows';
  /** The name that platform gives the number. */
  name: string;
  /** The table row the name belongs to, when errdex has a page for it. */
  symbol: string | null;
}

/** The order meanings of a number are listed in: what most readers are on first. */
export const platformOrder: NumberMeaning['platform'][] = ['linux', 'windows-sockets', 'macos', 'windows-crt', 'node-linux', 'node-macos', 'node-windows'];

/** Merges the Linux columns read off the machine with the other platforms' sourced numbers. */
export function buildErrnoTable(linux: LinuxErrnoFile, platforms: ErrnoPlatforms, meanings: Record<string, string>, briefs: ErrnoBriefs): ErrnoRow[] {
  const libuvKnows = new Set(Object.keys(platforms.nodeWindows));
  return linux.symbols.map((l) => {
    const names = [l.symbol, ...l.aliases];
    const macName = names.find((n) => platforms.macos[n] !== undefined);
    const wsaName = names.find((n) => platforms.wsa[n] !== undefined);
    const crtName = names.find((n) => platforms.windowsCrt[n] !== undefined);
    const wsa = wsaName ? { name: `WSA${wsaName}`, ...platforms.wsa[wsaName]! } : null;
    const crt = crtName ? platforms.windowsCrt[crtName]! : null;
    // Python's `errno.<symbol>` on Windows: CPython swaps in the WSA code for these socket symbols only.
    const prefersWsa = platforms.pythonPrefersWsa.includes(l.symbol);
    const nodeName = names.find((n) => libuvKnows.has(n));
    const macos = macName ? { number: platforms.macos[macName]!, ...(macName !== l.symbol ? { as: macName } : {}) } : null;
    return {
      symbol: l.symbol,
      aliases: [...l.aliases, ...(wsa ? [wsa.name] : [])],
      meaning: meanings[l.symbol] ?? '',
      linux: { number: l.number, message: l.message },
      macos,
      windows: { wsa, crt, python: prefersWsa && wsa ? wsa.code : (crt ?? wsa?.code ?? null) },
      python: l.python,
      node: {
        linux: l.node,
        macos: nodeName && macos ? -macos.number : null,
        windows: nodeName ? platforms.nodeWindows[nodeName]! : null,
      },
      ...(briefs[l.symbol] ? { brief: briefs[l.symbol] } : {}),
    };
  });
}

/** Every number used on any platform, with what it means on each, most likely first. */
export function indexNumbers(rows: readonly ErrnoRow[], platforms: ErrnoPlatforms): Map<number, NumberMeaning[]> {
  const index = new Map<number, NumberMeaning[]>();
  const bySpelling = new Map<string, string>();
  for (const r of rows) for (const n of [r.symbol, ...r.aliases]) bySpelling.set(n, r.symbol);
  const add = (n: number | null, platform: NumberMeaning['platform'], name: string) => {
    if (n === null) return;
    const list = index.get(n) ?? [];
    if (!list.some((m) => m.platform === platform && m.name === name)) list.push({ platform, name, symbol: bySpelling.get(name) ?? null });
    index.set(n, list);
  };
  for (const r of rows) {
    add(r.linux.number, 'linux', r.symbol);
    if (r.windows.wsa) add(r.windows.wsa.code, 'windows-sockets', r.windows.wsa.name);
    add(r.node.linux, 'node-linux', r.symbol);
    add(r.node.macos, 'node-macos', r.symbol);
    add(r.node.windows, 'node-windows', r.symbol);
  }
  for (const [name, n] of Object.entries(platforms.macos)) add(n, 'macos', name);
  for (const [name, n] of Object.entries(platforms.windowsCrt)) add(n, 'windows-crt', name);
  for (const list of index.values()) list.sort((a, b) => platformOrder.indexOf(a.platform) - platformOrder.indexOf(b.platform));
  return new Map([...index].sort(([a], [b]) => a - b));
}
