/**
 * The version ranges a message template claims, as authors write them in `templates[].versions`:
 *
 *   `*`             every version
 *   `3.11`          3.11.x only (a bound means every release it names: `3.11` covers 3.11.0 to 3.11.9)
 *   `>=3.11`        3.11.0 and later          `>3.10`   3.11 and later (3.10.x is not above 3.10)
 *   `<=3.10`        up to the last 3.10.x     `<3.11`   the same
 *   `3.3 - 3.10`    3.3.0 to the last 3.10.x, both ends included
 *   `>=16.9, <22`   several comparators, all of which must hold
 *
 * Versions are of the template's engine: CPython's for Python, Node's for JavaScript and Node entries.
 */

type Op = '>=' | '>' | '<=' | '<' | '=';

interface Comparator {
  op: Op;
  version: number[];
}

/** A parsed range: every comparator must hold. An empty list is `*`. */
export interface VersionRange {
  text: string;
  comparators: Comparator[];
}

const versionRe = /^\d+(?:\.\d+){0,2}$/;
const parts = (v: string) => v.split('.').map(Number);

/** Compares `version` cut to the length of `bound` with `bound`: -1, 0 or 1. */
function compareTo(version: readonly number[], bound: readonly number[]): number {
  for (let i = 0; i < bound.length; i++) {
    const a = version[i] ?? 0;
    const b = bound[i]!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/** Reads a range; returns a sentence saying what is wrong when it is malformed. */
export function parseVersionRange(text: string): VersionRange | string {
  const t = text.trim();
  if (t === '*') return { text: t, comparators: [] };
  const span = /^(\S+)\s+-\s+(\S+)$/.exec(t);
  if (span) {
    const [, low, high] = span as unknown as [string, string, string];
    if (!versionRe.test(low) || !versionRe.test(high)) return `"${text}": both ends of a span are versions, like 3.3 - 3.10`;
    if (compareTo(parts(low), parts(high)) > 0) return `"${text}": the span starts after it ends`;
    return { text: t, comparators: [{ op: '>=', version: parts(low) }, { op: '<=', version: parts(high) }] };
  }
  const comparators: Comparator[] = [];
  for (const piece of t.split(',')) {
    const m = /^(>=|<=|>|<|=)?\s*(\S+)$/.exec(piece.trim());
    if (!m || !versionRe.test(m[2]!)) return `"${text}" is not a version range: write *, 3.11, >=3.11, <3.11, 3.3 - 3.10, or comparators joined by commas (>=16.9, <22)`;
    comparators.push({ op: (m[1] ?? '=') as Op, version: parts(m[2]!) });
  }
  return { text: t, comparators };
}

/** A range in words for a page: `3.11 and later`, `3.10 and earlier`, `3.3 to 3.10`, `all versions`. */
export function describeVersionRange(text: string): string {
  const t = text.trim();
  if (t === '*') return 'all versions';
  const span = /^(\S+)\s+-\s+(\S+)$/.exec(t);
  if (span) return `${span[1]} to ${span[2]}`;
  return t
    .split(',')
    .map((piece) => {
      const m = /^(>=|<=|>|<|=)?\s*(\S+)$/.exec(piece.trim());
      if (!m) return piece.trim();
      const [, op = '=', v] = m;
      return op === '>=' ? `${v} and later` : op === '>' ? `after ${v}` : op === '<=' ? `${v} and earlier` : op === '<' ? `before ${v}` : v!;
    })
    .join(', ');
}

/** True when `version` (like `3.11.7` or `24.21.0`) lies in `range`. */
export function inVersionRange(version: string, range: VersionRange): boolean {
  const v = parts(version);
  return range.comparators.every(({ op, version: bound }) => {
    const c = compareTo(v, bound);
    return op === '>=' ? c >= 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : op === '<' ? c < 0 : c === 0;
  });
}
