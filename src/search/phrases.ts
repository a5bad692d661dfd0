import type { PasteLanguage } from './reading.ts';
import type { SearchData, SearchEntry } from './search-data.ts';

/**
 * Known message phrases, found anywhere in a paste: each platform's system message for an errno (Linux's
 * strerror, Windows Sockets' text), the messages of every entry, and each language's own wording. A phrase
 * found says which errno or page the text is about even when the line around it is another program's
 * (`curl: (56) Recv failure: Connection reset by peer`). Matching walks the words once.
 */

export interface Phrase {
  phrase: string;
  words: string[];
  symbol?: string;
  entry?: SearchEntry;
  /** A language's own wording counts only in pastes of that language (or of none). */
  language?: PasteLanguage;
}

export interface PhraseIndex {
  byFirstWord: Map<string, Phrase[]>;
  /**
   * The system's message in other human languages (glibc's translations), found as text: Chinese and
   * Japanese have no spaces between words, so they are matched as substrings, not word by word.
   */
  translated: { text: string; symbol: string }[];
}

export interface PhraseMatch {
  phrase: string;
  symbol?: string;
  entry?: SearchEntry;
}

// Words without the numbers and hex values a message carries (`byte 0x9a in position 2`), so a message
// matches whatever values were in it.
export const tokens = (text: string) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !/^(?:\d+|0x[0-9a-f]+)$/.test(w));

/**
 * An entry's message as phrases: without the class in front, quoted values, paths and numbers, cut where
 * its parts are joined (`codec can't decode byte in position` and `invalid start byte`), so a paste that
 * shares one part (another codec's reason) still matches.
 */
function messagePhrases(message: string): string[] {
  return message
    .replace(/^[\w.]{1,200}(?: \[[A-Z_]{2,60}\])?: /, '')
    .replace(/\[(?:Errno|WinError) -?\d+\]/g, ' ')
    // An object's repr and key=value arguments (`<urllib3.connection.HTTPConnection object at 0x7f...>`,
    // `host='x', port=443`) are in every wrapper's message: they say nothing about which error it is.
    .replace(/<[^<>\n]{0,300} object at 0x[0-9a-f]+>/gi, ' ')
    .replace(/\b\w{1,40}=(?:'[^'\n]{0,300}'|"[^"\n]{0,300}"|[^\s,)]{0,300})/g, ' ')
    .replace(/'[^'\n]{0,300}'|"[^"\n]{0,300}"|\S{0,300}[/\\]\S{0,300}/g, ' ')
    .split(/[:;()]/)
    .map((part) => part.trim());
}

export function buildPhraseIndex(data: SearchData, readerPhrases: readonly { phrase: string; symbol: string; language: PasteLanguage }[]): PhraseIndex {
  const translated: PhraseIndex['translated'] = [];
  const byFirstWord = new Map<string, Phrase[]>();
  const add = (p: Omit<Phrase, 'words'>) => {
    const words = tokens(p.phrase);
    // One word says too little to be a phrase (`Success`, `Unknown`).
    if (words.length < 2) return;
    const list = byFirstWord.get(words[0]!) ?? [];
    if (!list.some((x) => x.words.join(' ') === words.join(' ') && x.symbol === p.symbol && x.entry === p.entry && x.language === p.language)) list.push({ ...p, words });
    byFirstWord.set(words[0]!, list);
  };
  for (const row of [...data.errno, ...(data.gai ?? [])]) {
    add({ phrase: row.msg, symbol: row.s });
    if ('wmsg' in row && row.wmsg) add({ phrase: row.wmsg.replace(/\.$/, ''), symbol: row.s });
    for (const text of row.tr ?? []) translated.push({ text: text.toLowerCase(), symbol: row.s });
  }
  for (const p of readerPhrases) add(p);
  for (const e of data.entries) for (const m of e.m) for (const phrase of messagePhrases(m)) add({ phrase, entry: e });
  return { byFirstWord, translated };
}

/**
 * The phrases in the text, longest (most specific) first and, among equals, the last in the text first:
 * that is where the final error is. Errno phrases come before entry phrases of the same words.
 */
export function matchPhrases(index: PhraseIndex, text: string, language: PasteLanguage): PhraseMatch[] {
  const words = tokens(text);
  const found = new Map<Phrase, number>();
  for (let i = 0; i < words.length; i++) {
    for (const p of index.byFirstWord.get(words[i]!) ?? []) {
      if (p.language && language !== 'unknown' && p.language !== language) continue;
      if (i + p.words.length > words.length) continue;
      let same = true;
      for (let k = 1; k < p.words.length && same; k++) same = words[i + k] === p.words[k];
      if (same) found.set(p, i);
    }
  }
  const matches = [...found.entries()]
    .sort(([a, at], [b, bt]) => b.words.length - a.words.length || bt - at || Number(Boolean(a.entry)) - Number(Boolean(b.entry)))
    .map(([p]): PhraseMatch => ({ phrase: p.phrase, ...(p.symbol ? { symbol: p.symbol } : {}), ...(p.entry ? { entry: p.entry } : {}) }));
  // Translations last, the longest first: they are whole messages, each as specific as a phrase can be.
  const lower = text.length > 20_000 ? text.slice(-20_000).toLowerCase() : text.toLowerCase();
  const translated = index.translated.filter((t) => lower.includes(t.text)).sort((a, b) => b.text.length - a.text.length);
  return [...matches, ...translated.map((t) => ({ phrase: t.text, symbol: t.symbol }))];
}
