import { readFileSync, statSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from '@playwright/test';
import { stat, type Stat } from './stats.ts';

const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);

/** What a reader's browser must fetch to paint an entry page: the HTML and its stylesheets, compressed. */
export function renderWeight(dist: string, pagePath: string): { gzip: number; brotli: number; requests: number; blocking: string[] } {
  const html = `${dist}${pagePath}index.html`;
  const text = readFileSync(html, 'utf8');
  const head = text.slice(0, text.indexOf('</head>'));
  // Stylesheets in any attribute order (Starlight's too); a print stylesheet does not hold up the screen.
  const styles = [...head.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel="stylesheet"/.test(tag) && !/\bmedia="print"/.test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)![1]!);
  // Classic scripts in <head> without async/defer stop the parser; module scripts are deferred.
  const blockingScripts = [...head.matchAll(/<script(?![^>]*\b(?:type="module"|async|defer))[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const files = [html, ...styles.map((s) => `${dist}${s}`), ...blockingScripts.map((s) => `${dist}${s}`)];
  return {
    gzip: files.reduce((n, f) => n + (size(`${f}.gz`) || size(f)), 0),
    brotli: files.reduce((n, f) => n + (size(`${f}.br`) || size(f)), 0),
    requests: files.length,
    blocking: [...styles, ...blockingScripts],
  };
}

/** The exact search layer's data file, as stored and as a host sends it compressed. */
export function searchDataWeight(dist: string): { raw: number; gzip: number; brotli: number } {
  const file = `${dist}/search-data.json`;
  return { raw: size(file), gzip: size(`${file}.gz`), brotli: size(`${file}.br`) };
}

/** Bytes one finished request took on the wire: headers and the body as sent (compressed). */
export async function transferredBytes(req: Request): Promise<number> {
  const sizes = await req.sizes().catch(() => undefined);
  if (!sizes) return 0;
  if (sizes.responseBodySize > 0) return sizes.responseBodySize + sizes.responseHeadersSize;
  // Chromium reports no body size for a worker's script (Pagefind's pagefind-worker.js); compress the body
  // again the way the precompressed copy was made (brotli 6, gzip 9, both builds' settings for such files).
  const response = await req.response();
  const body = await response?.body().catch(() => undefined);
  if (!body?.length) return sizes.responseHeadersSize;
  const encoding = response!.headers()['content-encoding'];
  const sent = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }).length : encoding === 'gzip' ? gzipSync(body, { level: 9 }).length : body.length;
  return sent + sizes.responseHeadersSize;
}

/** Bytes the page fetched (as transferred) while `action` ran. */
async function bytesDuring(page: Page, action: () => Promise<void>): Promise<number> {
  let bytes = 0;
  const onDone = async (req: Request) => {
    bytes += await transferredBytes(req);
  };
  page.on('requestfinished', onDone);
  await action();
  await page.waitForTimeout(200);
  page.off('requestfinished', onDone);
  return bytes;
}

/**
 * Milliseconds from the query landing in the header search box (one input event, as a paste or the last
 * keystroke of a word) to the first result on screen.
 */
async function keystrokeToResult(page: Page, query: string, from: 'focus' | 'input'): Promise<number> {
  await page.evaluate((from) => {
    const w = window as unknown as { __t0?: number; __t1?: number };
    w.__t0 = undefined;
    w.__t1 = undefined;
    // Capture phase on the window: runs before the search box's own listener can render anything.
    // Cold, the clock starts when the box gets focus (which starts loading search): a reader who clicks and
    // pastes at once waits for all of it.
    window.addEventListener(from, () => (w.__t0 ??= performance.now()), { once: true, capture: true });
    const list = document.querySelector('#search-results')!;
    new MutationObserver((_, obs) => {
      if (list.querySelector('li a.result-link')) {
        w.__t1 = performance.now();
        obs.disconnect();
      }
    }).observe(list, { childList: true, subtree: true });
  }, from);
  await page.locator('#site-search-input').focus();
  await page.keyboard.insertText(query);
  await page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined, undefined, { timeout: 15_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    return w.__t1 - w.__t0;
  });
}

/** Cold and warm timings of one interaction, and the bytes the cold one fetched. */
export interface InteractionFigures {
  cold: Stat;
  warm: Stat;
  coldBytes: Stat;
}

/**
 * Opens a fresh page `runs` times; on each, times `measure` once cold (nothing loaded yet, counting the bytes
 * it fetches) and `warmRuns` more times warm.
 */
async function coldAndWarm(browser: Browser, url: string, runs: number, warmRuns: number, measure: (page: Page, i: number) => Promise<number>): Promise<InteractionFigures> {
  const cold: number[] = [];
  const warm: number[] = [];
  const coldBytes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    let ms = 0;
    coldBytes.push(await bytesDuring(page, async () => void (ms = await measure(page, 0))));
    cold.push(ms);
    for (let w = 1; w <= warmRuns; w++) warm.push(await measure(page, w));
    await context.close();
  }
  return { cold: stat(cold), warm: stat(warm), coldBytes: stat(coldBytes) };
}

/** Search timings: cold (a fresh page, nothing loaded) and warm (the same page, another query). */
export function searchBench(browser: Browser, base: string, runs: number, pagePath = '/python/KeyError/'): Promise<InteractionFigures> {
  const queries = ['ECONNRESET', 'BrokenPipeError', 'keyerror'];
  return coldAndWarm(browser, `${base}${pagePath}`, runs, 2, async (page, i) => {
    if (i > 0) await page.locator('#site-search-input').fill('');
    return keystrokeToResult(page, queries[i]!, i === 0 ? 'focus' : 'input');
  });
}

/** Run in the page: first click (Pyodide loads) and further clicks, until the result shows. */
export function runBench(browser: Browser, base: string, runs: number): Promise<InteractionFigures> {
  return coldAndWarm(browser, `${base}/python/KeyError/`, runs, 2, async (page) => {
    const fig = page.locator('#reproduce figure.snippet[data-browser-run="yes"]').first();
    const t0 = Date.now();
    await fig.locator('[data-action="run"]').click();
    await fig.locator('.snippet-run-status', { hasText: /Raised \w+\./ }).waitFor({ timeout: 60_000 });
    return Date.now() - t0;
  });
}
