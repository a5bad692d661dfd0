import { site } from './site.ts';

export interface LlmsEntry {
  id: string;
  title: string;
  summary: string;
  language: string;
  status: string;
}

export interface LlmsErrno {
  symbol: string;
  meaning: string;
  linux: number;
}

const text = (s: string) => s.replace(/\s+/g, ' ').trim();
const label = (s: string) => text(s).replace(/[[\]\\]/g, (c) => `\\${c}`);

/**
 * `/llms.txt` (llmstxt.org): what errdex is, in a paragraph, then every page of the catalogue as a link with
 * its one-line summary, by language, then the errno pages and the machine-readable forms.
 */
export function llmsTxt(siteUrl: string, entries: readonly LlmsEntry[], errno: readonly LlmsErrno[]): string {
  const url = (path: string) => new URL(path, siteUrl).href;
  // Address patterns, written out as they are (a URL object would percent-encode the angle brackets).
  const pattern = (path: string) => `${siteUrl.replace(/\/+$/, '')}${path}`;
  const active = entries.filter((e) => e.status === 'active');
  const languages = [...new Set([...Object.keys(site.languages), ...active.map((e) => e.language)])].filter((l) => active.some((e) => e.language === l));
  const out = [
    `# ${site.name}`,
    '',
    '> A reference for the errors programs print. Each page says what one error means, why it happened, how to fix it and what not to do, and every reproduction on it was run on a real interpreter: the output shown is what that run printed.',
    '',
    `Each error page has the same parts, with these fragment ids: #meaning, #causes (most common first), #reproduce, #fixes (each fix says when it applies and why it works), #what-not-to-do. Pages are at ${pattern('/<language>/<Name>/')}, named exactly as the runtime prints the error; errno pages at ${pattern('/errno/<SYMBOL>/')} and ${pattern('/errno/<number>/')} give every platform's number. Every page's parts are also JSON at ${pattern('/api/<language>/<Name>.json')}.`,
  ];
  for (const language of languages) {
    out.push('', `## ${site.languages[language] ?? language}`, '');
    for (const e of active.filter((x) => x.language === language).sort((a, b) => a.title.localeCompare(b.title, 'en'))) out.push(`- [${label(e.title)}](${url(`/${e.id}/`)}): ${text(e.summary)}`);
  }
  out.push('', '## Errno symbols', '');
  for (const r of [...errno].sort((a, b) => a.symbol.localeCompare(b.symbol, 'en'))) out.push(`- [${r.symbol}](${url(`/errno/${r.symbol}/`)}): ${text(r.meaning)} (${r.linux} on Linux)`);
  out.push(
    '',
    '## Optional',
    '',
    `- [Catalogue as JSON](${url('/api/catalog.json')}): every entry and errno symbol with its URL, title, summary, language and errno symbols`,
    `- [Exact search data](${url('/search-data.json')}): the names, messages and errno numbers errdex's search matches a paste against`,
    `- [Python crash hook](${url('/errdex_hook.py')}): a sys.excepthook that prints the errdex page under a traceback, offline`,
    `- [Search](${url('/search/?q=')}): append a pasted error, its last line, an errno number or a name`,
  );
  return `${out.join('\n')}\n`;
}
