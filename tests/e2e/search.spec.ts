import { loadSearchCases, rankOf } from '../../scripts/lib/search-cases.ts';
import { searchThroughPage } from '../../scripts/lib/search-page.ts';
import { expect, test } from './fixtures.ts';

test('typing ECONNRESET into the header box on any page shows the right result', async ({ page }) => {
  for (const path of ['/', '/python/KeyError/', '/errno/']) {
    await page.goto(path);
    await page.locator('#site-search-input').fill('ECONNRESET');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('a.result-link')).toHaveAttribute('href', '/errno/ECONNRESET/');
    await expect(first).toContainText('Exact');
  }
});

test('/ focuses the search box; arrow keys, Enter and Esc work', async ({ page }) => {
  await page.goto('/python/KeyError/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-input')).toBeFocused();
  await page.keyboard.type('econnreset');
  // Each keystroke searches; wait for the whole word's results (a prefix's, `econnrese`, may show the same
  // first link and then be replaced under the focus).
  await expect(page.locator('#search-results[data-state="done"]')).toHaveAttribute('data-query', 'econnreset');
  const links = page.locator('#search-results a.result-link');
  await expect(links.first()).toHaveAttribute('href', '/errno/ECONNRESET/');
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#site-search-input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#site-search-input')).toHaveValue('');
  await expect(page.locator('#search-results')).toBeHidden();
  await page.locator('#site-search-input').fill('BrokenPipeError');
  await expect(links.first()).toHaveAttribute('href', '/python/BrokenPipeError/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/python\/BrokenPipeError\/$/);
});

test('/search/?q= links work, the address follows the typing, and Back returns', async ({ page }) => {
  await page.goto('/python/');
  await page.goto('/search/?q=10054');
  await expect(page.locator('#search-page-input')).toHaveValue('10054');
  await expect(page.locator('#search-results > li a.result-link').first()).toHaveAttribute('href', '/errno/10054/');
  await page.locator('#search-page-input').fill('keyerror');
  await expect(page).toHaveURL(/\/search\/\?q=keyerror$/);
  await expect(page.locator('#search-results > li a.result-link').first()).toHaveAttribute('href', '/python/KeyError/');
  await page.goBack();
  await expect(page).toHaveURL(/\/python\/$/);
});

test('each result shows its link first, then summary, badges and an excerpt for full-text hits', async ({ page }) => {
  // Words that name no error: the exact layer has nothing, so the full text answers at once.
  await page.goto('/search/?q=load%20balancer');
  const first = page.locator('#search-results[data-state="done"] > li[data-match="text"]').first();
  await expect(first).toBeVisible();
  expect(await first.evaluate((li) => li.firstElementChild?.tagName)).toBe('A');
  await expect(first.locator('.result-summary')).not.toBeEmpty();
  await expect(first.locator('.result-excerpt mark').first()).toBeVisible();
});

test('the language filter narrows results', async ({ page }) => {
  await page.goto('/search/?q=ECONNREFUSED&lang=node');
  await expect(page.locator('#search-results[data-state="done"]')).toBeAttached();
  const hrefs = await page.locator('#search-results[data-state="done"] > li a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/node\//);
});

test('the empty search page helps: examples, languages and the errno table', async ({ page }) => {
  await page.goto('/search/');
  const empty = page.locator('.search-empty');
  await expect(empty).toBeVisible();
  await expect(empty.locator('a[href="/errno/"]')).toBeVisible();
  await expect(empty.locator('a[href="/python/"]')).toBeVisible();
});

test('hostile queries are shown as text and never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const payloads = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "javascript:alert(1)", '{{constructor.constructor("alert(1)")()}}', '${alert(1)}'];
  for (const q of payloads) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('#search-results[data-state="done"]')).toBeAttached();
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    await page.goto('/');
    await page.locator('#site-search-input').fill(q);
    await expect(page.locator('#search-results[data-state="done"]')).toBeAttached();
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
  }
  await page.goto(`/search/?q=${encodeURIComponent('<b>zzqqzz</b>')}`);
  await expect(page.locator('#search-results .result-none q')).toHaveText('<b>zzqqzz</b>');
  expect(dialogs).toBe(0);
});

test('an OpenSearch description lets a browser add errdex', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', '/opensearch.xml');
  const xml = await (await request.get('/opensearch.xml')).text();
  expect(xml).toContain('template="https://errdex.dev/search/?q={searchTerms}"');
});

