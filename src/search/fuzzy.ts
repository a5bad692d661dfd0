/**
 * Typos in names and codes (`ECONNREFUSE`, `getaddrinffo`, `socket hung up`): a word that is no known name
 * is read as the known one a small edit away. Only names and words, never numbers; only when nothing matched
 * as typed; bounded, so it stays cheap whatever the paste.
 */

const MAX_QUERY = 500;

/** Levenshtein distance with adjacent swaps, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

export interface Correction {
  text: string;
  from: string;
  to: string;
}

/** The query with its unknown words replaced by the nearest known ones, or undefined if none is near. */
export function correctTypos(query: string, vocabulary: ReadonlySet<string>): Correction | undefined {
  if (query.length > MAX_QUERY) return undefined;
  let first: { from: string; to: string } | undefined;
  const text = query.replace(/[A-Za-z_][A-Za-z0-9_]{3,40}/g, (word) => {
    const lower = word.toLowerCase();
    if (vocabulary.has(lower)) return word;
    const limit = lower.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const known of vocabulary) {
      if (known.length < 4 || /\d/.test(known)) continue;
      const d = editDistance(lower, known, Math.min(limit, bestDistance));
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    if (best === undefined) return word;
    // Keep the case the reader typed in: ECONNREFUSE becomes ECONNREFUSED, hung becomes hang.
    const to = word === word.toUpperCase() ? best.toUpperCase() : best;
    first ??= { from: word, to };
    return to;
  });
  return first ? { text, ...first } : undefined;
}
