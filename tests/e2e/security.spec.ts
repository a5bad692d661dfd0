import { test as base } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const pageKinds = ['/', '/python/', '/python/KeyError/', '/python/hierarchy/', '/errno/', '/errno/ECONNRESET/', '/errno/104/', '/search/?q=ECONNRESET', '/404.html'];

test('every kind of page carries a strict policy: no inline script without its hash, nothing from other origins', async ({ page }) => {
  for (const path of pageKinds) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toMatch(/default-src 'self'/);
    expect(csp, path).toMatch(/connect-src 'self'/);
    expect(csp, path).toMatch(/worker-src 'self'/);
    expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
  }
});

test('an entry page is styled by its inline stylesheet, which its policy allows, without fetching one', async ({ page }) => {
  // The fixture fails the test on a policy violation, which a <style> without its hash would log.
  const stylesheets: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'stylesheet') stylesheets.push(req.url());
  });
  await page.goto('/python/KeyError/');
  expect(stylesheets).toEqual([]);
  await expect(page.locator('.site-header-inner')).toHaveCSS('display', 'flex');
  await expect(page.locator('figure.snippet').first()).toHaveCSS('border-top-style', 'solid');
});

test('the host headers refuse framing, and allow wasm only for the Pyodide worker', async ({ request }) => {
  const res = await request.get('/python/KeyError/');
  expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const headers = await (await request.get('/_headers')).text();
  expect(headers).toMatch(/\/_astro\/pyodide-worker\*\n\s+Content-Security-Policy: .*'wasm-unsafe-eval'/);
  expect(headers.split('wasm-unsafe-eval').length).toBe(2);
});

// Uses the plain test: the violation this provokes is the point, not a failure of the page.
base('the policy blocks a script injected into the page', async ({ page, baseURL }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${baseURL}/python/KeyError/`);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
});

test('searching and running a snippet cause no policy violation and no request to another origin', async ({ page }) => {
  // The fixture fails the test on any console error (violations are reported there) or off-origin request.
  await page.goto('/');
  await page.locator('#site-search-input').fill('keyerror');
  await expect(page.locator('#search-results[data-state="done"]')).toBeAttached();
  await page.goto('/python/KeyError/');
  const fig = page.locator('#reproduce figure.snippet[data-browser-run="yes"]').first();
  await fig.locator('[data-action="run"]').click();
  await expect(fig.locator('.snippet-run-status')).toHaveText('Raised KeyError.', { timeout: 60_000 });
});

test.describe('a snippet run in the page is contained', () => {
  test.setTimeout(120_000);
  const run = async (page: import('@playwright/test').Page, code: string) => {
    await page.goto('/python/KeyError/');
    const fig = page.locator('figure.snippet[data-browser-run="yes"]').first();
    await fig.locator('pre.snippet-code code').fill(code);
    await fig.locator('[data-action="run"]').click();
    return fig;
  };

  test('a flood of output is cut off and reported', async ({ page }) => {
    const fig = await run(page, 'while True:\n    print("x" * 100)\n');
    await expect(fig.locator('.snippet-run-status')).toHaveText('Stopped: the snippet printed more than 64 KB.', { timeout: 60_000 });
    expect((await fig.locator('.snippet-run-output').textContent())!.length).toBeLessThanOrEqual(70_000);
  });

  test('unbounded allocation ends in an error or the timeout, and the page keeps working', async ({ page }) => {
    const fig = await run(page, 'blocks = []\nwhile True:\n    blocks.append(bytearray(50_000_000))\n');
    await expect(fig.locator('.snippet-run-status')).toHaveText(/Raised MemoryError\.|Stopped after 10 s|could not run/, { timeout: 60_000 });
    expect(await page.evaluate(() => document.title)).toContain('KeyError');
  });

  test('reaching for the network gets an error, not a request', async ({ page }) => {
    const fig = await run(page, 'import js\njs.fetch("https://example.com/")\n');
    await expect(fig.locator('.snippet-run-status')).toHaveText(/Raised \w+\./, { timeout: 60_000 });
    await expect(fig.locator('.snippet-run-output')).toContainText('without network access');
  });
});
