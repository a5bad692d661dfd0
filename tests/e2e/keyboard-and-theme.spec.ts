import { expect, test } from './fixtures.ts';

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/python/ConnectionResetError/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('focus is visible on links, buttons and the search box', async ({ page }) => {
  await page.goto('/python/ConnectionResetError/');
  for (const selector of ['#site-search-input', '.theme-toggle', 'nav.on-this-page a']) {
    const el = page.locator(selector).first();
    await el.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await el.evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(outline, selector).not.toBe('none');
  }
});

test('the theme toggle switches the scheme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.locator('.theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await bg();
  expect(dark).not.toBe(light);
  await page.goto('/errno/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).toBe(dark);
  await page.locator('.theme-toggle').click();
  await page.reload();
  expect(await bg()).toBe(light);
});

test('entries link to their source file and a prefilled problem report', async ({ page }) => {
  await page.goto('/python/ConnectionResetError/');
  await expect(page.locator('.entry-footer a', { hasText: 'Edit this entry' })).toHaveAttribute('href', /\/edit\/main\/content\/errors\/python\/ConnectionResetError\.mdx$/);
  const report = await page.locator('.entry-footer a', { hasText: 'Report a problem' }).getAttribute('href');
  const url = new URL(report!);
  expect(url.searchParams.get('title')).toBe('python/ConnectionResetError: ');
  expect(url.searchParams.get('body')).toContain('/python/ConnectionResetError/');
});

test('every page carries a canonical link and preview tags with its summary', async ({ page }) => {
  await page.goto('/python/ConnectionResetError/');
  const summary = (await page.locator('.entry-summary').textContent())!.trim();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/python\/ConnectionResetError\/$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', summary);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', summary);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /ConnectionResetError/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
});
