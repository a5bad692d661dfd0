import type { ErrorMention, PasteReader, ReaderResult } from '../reading.ts';
import { errnoIn, lastMatch, scoreSigns, type Sign } from './shared.ts';

/**
 * Python: tracebacks (chained ones too), their last line alone, old Python 2 forms (`socket.error: [Errno 32]`,
 * `IOError: [Errno 2]`), and library wrappers whose message nests the real cause
 * (`requests.exceptions.ConnectionError: ... (Caused by NewConnectionError('...: [Errno 111] Connection refused'))`).
 */

// What only Python prints. Each sign is worth its weight in the language score.
const signs: Sign[] = [
  [/^(?:[A-Za-z_][\w.]{0,200} {2,200})?Traceback \(most recent call last\):?/m, 10, 'a Python traceback'],
  // Some trackers print JavaScript frames in Python's shape: a .js file is not a Python frame.
  [/^\s*File "(?![^"\n]{0,500}\.(?:m?js|cjs|jsx|tsx?)")[^"\n]{1,500}", line \d{1,7}(?:, in |$)/m, 8, 'Python frames'],
  [/^\s*\^{3,}\s*$/m, 2, 'Python position markers'],
  [/\bTask exception was never retrieved\b|<Task (?:finished|pending) (?:name=|coro=)/, 6, "asyncio's task report"],
  [/\[SSL: [A-Z0-9_]{3,60}\]|\(_ssl\.c:\d{1,6}\)/, 6, "Python's ssl module"],
  [/\[(?:Errno|WinError) -?\d{1,6}\]/, 6, '[Errno N]'],
  [/\b(?:Errno|WinError) -?\d{1,6}\b/, 3, "Python's Errno spelling"],
  [/^(?:During handling of the above exception|The above exception was the direct cause)/m, 8, 'a Python exception chain'],
  [/\b(?:site-packages|dist-packages)[\\/]|\.py"|\.pyc?\b|<ipython-input-|\bpython\d?(?:\.\d+)?\b|\bpip\b/i, 2, 'Python file names'],
  [/^[A-Za-z_][\w.]{0,200}(?:Error|Exception): /m, 1, 'an exception line'],
  [/'NoneType' object|object is not (?:subscriptable|callable|iterable)|object has no attribute '|unsupported operand type\(s\)|No module named '|name '[\w.]{1,200}' is not defined|takes \d+ positional arguments? but \d+ (?:was|were) given|invalid literal for int\(\)|codec can't (?:de|en)code|unhashable type: '|can only concatenate str|list index out of range|Max retries exceeded with url|Caused by \w+Error\(|\(char \d+\)|getaddrinfo failed|returned non-zero exit status/, 6, 'a Python message'],
];

// `Name: message` or a bare `Name` at the start of a line; the name looks like a Python class (or one of the
// lower-case classes of `socket`: error, gaierror, herror, timeout).
// `Import Error:` (a space typed into the name) reads as ImportError.
const exceptionLine = /^([A-Za-z_]\w{0,100}(?:\.[A-Za-z_]\w{0,100}){0,8}|[A-Z][a-z]{1,30} (?:Error|Exception))(?::\s?(.{0,2000}))?$/;
const looksLikeClass = /(?:error|exception|warning|exit|interrupt|iteration|group|empty|full|expired|disconnected|read|cancelled|timeout|redirects|schema|url|exceeded|found|denied|failure|failed|invalid\w*)$/i;
// A class named inside a longer line: `I get this error ImportError: cannot ...`, `... ConnectionRefusedError(111, ...)`.
const namedInLine = /(?:^|[^\w.])((?:[A-Za-z_]\w{0,60}\.){0,6}[A-Za-z_]\w{0,60}(?:[Ee]rror|[Ee]xception|Exit|Interrupt))(?::\s?(.{0,2000})|(\(.{0,2000}))$/;

/** The errno inside a Python message: `[Errno 111]`, `[WinError 10054]`, `ConnectionResetError(10054, ...)`. */
function pythonErrno(message: string): ErrorMention['errno'] {
  const bracket = lastMatch(/\[?(Errno|WinError) (-?\d{1,6})\]?/g, message);
  if (bracket) {
    const n = Number(bracket[2]);
    // Windows prints its socket errors as [WinError 100xx] and, through the C runtime, small [Errno N].
    return { number: n, platform: bracket[1] === 'WinError' ? 'windows' : n >= 10000 ? 'windows' : 'linux' };
  }
  // The ssl module's errors carry OpenSSL's reason code there (`SSLCertVerificationError(1, '[SSL: ...`), not an errno.
  const tuple = lastMatch(/\b(?!SSL)(?:[A-Z]\w{0,60}Error|error)\((-?\d{1,6}),/g, message);
  if (tuple) {
    const n = Number(tuple[1]);
    return { number: n, platform: n >= 10000 ? 'windows' : 'linux' };
  }
  return errnoIn(message);
}

/** Classes nested in a wrapper's message, innermost last: `Caused by NewConnectionError('...')`. */
function nestedCauses(message: string): ErrorMention[] {
  const found: ErrorMention[] = [];
  for (const m of message.matchAll(/\b([A-Za-z_]\w{0,100}(?:\.[A-Za-z_]\w{0,100}){0,6})\((?=['"<(\d-])/g)) {
    const name = m[1]!;
    if (looksLikeClass.test(name.split('.').pop()!)) found.push({ name });
  }
  return found;
}

function mention(name: string, message: string | undefined): ErrorMention {
  // A logger's generic prefix in front of the real line (`Error: ConnectionError: HTTPConnectionPool...`):
  // the class is the one inside.
  const inner = /^(?:error|exception)$/i.test(name) && message ? /^([A-Za-z_][\w.]{0,200}(?:Error|Exception|Warning)): (.*)$/s.exec(message) : null;
  if (inner) return mention(inner[1]!, inner[2]);
  const m: ErrorMention = { name };
  if (message) m.message = message;
  const errno = message ? pythonErrno(message) : undefined;
  if (errno) m.errno = errno;
  return m;
}

/** The exception that ends each traceback of a chain, and any exception line outside one, in order. */
function exceptionsIn(lines: readonly string[]): { mention: ErrorMention; framed: boolean }[] {
  const out: { mention: ErrorMention; framed: boolean }[] = [];
  let inFrames = false;
  for (const line of lines) {
    // Jupyter and IPython name the class in the traceback's header: `KeyError    Traceback (most recent call last)`.
    // A paste cut before the last line has only that.
    const header = /^([A-Za-z_][\w.]{0,200}) {2,200}Traceback \(most recent call last\)/.exec(line);
    if (header) {
      out.push({ mention: { name: header[1]! }, framed: false });
      inFrames = true;
      continue;
    }
    if (/^Traceback \(most recent call last\)/.test(line) || /^\s+File "/.test(line)) {
      inFrames = true;
      continue;
    }
    if (/^\s/.test(line) || line === '') continue;
    const m = exceptionLine.exec(line);
    if (!m) continue;
    const name = m[1]!;
    const last = name.split('.').pop()!;
    // After frames, the first unindented `Name: message` is the exception whatever its name; elsewhere the
    // name must look like a class, so `Note: ...` or `Hint: ...` are not taken for errors.
    if (!inFrames && !looksLikeClass.test(last)) continue;
    if (!inFrames && m[2] === undefined && !/Error|Exception|Interrupt|Exit|Iteration/.test(last)) continue;
    out.push({ mention: mention(name.replace(' ', ''), m[2]), framed: inFrames });
    inFrames = false;
  }
  return out;
}

export const python: PasteReader = {
  language: 'python',
  // socket.gaierror's text where it is not glibc's: Windows (`[Errno 11001] getaddrinfo failed`) and macOS.
  phrases: [['getaddrinfo failed', 'EAI_NONAME'], ['nodename nor servname provided', 'EAI_NONAME']],
  read(text, lines): ReaderResult {
    const { score, evidence } = scoreSigns(signs, text);
    const found = exceptionsIn(lines);
    if (found.length === 0) {
      // No line starts with a class: one may still be named inside the last lines that name one.
      for (let i = lines.length - 1; i >= Math.max(0, lines.length - 8); i--) {
        const m = namedInLine.exec(lines[i]!);
        if (m) found.push({ mention: mention(m[1]!, m[2] ?? `${m[1]}${m[3]}`), framed: false });
        if (m) break;
      }
    }
    if (found.length === 0) {
      // A bare message with its errno and no class: `[Errno 2] No such file or directory: 'x'`.
      const errno = pythonErrno(text);
      return { score, evidence, causes: [], ...(errno ? { final: { errno, message: lines[lines.length - 1] ?? '' } } : {}) };
    }
    // The final exception is the last one printed (a chain prints the newest last). When a paste stops
    // right after a chain marker, that is still the last exception it shows.
    const final = found[found.length - 1]!.mention;
    const causes: ErrorMention[] = [];
    // A wrapper's message nests its causes; the errno in it belongs to the innermost one, the root cause,
    // which comes first: `ConnectionResetError(10054, ...)` by name, a bare `[Errno 111]` by its number.
    // (A message that is the class's own repr, `ConnectionRefusedError(111, ...)`, nests nothing.)
    const nested = final.message ? nestedCauses(final.message).filter((n) => !final.message!.startsWith(`${n.name}(`)).reverse() : [];
    if (nested.length > 0 && final.errno) {
      const errno = final.errno;
      delete final.errno;
      const carrier = lastMatch(/\b(?!SSL)([A-Z]\w{0,60}Error|error)\(-?\d{1,6},/g, final.message!)?.[1];
      if (carrier) causes.push({ name: carrier, errno }, ...nested.filter((n) => n.name !== carrier));
      else causes.push({ errno }, ...nested);
    } else causes.push(...nested);
    for (let i = found.length - 2; i >= 0; i--) {
      const earlier = found[i]!.mention;
      // A Jupyter header names the same exception its last line prints: not a cause of its own.
      if (earlier.message === undefined && earlier.name === final.name) continue;
      causes.push(earlier);
    }
    return { score, evidence, final, causes };
  },
};
