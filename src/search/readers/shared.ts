import type { ErrnoMention, ErrorMention, ReaderResult } from '../reading.ts';

/** The last match of a global pattern in the text: pastes put the newest error last. */
export function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    last = m;
    if (m[0] === '') pattern.lastIndex++;
  }
  return last;
}

/** A sign of a language: a pattern, how much it says, and how to name it in the reading. */
export type Sign = readonly [pattern: RegExp, weight: number, what: string];

/** Adds up the signs found in the text. */
export function scoreSigns(signs: readonly Sign[], text: string): { score: number; evidence: string[] } {
  let score = 0;
  const evidence: string[] = [];
  for (const [sign, weight, what] of signs) {
    if (sign.test(text)) {
      score += weight;
      evidence.push(what);
    }
  }
  return { score, evidence };
}

// Capitalised words that start with E and are not errno symbols.
const notErrno = /^(?:ERR|ERROR|ERRORS|EOF|ENV|EXIT|EXEC|EXPECTED|EXCEPTION|ENABLED?|ENTRY|EVENTS?|EMPTY|END|ELSE|EQ|ETC|EST|EDT|EUR|EXE|EXT)$/;

/** Errno spellings common to many languages' output: an `E...` symbol, `errno 104`, `(os error 104)`. */
export function errnoIn(text: string): ErrnoMention | undefined {
  let symbol: string | undefined;
  for (const m of text.matchAll(/\b(?:Errno::|syscall\.|WSA)?(E[A-Z][A-Z0-9]{1,15}|EAI_[A-Z]{3,10})\b/g)) {
    if (!notErrno.test(m[1]!)) symbol = m[1]!;
  }
  if (symbol) return { symbol };
  const os = lastMatch(/\(os error (\d{1,5})\)/g, text);
  if (os) return { number: Number(os[1]), platform: 'linux' };
  const plain = lastMatch(/\berrno[ =:]{1,3}(-?[1-9]\d{0,5})\b/gi, text);
  if (plain) {
    const n = Number(plain[1]);
    return { number: n, platform: n < 0 ? 'node' : n >= 10000 ? 'windows' : 'linux' };
  }
  return undefined;
}

/**
 * A reader for a language whose errno failures are the system's own message inside a line of its own shape
 * (Go, Rust, curl, git, ssh, psql, shell tools): the signs say which language; the errno is named by the
 * message, which the resolver's phrase table recognises, or by a symbol or number in the text.
 */
export function readMessageLine(text: string, lines: readonly string[], signs: readonly Sign[], lineOf: RegExp): ReaderResult {
  const { score, evidence } = scoreSigns(signs, text);
  if (score === 0) return { score, evidence, causes: [] };
  const line = [...lines].reverse().find((l) => lineOf.test(l)) ?? lines[lines.length - 1] ?? '';
  const final: ErrorMention = { message: line.trim().slice(0, 2000) };
  const errno = errnoIn(line) ?? errnoIn(text);
  if (errno) final.errno = errno;
  return { score, evidence, final, causes: [] };
}
