import { expect, test } from './fixtures.ts';

// What scripts add after the first paint (search results, the errno filter, snippet buttons, the theme
// button) must not push what a reader is already looking at. Measured as the browser's own layout-shift
// score, on a phone-sized screen where shifts show most.
const pages = {
  'search results for a query in the URL': { path: '/search/?q=ECONNRESET', ready: '#search-results li' },
  'the errno table with its filter': { path: '/errno/', ready: 'form.errno-filter output:not(:empty)' },
  'an entry with runnable snippets': { path: '/python/KeyError/', ready: '.snippet [data-action="run"]' },
  'the home page': { path: '/', ready: '.theme-toggle[data-showing]' },
};

for (const [name, { path, ready }] of Object.entries(pages)) {
  test(`nothing shifts once scripts run: ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          // Two frames later every shift so far has been reported.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });
}
