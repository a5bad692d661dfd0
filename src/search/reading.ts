/**
 * What errdex read in a paste: the language it is in, the final error, the chain of causes behind it and the
 * noise that was removed first. Readers (`readers/<language>.ts`) produce it from cleaned text; the resolver
 * ranks pages from it; the search page, `errdex explain` and the MCP tools show it in one line.
 */

/** The languages a reader can recognise; `unknown` when nothing in the text says. */
export type PasteLanguage =
  | 'python' | 'javascript' | 'go' | 'java' | 'rust' | 'ruby' | 'dotnet' | 'php'
  | 'curl' | 'git' | 'ssh' | 'psql' | 'shell' | 'unknown';

/** Where an errno number comes from: the same number means different things on each. */
export type ErrnoPlatform = 'linux' | 'windows' | 'macos' | 'node';

export interface ErrnoMention {
  /** The symbol when the text names it (ECONNRESET) or the resolver derived it from the number. */
  symbol?: string;
  number?: number;
  platform?: ErrnoPlatform;
}

/** One error in the paste: the final one or a cause. Every field is as printed, none is guessed. */
export interface ErrorMention {
  /** The class or type as printed: `ConnectionError`, `requests.exceptions.ConnectionError`, `TypeError`. */
  name?: string;
  /** A code: Node's `ERR_REQUIRE_ESM` or `ECONNRESET`, OpenSSL's `CERT_HAS_EXPIRED`. */
  code?: string;
  /** The message after the name, on its first line. */
  message?: string;
  errno?: ErrnoMention;
}

export interface Reading {
  language: PasteLanguage;
  /** What in the text gave the language away, for the reading line and for tests. */
  evidence: string[];
  final?: ErrorMention;
  /** The errors behind the final one, the most specific (the root cause) first. */
  causes: ErrorMention[];
  /** Kinds of noise the cleaner removed: `ansi`, `log prefixes`, `markdown`, ... */
  noise: string[];
}

/** What one reader makes of cleaned text: a reading plus how sure it is that the text is its language. */
export interface ReaderResult {
  /** 0 when the text shows nothing of this language; each strong sign adds to it. */
  score: number;
  evidence: string[];
  final?: ErrorMention;
  causes: ErrorMention[];
}

/** A reader: a pure function of the cleaned text (and its lines) for one language. */
export interface PasteReader {
  language: Exclude<PasteLanguage, 'unknown'>;
  read(text: string, lines: readonly string[]): ReaderResult;
  /**
   * How this language words errno failures that the system's own messages do not cover (Java's
   * `Connection reset`, Go's `i/o timeout`), lower case, with the symbol each means.
   */
  phrases?: readonly (readonly [phrase: string, symbol: string])[];
}
