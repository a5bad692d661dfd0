import { browserRunnable } from '../../src/lib/browser-safety.ts';
import { catalogue } from '../support/catalogue.ts';
import { expect, test } from './fixtures.ts';

// The first reproduction the page may run in the browser, and the first one it must not.
const pick = (inBrowser: boolean) =>
  catalogue.flatMap((e) => e.snippets.map((s) => ({ entry: e, s }))).find(({ s }) => s.expect.kind === 'raises' && s.lang === 'python' && browserRunnable('python', s.code, s.expect, '').ok === inBrowser);
const safe = pick(true);
const osBound = pick(false);

test('an OS-dependent reproduction shows captured output and no Run button', async ({ page }) => {
  expect(osBound, 'the catalogue needs an OS-dependent reproduction').toBeDefined();
  await page.goto(`/${osBound!.entry.id}/`);
  const fig = page.locator('#reproduce figure.snippet[data-browser-run="no"]').first();
  await expect(fig.locator('[data-snippet-output]')).toContainText(/CPython|Error/);
  await expect(fig.locator('.snippet-output-label')).toContainText(/captured from CPython 3\.\d+\.\d+ · Linux/);
  await expect(fig.locator('[data-action="run"]')).toHaveCount(0);
  await expect(fig.locator('[data-action="copy-command"]')).toBeVisible();
});

test.describe('running Python in the page', () => {
  test.setTimeout(90_000);
  test.beforeEach(() => expect(safe, 'the catalogue needs a reproduction that runs in the browser').toBeDefined());

  test('Run shows the traceback the snippet raises', async ({ page }) => {
    await page.goto(`/${safe!.entry.id}/`);
    const fig = page.locator(`figure.snippet[data-browser-run="yes"][data-snippet-expect^="raises:"]`).first();
    await fig.locator('[data-action="run"]').click();
    const expectName = safe!.s.expect.kind === 'raises' ? safe!.s.expect.name : '';
    await expect(fig.locator('.snippet-run-output')).toContainText(`${expectName}`, { timeout: 60_000 });
    await expect(fig.locator('.snippet-run-output')).toContainText('Traceback (most recent call last)');
    await expect(fig.locator('.snippet-run-status')).toHaveText(`Raised ${expectName}.`);
  });

  test('an endless loop is stopped by the timeout and the page stays responsive; Stop and Reset work', async ({ page }) => {
    await page.goto(`/${safe!.entry.id}/`);
    const fig = page.locator('figure.snippet[data-browser-run="yes"]').first();
    const code = fig.locator('pre.snippet-code code');
    const original = await code.textContent();
    await code.fill('while True:\n    pass\n');
    await fig.locator('[data-action="run"]').click();
    await expect(fig.locator('.snippet-run-status')).toHaveText('Running…', { timeout: 60_000 });
    // The loop runs in a worker: the page still answers clicks and scripts while it spins.
    const started = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(fig.locator('.snippet-run-status')).toHaveText(/Stopped after 10 s/, { timeout: 20_000 });

    await fig.locator('[data-action="run"]').click();
    await expect(fig.locator('.snippet-run-status')).toHaveText('Running…', { timeout: 60_000 });
    await fig.locator('[data-action="stop"]').click();
    await expect(fig.locator('.snippet-run-status')).toHaveText('Stopped.');
    await fig.locator('[data-action="reset"]').click();
    await expect(code).toHaveText(original!);
  });
});

test('Copy puts the snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const entry = catalogue[0]!;
  await page.goto(`/${entry.id}/`);
  const fig = page.locator('#reproduce figure.snippet').first();
  await fig.locator('[data-action="copy"]').click();
  await expect(fig.locator('[data-action="copy"]')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry.snippets.find((s) => s.part === 'reproduce')!.code);
});

test('under the first capture, each version whose output differs is shown with its label', async ({ page }) => {
  const { readSnapshots } = await import('../../src/snippets/snapshot-files.ts');
  const { differingVersions } = await import('../../src/lib/snapshot-format.ts');
  // The first snippet in the catalogue that another version prints differently (3.10 has no carets).
  let found: { id: string; index: number; versions: string[] } | undefined;
  for (const entry of catalogue) {
    const snaps = await readSnapshots(process.cwd(), entry.id);
    const index = snaps?.snippets.findIndex((s) => differingVersions(s).length > 0) ?? -1;
    if (snaps && index !== -1) {
      found = { id: entry.id, index, versions: differingVersions(snaps.snippets[index]!)[0]!.versions.map((v) => v.version) };
      break;
    }
  }
  expect(found, 'some snippet prints differently on another version').toBeDefined();
  await page.goto(`/${found!.id}/`);
  const block = page.locator(`.snippet-version[data-snippet-versions="${found!.versions.join(' ')}"]`).first();
  await expect(block.locator('.snippet-output-label')).toContainText(/^(Python|Node\.js) [\d.]+(, [\d.]+)*( and [\d.]+)? prints?/);
  await expect(block.locator('.snippet-output-label')).toContainText(/captured from (CPython|Node\.js) /);
  await expect(block.locator('[data-snippet-version-output]')).not.toBeEmpty();
});
