import type { SearchEntry } from './search-data.ts';
import { compileTemplate } from './templates.ts';

/**
 * The message templates of every message page, compiled once: a pasted message lands on its message page
 * (`'{type}' object is not subscriptable`, with any type in the hole). Each template's literal words are
 * looked for first, so only a few regular expressions run per line, and each runs in linear time.
 */
export interface TemplateMatcher {
  entry: SearchEntry;
  template: string;
  words: string[];
  regex: RegExp;
  /** Letters outside the holes: the more, the more specific the match. */
  weight: number;
}

/** Each entry's matchers, kept: the search page indexes the same shard's entries again for later pastes. */
const compiled = new WeakMap<SearchEntry, TemplateMatcher[]>();

function compileEntry(entry: SearchEntry): TemplateMatcher[] {
  const out: TemplateMatcher[] = [];
  for (const template of entry.tp ?? []) {
    try {
      const c = compileTemplate(template);
      out.push({ entry, template, words: c.words, regex: new RegExp(c.source, 'u'), weight: c.words.join('').length });
    } catch {
      // The validator reports a malformed template; search leaves it out rather than fail.
    }
  }
  return out;
}

export function compileTemplates(entries: readonly SearchEntry[]): TemplateMatcher[] {
  return entries.flatMap((entry) => {
    let matchers = compiled.get(entry);
    if (!matchers) compiled.set(entry, (matchers = compileEntry(entry)));
    return matchers;
  });
}

export interface TemplateMatch {
  entry: SearchEntry;
  template: string;
}

/** The message pages whose templates match one of these lines, the most specific first. */
export function matchTemplates(matchers: readonly TemplateMatcher[], lines: readonly string[]): TemplateMatch[] {
  const found: { m: TemplateMatcher; at: number }[] = [];
  lines.forEach((line, at) => {
    if (line.length > 4000) return;
    for (const m of matchers) {
      if (m.words.every((w) => line.includes(w)) && m.regex.test(line) && !found.some((f) => f.m.entry === m.entry)) found.push({ m, at });
    }
  });
  return found.sort((a, b) => a.at - b.at || b.m.weight - a.m.weight).map(({ m }) => ({ entry: m.entry, template: m.template }));
}
