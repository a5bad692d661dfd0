// Draws results as <li> items. Every piece of text goes in as a text node: a query, a title or an excerpt
// can never become markup. Only <mark> survives from Pagefind's excerpts.
import type { Result } from './search-engine.ts';

const languageNames: Record<string, string> = { python: 'Python', node: 'Node.js', javascript: 'JavaScript', errno: 'errno' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends `text` to `parent`, wrapping whole-word occurrences of the query's words in <mark>. */
function appendHighlighted(parent: HTMLElement, text: string, words: string[]): void {
  if (words.length === 0) {
    parent.append(text);
    return;
  }
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Marks words where they start, as Pagefind matches them: `reset` marks Reset, not the end of ECONNRESET.
  const parts = text.split(new RegExp(`\\b(${escaped.join('|')})`, 'gi'));
  parts.forEach((part, i) => parent.append(i % 2 === 1 ? Object.assign(document.createElement('mark'), { textContent: part }) : part));
}

/** Keeps the text and <mark> elements of Pagefind's excerpt HTML; everything else becomes plain text. */
function appendExcerpt(parent: HTMLElement, html: string): void {
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') parent.append(Object.assign(document.createElement('mark'), { textContent: node.textContent ?? '' }));
    else parent.append(node.textContent ?? '');
  }
}

/** One result: its link first, then title, summary, badges and a highlighted excerpt. */
export function renderResult(r: Result, query: string): HTMLLIElement {
  const li = el('li', `result result-${r.match}`);
  li.dataset.match = r.match;
  const link = el('a', 'result-link');
  link.href = r.url;
  link.append(el('span', 'result-title', r.title));
  li.append(link);
  const words = (query.length < 200 ? query.match(/[A-Za-z0-9_]{3,}/g) ?? [] : []).slice(0, 8);
  if (r.summary) {
    const p = el('p', 'result-summary');
    appendHighlighted(p, r.summary, words);
    li.append(p);
  }
  const badges = el('p', 'result-badges');
  if (languageNames[r.language]) badges.append(el('span', 'badge', languageNames[r.language]));
  for (const symbol of r.errno.slice(0, 4)) badges.append(el('span', 'badge badge-errno', symbol));
  if (r.match !== 'text') badges.append(el('span', 'badge badge-exact', r.match === 'exact' ? `Exact: ${r.reason}` : r.match === 'fuzzy' ? `Near: ${r.reason}` : `Matches ${r.reason}`));
  li.append(badges);
  if (r.excerpt) {
    const p = el('p', 'result-excerpt');
    appendExcerpt(p, r.excerpt);
    li.append(p);
  }
  return li;
}

/**
 * Replaces a list's items with these results or, when there are none, with a line saying so and the nearest
 * pages: those of another language the text also matched, kept out of the results themselves.
 */
export function renderResults(list: HTMLOListElement, results: Result[], query: string, nearest: Result[] = []): void {
  list.replaceChildren(...results.map((r) => renderResult(r, query)));
  if (results.length === 0) {
    const li = el('li', 'result-none');
    li.append('No page matches ');
    li.append(el('q', '', query.length > 80 ? `${query.slice(0, 80)}…` : query));
    li.append(' yet. Try the error name, its errno symbol (ECONNRESET) or number (104), or paste the last line of the traceback.');
    if (nearest.length > 0) {
      li.append(el('span', 'result-nearest-title', ' The nearest pages, about the same name in another language:'));
      const ul = el('ul', 'result-nearest');
      for (const r of nearest.slice(0, 3)) {
        const item = el('li', '');
        const a = el('a', '', `${r.title} (${languageNames[r.language] ?? r.language})`);
        a.href = r.url;
        item.append(a);
        ul.append(item);
      }
      li.append(ul);
    }
    list.append(li);
  }
}

/**
 * Ends the list with a button that asks the full text for more: when the exact layer has answered, the
 * full-text index (about 100 KB) loads only for a reader who wants more than the exact hits.
 */
export function appendMoreButton(list: HTMLOListElement, onMore: () => void): void {
  const li = el('li', 'result-more');
  const button = el('button', 'btn result-more-button', 'More results from the full text');
  button.type = 'button';
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = 'Searching the full text…';
    onMore();
  });
  li.append(button);
  list.append(li);
}
