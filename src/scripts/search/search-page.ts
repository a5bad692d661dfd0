// /search/: reads ?q= and &lang=, keeps the address bar in step as you type (shareable links; the back
// button returns to the page before), and shows results in #search-results.
import { attachSearch } from './attach-search.ts';

const input = document.querySelector<HTMLTextAreaElement>('#search-page-input')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const filter = document.querySelector<HTMLSelectElement>('#search-language')!;
const empty = document.querySelector<HTMLElement>('.search-empty')!;
const readingLine = document.querySelector<HTMLElement>('#search-reading')!;

function syncUrl(q: string): void {
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  if (filter.value) url.searchParams.set('lang', filter.value);
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
  empty.hidden = q.trim() !== '';
}

function readUrl(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  filter.value = params.get('lang') ?? '';
}

const { run } = attachSearch({ input, list, filter, onQuery: syncUrl, readingLine });
readUrl();
window.addEventListener('popstate', () => {
  readUrl();
  void run();
});
void run();
input.focus();
