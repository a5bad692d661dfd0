import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SearchData } from '../search/search-data.ts';

/** Where the hook's template lives in the repository, relative to the project root. */
export const pythonHookTemplate = 'src/python-hook/errdex_hook.py';

/** What the Python hook embeds: the site, Python's page names, errno symbols and Windows socket codes. */
export interface PythonHookIndex {
  base: string;
  /** Every name a Python entry answers to (its title, the names of its aliases) → its page path. */
  names: Record<string, string>;
  /** Every errno spelling (EAGAIN, EWOULDBLOCK) → its errno page path. */
  errno: Record<string, string>;
  /** A Windows Sockets code, as a string (`"10054"`) → its errno symbol. */
  winerror: Record<string, string>;
  /** A getaddrinfo code (`socket.gaierror`'s errno, `"-2"`) → its page path. */
  gai: Record<string, string>;
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The index the hook needs from the catalogue data: small (a few KB), so the hook works offline. */
export function pythonHookIndex(data: SearchData, base: string): PythonHookIndex {
  const names: Record<string, string> = {};
  const python = data.entries.filter((e) => e.l === 'python');
  // Titles first, so an alias never takes a name that is another entry's title.
  for (const e of python) if (identifier.test(e.t)) names[e.t] ??= `/${e.id}/`;
  for (const e of python) for (const a of e.a) {
    const name = a.replace(/\/$/, '').split('/').pop()!;
    if (identifier.test(name)) names[name] ??= `/${e.id}/`;
  }
  const errno: Record<string, string> = {};
  const winerror: Record<string, string> = {};
  for (const r of data.errno) {
    for (const s of [r.s, ...r.a]) errno[s] ??= `/errno/${r.s}/`;
    if (r.wsa) winerror[String(r.wsa)] ??= r.s;
  }
  const gai: Record<string, string> = {};
  for (const r of data.gai ?? []) gai[String(r.n)] ??= `/errno/${r.s}/`;
  return { base, names, errno, winerror, gai };
}

const block = /# errdex:index-begin[^\n]*\n[\s\S]*?\n# errdex:index-end/;

/** The hook with its index filled in: `_INDEX = {...}` between the markers (JSON is a Python literal here). */
export function fillPythonHook(template: string, index: PythonHookIndex): string {
  if (!block.test(template)) throw new Error(`${pythonHookTemplate}: the errdex:index-begin/-end markers are missing`);
  const literal = JSON.stringify(index, null, 1).replace(/\n\s*/g, ' ');
  return template.replace(block, `# errdex:index-begin (filled in from errdex's catalogue when the site was built)\n_INDEX = ${literal}\n# errdex:index-end`);
}

/** Reads the template from the project. */
export function readPythonHookTemplate(root: string): Promise<string> {
  return readFile(path.join(root, pythonHookTemplate), 'utf8');
}
