import { headingOf, kindOf, reproducesByPrinting } from '../../src/schema/entry-path.ts';
import { parts } from '../../src/schema/parts.ts';
import { catalogue } from '../support/catalogue.ts';
import { expect, test } from './fixtures.ts';

const required = parts.filter((p) => p.required).map((p) => p.id);

// tests/dist/entry-pages.check.ts reads every entry page's HTML; here one page of each language and kind
// is opened in a real browser: it renders there as built, with no console error and no off-origin request.
const samples = [...new Map(catalogue.map((e) => [`${e.data.language} ${kindOf(e.data)}`, e])).values()];

for (const entry of samples) {
  test(`${entry.id} (${kindOf(entry.data)}) renders every part in order, with stable ids, and every snippet with its captured output`, async ({ page }) => {
    const response = await page.goto(`/${entry.id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(headingOf(entry.data));
    await expect(page.locator('.entry-summary')).toHaveText(entry.data.summary);
    const ids = await page.locator('article section.part').evaluateAll((els) => els.map((e) => e.id));
    for (const id of required) expect(ids, `#${id} on ${entry.id}`).toContain(id);
    // The guide's order: each part present appears after the ones before it.
    const order = parts.map((p) => p.id).filter((id) => ids.includes(id));
    expect(ids).toEqual(order);
    for (const id of ids) await expect(page.locator(`#${id} h2 a.anchor`)).toHaveAttribute('href', `#${id}`);
    const reproduction = reproducesByPrinting(entry.data) ? '#reproduce [data-snippet-expect]' : '#reproduce [data-snippet-expect^="raises:"]';
    await expect(page.locator(reproduction).first()).toBeVisible();
    // Every snippet carries the contract attributes and the output captured from its run.
    const figures = page.locator('figure.snippet');
    await expect(figures).toHaveCount(entry.snippets.length);
    for (const [i, s] of entry.snippets.entries()) {
      const fig = figures.nth(i);
      await expect(fig).toHaveAttribute('data-snippet-lang', s.lang === 'js' ? 'node' : 'python');
      await expect(fig.locator('code').first()).toHaveText(s.code);
      if (s.expect.kind !== 'norun') await expect(fig.locator('[data-snippet-output]').first(), `snippet ${i + 1} on ${entry.id}`).not.toBeEmpty();
    }
  });
}

test('the messages table shows each platform with its number', async ({ page }) => {
  await page.goto('/python/ConnectionResetError/');
  const rows = page.locator('#messages tbody tr');
  await expect(rows.filter({ hasText: 'Linux' })).toContainText('[Errno 104]');
  await expect(rows.filter({ hasText: 'macOS' })).toContainText('[Errno 54]');
  await expect(rows.filter({ hasText: 'Windows' })).toContainText('[WinError 10054]');
});

test('a #fixes link lands on the fixes', async ({ page }) => {
  await page.goto('/python/ConnectionResetError/#fixes');
  await expect(page.locator('#fixes h2')).toBeInViewport();
});

test('related links lead to existing entries', async ({ page }) => {
  await page.goto('/python/ConnectionResetError/');
  const links = await page.locator('#related a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
});

test('an entry reads fully with JavaScript off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/python/ConnectionResetError/');
  for (const id of required) await expect(page.locator(`#${id}`)).toBeVisible();
  await context.close();
});

test('an entry fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/python/ConnectionResetError/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
