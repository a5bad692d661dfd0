import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

// Every page in the sitemap (and the 404 page), split into slices so both workers share the work.
const paths = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).concat('/404.html');
const slices = 8;

for (let s = 0; s < slices; s++) {
  test(`axe finds no violations in light and dark, pages ${s + 1} of ${slices}`, async ({ page }) => {
    test.setTimeout(600_000);
    const failures: string[] = [];
    for (const path of paths.filter((_, i) => i % slices === s)) {
      await page.goto(path);
      // Legacy mode runs axe in the page itself; the default opens a new page for every analysis.
      // Light: every rule. Dark: the rules a colour scheme can change (the structure is the same).
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // target-size (WCAG 2.2's 24px touch targets) is off in axe by default; readers on phones need it.
        const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ rules: { 'target-size': { enabled: true } } });
        const { violations } = await (scheme === 'light' ? axe : axe.withRules(['color-contrast', 'link-in-text-block'])).analyze();
        for (const v of violations) failures.push(`${path} (${scheme}): ${v.id} ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
}
