/**
 * The small JSON the exact-match layer of search reads (`/search-data.json`), made at build time from the
 * catalogue and the errno table. Short keys keep it small: it is fetched when a reader starts to search.
 */
export interface SearchData {
  entries: SearchEntry[];
  errno: SearchErrno[];
  /** The resolver's failures (EAI_NONAME, EAI_AGAIN): not errno values, but hubs at `/errno/<s>/` too. */
  gai?: SearchResolverError[];
}

/**
 * What the search page fetches first (`/search/core.json`): the errno table, which any paste may need and
 * which does not grow with the catalogue, and how many entry shards (`/search/<n>.json`) there are. Each
 * shard is a `SearchEntry[]`: the entries filed under the keys that hash to it (`shard-keys.ts`). The
 * table's other-language fields (`tr`, `o`) are apart, in `/search/errno-languages.json` (`ErrnoLanguageFields`):
 * only a paste in another language needs them.
 */
export interface SearchCore {
  /** Without `tr` and `o`. */
  errno: SearchErrno[];
  /** Without `tr` and `o`. */
  gai?: SearchResolverError[];
  /** How many shards the entries are split into. */
  shards: number;
}

/** The errno table's other-language fields by symbol (errno rows and resolver errors alike). */
export type ErrnoLanguageFields = Record<string, Pick<SearchErrno, 'tr' | 'o'>>;

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
  /** Message pages: the class whose message it is. */
  c?: string;
  /** Message templates with named holes (`'{type}' object is not subscriptable`), every wording. */
  tp?: string[];
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
  /** glibc's translations of `msg` (zh_CN, ja_JP, de_DE, ...; only those that differ from it), for pastes from a system set to another language. */
  tr?: string[];
  /**
   * What other languages print for it, captured on the hub (`/errno/<s>/#<language>`): hub language id (go,
   * java, rust, ruby, php, curl, git, ssh, psql) to its distinctive lines. Ports and times are placeholders
   * (`127.0.0.1:<port>`, `<time>`); PHP's ` in <file> on line <n>` tail is dropped; lines that several
   * symbols share (`Cloning into 'app'...`) are left out.
   */
  o?: Record<string, string[]>;
}

export interface SearchResolverError {
  /** Symbol (EAI_NONAME); its hub is `/errno/<s>/`. */
  s: string;
  /** getaddrinfo's code in glibc (-2): not an errno, so never match it as one. */
  n: number;
  /** gai_strerror's text: `Name or service not known`. */
  msg: string;
  /** One-line meaning. */
  d: string;
  /** The code Node.js reports for it (ENOTFOUND for EAI_NONAME). */
  node: string;
  /** As on SearchErrno. */
  tr?: string[];
  o?: Record<string, string[]>;
}
