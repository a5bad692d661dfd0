import type { SearchErrno, SearchResolverError } from './search-data.ts';

/**
 * Where a paste's text holds an errno, as the resolver reads it anywhere in the text; `shard-keys.ts` reads
 * the same places to know which pages a paste can reach. Used with `matchAll`, which copies them.
 */
export const errnoInText = {
  /** `[Errno 104]`, `[WinError 10054]`: the number is group 2, the kind group 1. */
  bracketed: /\b(Errno|WinError)\s{1,3}(-?\d{1,6})\b/gi,
  /** Node's `errno: -104`. */
  nodeField: /\berrno:\s{0,4}(-\d{1,5})\b/g,
  /** `errno 104`, `error: 10054`, `error #5`. */
  loose: /\b(?:errno|error)\s{0,3}[:#=]?\s{0,3}([1-9]\d{0,5})\b/gi,
  /** A symbol: ECONNRESET, WSAECONNRESET. */
  symbol: /\b(?:WSA)?E[A-Z0-9_]{2,20}\b/g,
} as const;

/**
 * A resolver failure (EAI_NONAME) as an errno row: its hub answers like one, Node's code (ENOTFOUND) is
 * another spelling of it, and Python raises it as a bare OSError subclass (socket.gaierror).
 */
export function resolverErrorRow(g: SearchResolverError): SearchErrno {
  return { s: g.s, a: [g.node], n: 0, msg: g.msg, mac: 0, wsa: 0, crt: 0, wmsg: '', py: 'OSError', node: [0, 0, 0], d: g.d, ...(g.tr ? { tr: g.tr } : {}), ...(g.o ? { o: g.o } : {}) };
}
