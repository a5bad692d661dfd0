import type { Page } from '@playwright/test';

/** Opens /search/?q= and returns the result links once both search layers have answered. */
export async function searchThroughPage(page: Page, base: string, q: string): Promise<string[]> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  const list = page.locator('#search-results[data-state="done"]');
  await list.waitFor({ timeout: 15_000 });
  return list.locator(':scope > li > a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}
