import { loadErrnoTable } from '../../src/errno/load-errno-table.ts';
import { catalogue } from '../support/catalogue.ts';
import { expect, test } from './fixtures.ts';

const table = loadErrnoTable(process.cwd()).table!;

test('every symbol python3 knows has a page with its Linux, macOS and Windows numbers', async ({ request }) => {
  for (const row of table.rows) {
    const res = await request.get(`/errno/${row.symbol}/`);
    expect(res.status(), row.symbol).toBe(200);
    const html = await res.text();
    const cells = [...html.matchAll(/<th scope="row">([^<]+)<\/th>\s*<td>(?:<a [^>]*>)?(-?\d+|—)/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(cells, row.symbol).toContain(`Linux=${row.linux.number}`);
    expect(cells, row.symbol).toContain(`macOS=${row.macos?.number ?? '—'}`);
    expect(cells, row.symbol).toContain(`Windows Sockets=${row.windows.wsa?.code ?? '—'}`);
    expect(html, row.symbol).toContain(`<code>${row.python}</code>`);
  }
});

test('a symbol page links to the Python exception CPython maps it to, and the entry links back', async ({ page }) => {
  await page.goto('/errno/ECONNRESET/');
  await expect(page.locator('h1')).toHaveText('ECONNRESET');
  await page.locator('#python a', { hasText: 'ConnectionResetError' }).click();
  await expect(page).toHaveURL(/\/python\/ConnectionResetError\/$/);
  await page.locator('.badge-errno a', { hasText: 'ECONNRESET' }).click();
  await expect(page).toHaveURL(/\/errno\/ECONNRESET\/$/);
});

test('every entry that names an errno symbol is listed on that symbol page', async ({ request }) => {
  for (const entry of catalogue) {
    for (const symbol of entry.data.errno) {
      // EWOULDBLOCK is listed on EAGAIN's page; the resolver's EAI_NONAME and EAI_AGAIN have hubs of their own.
      const canonical = table.bySymbol.get(symbol)?.symbol ?? symbol;
      const html = await (await request.get(`/errno/${canonical}/`)).text();
      expect(html, `${symbol} lists ${entry.id}`).toContain(`href="/${entry.id}/"`);
    }
  }
});

test('/errno/54/ names ECONNRESET on macOS and EXFULL on Linux, Linux first', async ({ page }) => {
  await page.goto('/errno/54/');
  const items = page.locator('ol.number-meanings > li');
  await expect(items.nth(0)).toContainText('Linux errno');
  await expect(items.nth(0)).toContainText('EXFULL');
  await expect(items.nth(1)).toContainText('macOS errno');
  await expect(items.nth(1)).toContainText('ECONNRESET');
});

test('/errno/10054/ names WSAECONNRESET, and Node numbers have pages too', async ({ page }) => {
  await page.goto('/errno/10054/');
  await expect(page.locator('ol.number-meanings')).toContainText('WSAECONNRESET');
  await page.goto('/errno/-4077/');
  await expect(page.locator('ol.number-meanings')).toContainText('Node.js err.errno on Windows');
  await expect(page.locator('ol.number-meanings')).toContainText('ECONNRESET');
});

test('alias spellings lead to the canonical symbol page', async ({ page }) => {
  await page.goto('/errno/WSAECONNRESET/');
  await expect(page).toHaveURL(/\/errno\/ECONNRESET\/$/);
  await page.goto('/errno/EWOULDBLOCK/');
  await expect(page).toHaveURL(/\/errno\/EAGAIN\/$/);
});

test('the errno table filters by number exactly, and by platform', async ({ page }) => {
  await page.goto('/errno/');
  const visible = page.locator('.errno-table tbody tr:not([hidden])');
  await expect(visible).toHaveCount(table.rows.length);
  await page.getByLabel('Filter', { exact: true }).fill('104');
  // 104 is ECONNRESET on Linux, ENOTRECOVERABLE on macOS and EBADMSG in the Windows C runtime; never 1040.
  await expect(visible.locator('th')).toHaveText(['EBADMSG', 'ECONNRESET', 'ENOTRECOVERABLE'].sort((a, b) => rowIndex(a) - rowIndex(b)));
  await page.getByLabel('Filter', { exact: true }).fill('');
  await page.getByLabel('Platform').selectOption('macos');
  await expect(visible).toHaveCount(table.rows.filter((r) => r.macos).length);
});

test('the errno table is complete with JavaScript off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/errno/');
  await expect(page.locator('.errno-table tbody tr')).toHaveCount(table.rows.length);
  await expect(page.locator('form.errno-filter')).toBeHidden();
  await context.close();
});

function rowIndex(symbol: string): number {
  return table.rows.findIndex((r) => r.symbol === symbol);
}
