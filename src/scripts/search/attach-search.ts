// Wires a search input to a results list: results as you type (exact hits at once; full text at once only
// when the exact layer has none, else on asking, so a first search it answers fetches its data alone),
// arrow keys and Enter to move and follow, Esc to clear. Used by the header box and the /search/ page.
import { exactResults, preload, textResults, type Result } from './search-engine.ts';
import { appendMoreButton, renderResults } from './render-results.ts';

export interface SearchOptions {
  input: HTMLInputElement | HTMLTextAreaElement;
  list: HTMLOListElement;
  /** Language filter control, if the page has one. */
  filter?: HTMLSelectElement;
  /** Called after each search with the query, e.g. to update the address bar. */
  onQuery?: (q: string) => void;
  /** The list hides itself when the query is empty (the header's dropdown). */
  dropdown?: boolean;
  /** Where to say how the paste was read ("Read as: Python · ..."), if the page shows it. */
  readingLine?: HTMLElement;
}

export function attachSearch({ input, list, filter, onQuery, dropdown = false, readingLine }: SearchOptions): { run: () => Promise<void> } {
  let seq = 0;
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];

  async function run(): Promise<void> {
    const q = input.value;
    const language = filter?.value ?? '';
    const mine = ++seq;
    onQuery?.(q);
    if (q.trim() === '') {
      list.replaceChildren();
      if (readingLine) readingLine.textContent = '';
      list.dataset.state = 'empty';
      if (dropdown) list.hidden = true;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    list.dataset.state = 'searching';
    if (dropdown) list.hidden = false;
    let results: Result[] = [];
    let nearest: Result[] = [];
    let more: (() => Promise<void>) | undefined;
    try {
      const exact = await exactResults(q, language);
      if (mine !== seq) return;
      if (readingLine) readingLine.textContent = exact.readingLine;
      results = exact.results;
      nearest = exact.others;
      const exactHits = results;
      if (exactHits.length === 0) results = await textResults(q, language, exact.reading, results);
      else
        more = async () => {
          const text = await textResults(q, language, exact.reading, exactHits).catch(() => []);
          if (mine !== seq) return;
          done([...exactHits, ...text], nearest);
        };
    } catch {
      // A failed full-text load still leaves the exact results on screen.
    }
    if (mine !== seq) return;
    done(results, nearest);
    if (more) appendMoreButton(list, () => void more());
  }

  function done(results: Result[], nearest: Result[]): void {
    renderResults(list, results, input.value, nearest);
    list.removeAttribute('aria-busy');
    list.dataset.state = 'done';
    list.dataset.query = input.value;
  }

  input.addEventListener('focus', preload, { once: true });
  input.addEventListener('input', () => void run());
  filter?.addEventListener('change', () => void run());
  (input as HTMLElement).addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links()[0]) {
      e.preventDefault();
      links()[0]!.focus();
    } else if (e.key === 'Enter' && !e.shiftKey && links()[0]) {
      e.preventDefault();
      links()[0]!.click();
    } else if (e.key === 'Escape') {
      input.value = '';
      void run();
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      all[Math.min(at + 1, all.length - 1)]!.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (at === 0) input.focus();
      else all[at - 1]!.focus();
    } else if (e.key === 'Escape') {
      input.focus();
      input.value = '';
      void run();
    }
  });
  return { run };
}

/** `/` anywhere outside a text field focuses the search box, as on most reference sites. */
export function focusOnSlash(input: HTMLInputElement | HTMLTextAreaElement): void {
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    e.preventDefault();
    input.focus();
  });
}
