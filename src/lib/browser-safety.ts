import { libraryNeeded } from './python-libraries.ts';
import type { Expectation, SnippetFence } from './snippet-meta.ts';

/**
 * Modules whose behaviour in Pyodide differs from CPython on a real OS: Emscripten numbers errno
 * differently (ECONNRESET is 15), has no real sockets, processes, signals or threads, and fakes the file system.
 */
const osModules = [
  'asyncio', 'concurrent', 'ctypes', 'errno', 'fcntl', 'ftplib', 'grp', 'http', 'mmap', 'multiprocessing',
  'os', 'pathlib', 'pty', 'pwd', 'resource', 'select', 'selectors', 'shutil', 'signal', 'smtplib', 'socket',
  'socketserver', 'ssl', 'subprocess', 'tempfile', 'threading', 'urllib',
];
const importRe = new RegExp(String.raw`^\s*(?:import|from)\s+(${osModules.join('|')})\b`, 'm');

/** Whether the page may run a snippet in the browser, and if not, why (shown to the reader). */
export function browserRunnable(lang: SnippetFence, code: string, expect: Expectation, override: string): { ok: true } | { ok: false; reason: string } {
  if (lang !== 'python') return { ok: false, reason: 'Node.js snippets run on your machine, not in the page.' };
  if (expect.kind === 'norun') return { ok: false, reason: expect.reason };
  const library = libraryNeeded(code);
  if (library) return { ok: false, reason: `It needs the ${library} library, which the page's Python does not have.` };
  if (override === 'no') return { ok: false, reason: 'This snippet depends on the operating system.' };
  if (override.startsWith('no:')) return { ok: false, reason: override.slice(3).trim() };
  if (override === 'yes') return { ok: true };
  if (expect.kind === 'raises' && expect.code) return { ok: false, reason: 'Its errno number differs in the browser.' };
  const mod = importRe.exec(code)?.[1];
  if (mod) return { ok: false, reason: `It uses the ${mod} module, which behaves differently in the browser.` };
  if (/\bopen\(/.test(code)) return { ok: false, reason: 'It uses files, which behave differently in the browser.' };
  return { ok: true };
}