const { cases, from } = loadSearchCases();
test(`every benchmark case ranks a right page first through /search/ (${cases.length} cases from ${from})`, async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const misses: string[] = [];
  for (const c of cases) {
    const results = await searchThroughPage(page, baseURL!, c.q);
    const rank = rankOf(results, c.accept);
    if (rank !== 1) misses.push(`${JSON.stringify(c.q)} ranked ${rank || 'nowhere'} (first: ${results[0] ?? 'none'})`);
  }
  expect(misses).toEqual([]);
});

test('the page says how it read a paste, above the results (issue 12)', async ({ page }) => {
  const traceback = "2024-01-02 10:00:00 ERROR Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    requests.get(url)\nrequests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8080): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))";
  await page.goto(`/search/?q=${encodeURIComponent(traceback)}`);
  await expect(page.locator('#search-results[data-state="done"]')).toBeAttached();
  await expect(page.locator('#search-reading')).toHaveText(/^Read as: Python · requests\.exceptions\.ConnectionError, caused by ConnectionRefusedError ECONNREFUSED \[Errno 111\] on Linux/);
  await expect(page.locator('#search-reading')).toContainText('ignored timestamps');
  // The wrapper's page first, which tells the reader to read the chain; the root cause's page next (issue 15).
  const links = page.locator('#search-results > li a.result-link');
  await expect(links.first()).toHaveAttribute('href', '/python/requests.exceptions.ConnectionError/');
  await expect(links.nth(1)).toHaveAttribute('href', '/python/ConnectionRefusedError/');
});

test('a JavaScript paste never lands on a Python page; the nearest pages are offered apart from the results', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent("Uncaught TypeError: Cannot read properties of undefined (reading 'map')\n    at App (main.3f2a.js:1:2044)")}`);
  await expect(page.locator('#search-results[data-state="done"]')).toBeAttached();
  await expect(page.locator('#search-reading')).toHaveText(/^Read as: JavaScript · TypeError/);
  const hrefs = await page.locator('#search-results > li > a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const h of hrefs) expect(h).not.toMatch(/^\/python\//);
});

test('another language’s errno error lands on the errno hub (a Go dial error)', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('panic: dial tcp 127.0.0.1:5432: connect: connection refused')}`);
  await expect(page.locator('#search-reading')).toHaveText(/^Read as: Go/);
  await expect(page.locator('#search-results > li a.result-link').first()).toHaveAttribute('href', '/errno/ECONNREFUSED/#go');
});

test('a search the exact layer answers fetches its core and shards, and no full text until the reader asks for more', async ({ page }) => {
  const fullText: string[] = [];
  const exact: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/')) fullText.push(r.url());
    if (path.startsWith('/search/') && path.endsWith('.json')) exact.push(path);
    if (path === '/search-data.json') exact.push(path);
  });
  await page.goto('/search/?q=ECONNRESET');
  const results = page.locator('#search-results[data-state="done"]');
  await expect(results.locator('> li a.result-link').first()).toHaveAttribute('href', '/errno/ECONNRESET/');
  await expect(results.locator('> li a.result-link[href="/node/ECONNRESET/"]')).toHaveCount(1);
  expect(fullText, 'Pagefind stays unloaded while the exact hits answer').toEqual([]);
  expect(exact[0]).toBe('/search/core.json');
  expect(exact.slice(1).length, `shards fetched: ${exact.join(' ')}`).toBeGreaterThan(0);
  for (const path of exact.slice(1)) expect(path, 'only shards, never the whole data').toMatch(/^\/search\/\d+\.json$/);
  await results.locator('.result-more-button').click();
  await expect(page.locator('#search-results[data-state="done"] > li[data-match="text"]').first()).toBeVisible();
  expect(fullText.length).toBeGreaterThan(0);
  await expect(page.locator('.result-more-button')).toHaveCount(0);
});

test('a message pasted without its class is matched against every page: the search fetches all entries', async ({ page }) => {
  const exact: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/search/') && path.endsWith('.json')) exact.push(path);
  });
  await page.goto(`/search/?q=${encodeURIComponent('list index out of range')}`);
  await expect(page.locator('#search-results[data-state="done"] > li a.result-link').first()).toHaveAttribute('href', /^\/python\/IndexError\//);
  expect(exact).toContain('/search/entries.json');
});
