/**
 * The small JSON the exact-match layer of search reads (`/search-data.json`), made at build time from the
 * catalogue and the errno table. Short keys keep it small: it is fetched when a reader starts to search.
 */
export interface SearchData {
  entries: SearchEntry[];
  errno: SearchErrno[];
}

export interface SearchEntry {
  /** Entry id, `python/KeyError`; the URL is `/<id>/`. */
  id: string;
  /** Title, the name the runtime prints. */
  t: string;
  /** Language. */
  l: string;
  /** One-line summary. */
  s: string;
  /** Errno symbols. */
  e: string[];
  /** The message lines the runtime prints (from `messages`), for matching pasted text. */
  m: string[];
  /** Old URL paths that lead here. */
  a: string[];
  /** The direct base class, where the entry is a class: a message of a subclass outranks its bases. */
  p?: string;
}

export interface SearchErrno {
  /** Canonical symbol (ECONNRESET). */
  s: string;
  /** Alias spellings (EWOULDBLOCK, WSAECONNRESET). */
  a: string[];
  /** Linux number and message. */
  n: number;
  msg: string;
  /** macOS number, Windows Sockets code, Windows C runtime number (0 when none). */
  mac: number;
  wsa: number;
  crt: number;
  /** Windows Sockets message. */
  wmsg: string;
  /** Python exception CPython maps it to. */
  py: string;
  /** Node err.errno on Linux, macOS, Windows (0 when libuv does not know it). */
  node: [number, number, number];
  /** One-line meaning. */
  d: string;
}
