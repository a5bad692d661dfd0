import type { ErrnoMention, ErrorMention, PasteLanguage, Reading } from './reading.ts';
import { errnoRow, type ResolverIndex } from './resolve.ts';

/** How each language is named in the reading line. */
export const languageLabels: Record<PasteLanguage, string> = {
  python: 'Python', javascript: 'JavaScript', go: 'Go', java: 'Java', rust: 'Rust', ruby: 'Ruby', dotnet: '.NET', php: 'PHP',
  curl: 'curl', git: 'git', ssh: 'ssh', psql: 'psql', shell: 'a shell', unknown: 'no particular language',
};

const platformLabels: Record<NonNullable<ErrnoMention['platform']>, string> = { linux: 'Linux', windows: 'Windows', macos: 'macOS', node: 'Node.js' };

function errnoText(errno: ErrnoMention, language: PasteLanguage, index: ResolverIndex): string {
  const row = errnoRow(index, errno)?.row;
  const symbol = errno.symbol ?? row?.s;
  if (errno.number === undefined) return symbol ?? '';
  const number = language === 'python' ? (errno.platform === 'windows' ? `[WinError ${errno.number}]` : `[Errno ${errno.number}]`) : `errno ${errno.number}`;
  return `${symbol ? `${symbol} ` : ''}${number} on ${platformLabels[errno.platform ?? 'linux']}`;
}

function mentionText(m: ErrorMention, language: PasteLanguage, index: ResolverIndex): string {
  // An errno alone is named by the class Python raises for it, where the paste is Python.
  const row = errnoRow(index, m.errno);
  const name = m.name ?? (language === 'python' && row && row.row.py !== 'OSError' ? row.row.py : undefined);
  const parts = [name, m.code && m.code !== m.errno?.symbol ? (name ? `[${m.code}]` : m.code) : undefined, m.errno ? errnoText(m.errno, language, index) : undefined];
  const text = parts.filter(Boolean).join(' ');
  return text || (m.message ? `“${m.message.length > 60 ? `${m.message.slice(0, 57)}…` : m.message}”` : 'an error');
}

/**
 * The one line that says how errdex read a paste, shown above the results, by `errdex explain` and by the
 * MCP tools: "Read as: Python · requests.exceptions.ConnectionError, caused by ConnectionRefusedError
 * ECONNREFUSED [Errno 111] on Linux".
 */
export function describeReading(reading: Reading, index: ResolverIndex): string {
  const parts = [`Read as: ${languageLabels[reading.language]}`];
  if (reading.final) {
    const causes = reading.causes.slice(0, 2).map((c) => mentionText(c, reading.language, index));
    parts.push(mentionText(reading.final, reading.language, index) + (causes.length ? `, caused by ${causes.join(', then ')}` : ''));
  }
  if (reading.noise.length) parts.push(`ignored ${reading.noise.join(', ')}`);
  return parts.join(' · ');
}
