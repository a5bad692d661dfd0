import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';

// The accessibility rules that vary with a page's content, checked on every built page: axe runs in the
// browser on one page of each template (tests/e2e/accessibility.spec.ts), and these are what its content
// can still get wrong. Redirect pages (a refresh and a link) are skipped.
const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

function problemsOf(html: string): string[] {
  const { document } = parseHTML(html);
  const problems: string[] = [];
  if (!document.documentElement.getAttribute('lang')) problems.push('<html> has no lang');
  if (!document.querySelector('title')?.textContent?.trim()) problems.push('the page has no <title>');
  if (!document.querySelector('main')) problems.push('the page has no <main> landmark');
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const h1s = headings.filter((h) => h.tagName === 'H1').length;
  if (h1s !== 1) problems.push(`${h1s} <h1> elements, want one`);
  let level = 0;
  for (const h of headings) {
    const next = Number(h.tagName[1]);
    if (!h.textContent?.trim()) problems.push(`an empty <${h.tagName.toLowerCase()}>`);
    if (next > level + 1) problems.push(`<${h.tagName.toLowerCase()}> "${h.textContent?.trim().slice(0, 40)}" skips a level after <h${level}>`);
    level = next;
  }
  const seen = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) {
    if (seen.has(el.id)) problems.push(`id "${el.id}" is used twice`);
    seen.add(el.id);
  }
  for (const a of document.querySelectorAll('a[href]')) {
    const name = a.getAttribute('aria-label') ?? `${a.textContent ?? ''}${[...a.querySelectorAll('img[alt]')].map((i) => i.getAttribute('alt')).join('')}`;
    if (!name.trim()) problems.push(`a link to ${a.getAttribute('href')} has no text`);
  }
  for (const img of document.querySelectorAll('img:not([alt])')) problems.push(`<img src="${img.getAttribute('src')}"> has no alt`);
  for (const table of document.querySelectorAll('table')) if (!table.querySelector('th')) problems.push('a <table> has no header cells');
  return problems;
}

test('every built page has a language, a title, one h1, headings in order, unique ids, and named links and images', () => {
  const failures: string[] = [];
  for (const f of files) {
    const html = readFileSync(`dist/${f}`, 'utf8');
    if (html.includes('http-equiv="refresh"')) continue;
    for (const p of problemsOf(html)) failures.push(`dist/${f}: ${p}`);
  }
  assert.deepEqual(failures, []);
});
