import { cleanPaste } from './clean-paste.ts';
import type { Reading, ReaderResult } from './reading.ts';
import { readers } from './readers/index.ts';

/** A paste is read from its end, where the final error is; a log longer than this is cut from the front. */
export const MAX_PASTE = 200_000;

/** Below this, the text shows too little of any language to claim it (a lone `KeyError: 'id'`). */
const CLAIM = 3;

/**
 * Reads a paste: cleans it, asks every reader, and keeps the reading of the language the text shows most
 * clearly. Pure and linear in the text.
 */
export function readPaste(raw: string): Reading {
  const cleaned = cleanPaste(raw.length > MAX_PASTE ? raw.slice(-MAX_PASTE) : raw);
  let best: { language: Reading['language']; result: ReaderResult } | undefined;
  let fallback: ReaderResult | undefined;
  for (const reader of readers) {
    const result = reader.read(cleaned.text, cleaned.lines);
    if (result.score > (best?.result.score ?? CLAIM - 1)) best = { language: reader.language, result };
    // With no language claimed, Python's reading of a lone `Name: message` line is still the best guess
    // at the error, and the resolver looks the name up in every language.
    if (reader.language === 'python') fallback = result;
  }
  const result = best?.result ?? fallback!;
  return {
    language: best?.language ?? 'unknown',
    evidence: best ? result.evidence : [],
    ...(result.final ? { final: result.final } : {}),
    causes: result.causes,
    noise: cleaned.noise,
  };
}

/** The cleaned text, for the layers that match words and phrases anywhere in it. */
export { cleanPaste };
