import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One real paste from a public issue thread (see tests/search/real-pastes/README.md). */
export interface RealPaste {
  id: string;
  source: string;
  language: string;
  patterns: string[];
  paste: string;
  /** Pages that answer it, most specific first; the first that exists is the target. */
  expect: string[];
}

export const realPastesDir = 'tests/search/real-pastes';

export function loadRealPastes(dir = realPastesDir): RealPaste[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as RealPaste[]);
}

const pathOf = (url: string) => new URL(url, 'http://x').pathname.replace(/\/?$/, '/');

/** Whether the build has a page (not a redirect) at this path, spelled exactly so. */
export function pageExists(dist: string, url: string): boolean {
  const file = path.join(dist, decodeURIComponent(pathOf(url)), 'index.html');
  return existsSync(file) && !/http-equiv="refresh"/i.test(readFileSync(file, 'utf8').slice(0, 2000));
}

/** The family of pages a result belongs to, for the "never another language's page first" check. */
export function pageLanguage(url: string): string {
  const first = pathOf(url).split('/')[1] ?? '';
  return first === 'node' ? 'javascript' : first === 'errno' ? 'errno' : first;
}

export interface PasteOutcome {
  paste: RealPaste;
  /** The first expected page the build has, or undefined when it has none. */
  target?: string;
  /** Whether the most specific expected page exists. */
  best: boolean;
  top: string;
  ok: boolean;
  /** The top result is a page of another language than the paste's. */
  wrongLanguage: boolean;
}

export function judge(paste: RealPaste, results: string[], exists: (url: string) => boolean): PasteOutcome {
  const target = paste.expect.find(exists);
  const top = results[0] ?? '(none)';
  const lang = results[0] ? pageLanguage(results[0]) : 'errno';
  const known = paste.language !== 'unknown';
  return {
    paste,
    ...(target ? { target } : {}),
    best: target !== undefined && target === paste.expect[0],
    top,
    ok: target !== undefined && results[0] !== undefined && pathOf(results[0]).toLowerCase() === pathOf(target).toLowerCase(),
    wrongLanguage: known && lang !== 'errno' && lang !== (paste.language === 'javascript' ? 'javascript' : paste.language),
  };
}

/** The figures: top-1 per language over the cases whose page exists, coverage, and wrong-language tops. */
export function summarise(outcomes: PasteOutcome[]): string[] {
  const lines: string[] = [];
  const groups = new Map<string, PasteOutcome[]>();
  for (const o of outcomes) groups.set(o.paste.language, [...(groups.get(o.paste.language) ?? []), o]);
  const row = (name: string, list: PasteOutcome[]) => {
    const covered = list.filter((o) => o.target);
    const ok = covered.filter((o) => o.ok).length;
    const pct = covered.length ? ((100 * ok) / covered.length).toFixed(0) : '-';
    const best = list.filter((o) => o.best).length;
    return `  ${name.padEnd(11)} ${String(list.length).padStart(4)} cases  page exists ${String(covered.length).padStart(4)} (best page ${String(best).padStart(3)})  top-1 ${String(ok).padStart(4)}/${String(covered.length).padEnd(4)} ${pct.padStart(3)}%  wrong language ${list.filter((o) => o.wrongLanguage).length}`;
  };
  for (const [name, list] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) lines.push(row(name, list));
  lines.push(row('all', outcomes));
  return lines;
}
