import { readFileSync, statSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { kindOf } from '../../src/schema/entry-path.ts';
import { catalogue } from '../support/catalogue.ts';
import { expect, test } from './fixtures.ts';

// axe needs a browser and takes about a second a page, so it runs on one page of every template rather than
// on all of them (there are over a thousand, and the catalogue grows five-fold): pages of a template share
// their markup and styles. What varies with the content (headings, link text, alt text, ids) is checked on
// every built page by tests/dist/page-structure.check.ts.
const sizeOf = (path: string) => statSync(`dist${path}index.html`).size;
const largest = (paths: string[]) => paths.reduce((a, b) => (sizeOf(b) > sizeOf(a) ? b : a));
const sitemap = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const entryPath = (id: string) => `/${id}/`;
const byTemplate = new Map<string, string[]>();
for (const e of catalogue) {
  const key = `${e.data.language} ${kindOf(e.data)}`;
  byTemplate.set(key, [...(byTemplate.get(key) ?? []), entryPath(e.id)]);
}
const paths = [
  // One entry of each language and kind, the longest of each (most parts, tables, versions).
  ...[...byTemplate.values()].map(largest),
  ...sitemap.filter((p) => p.split('/').length === 3), // the home page and each language's index
  '/search/', '/python/hierarchy/', '/node/errors/', '/errno/',
  // An errno hub by name, by number, a resolver (getaddrinfo) hub, and the hub with the most sections.
  '/errno/ENOTUNIQ/', '/errno/104/', '/errno/EAI_NONAME/', largest(sitemap.filter((p) => /^\/errno\/E[A-Z]+\/$/.test(p))),
  '/404.html',
].filter((p, i, all) => all.indexOf(p) === i);

for (const path of paths) {
  test(`axe finds no violations in light and dark on ${path}`, async ({ page }) => {
    // The longest pages take axe a while on a busy 2-core machine.
    test.setTimeout(120_000);
    await page.goto(path);
    // Legacy mode runs axe in the page itself; the default opens a new page for every analysis.
    // Light: every rule. Dark: the rules a colour scheme can change (the structure is the same).
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // target-size (WCAG 2.2's 24px touch targets) is off in axe by default; readers on phones need it.
      const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ rules: { 'target-size': { enabled: true } } });
      const { violations } = await (scheme === 'light' ? axe : axe.withRules(['color-contrast', 'link-in-text-block'])).analyze();
      for (const v of violations) failures.push(`${scheme}: ${v.id} ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
    expect(failures).toEqual([]);
  });
}
