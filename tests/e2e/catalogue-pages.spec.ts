import { catalogue } from '../support/catalogue.ts';
import { expect, test } from './fixtures.ts';

test('the Python index lists every Python entry with its summary', async ({ page }) => {
  await page.goto('/python/');
  await expect(page.locator('h1')).toHaveText('Python errors');
  for (const entry of catalogue.filter((e) => e.data.language === 'python')) {
    const card = page.locator(`a.entry-card[href="/${entry.id}/"]`);
    await expect(card, entry.id).toHaveCount(1);
    await expect(card).toContainText(entry.data.summary);
  }
});

test('the Python index groups entries under their parent class', async ({ page }) => {
  await page.goto('/python/');
  const group = page.locator('section.group', { has: page.locator('h2', { hasText: 'Subclasses of ConnectionError' }) });
  await expect(group.locator('a.entry-card[href="/python/ConnectionResetError/"]')).toHaveCount(1);
});

test('the home page says what errdex is and leads into the catalogue', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('main')).toContainText('Every reproduction runs');
  await page.locator('a.language-card', { hasText: 'Python' }).click();
  await expect(page).toHaveURL(/\/python\/$/);
});

test('an unknown address answers 404 with a page that helps', async ({ page }) => {
  const response = await page.goto('/python/NoSuchError/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('No entry at this address');
  await page.locator('main a', { hasText: 'All Python errors' }).click();
  await expect(page).toHaveURL(/\/python\/$/);
});
