// The search box in every page's header, with results dropping down under it.
import { attachSearch, focusOnSlash } from './attach-search.ts';

const form = document.querySelector<HTMLFormElement>('form.site-search');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const list = form?.querySelector<HTMLOListElement>('ol.search-results');
if (form && input) {
  focusOnSlash(input);
  if (list) {
    attachSearch({ input, list, dropdown: true });
    // Close the dropdown when focus leaves the search form.
    form.addEventListener('focusout', (e) => {
      if (!form.contains(e.relatedTarget as Node)) list.hidden = true;
    });
    input.addEventListener('focus', () => {
      if (list.children.length > 0) list.hidden = false;
    });
  }
}
