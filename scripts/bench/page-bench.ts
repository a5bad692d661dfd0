import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from '@playwright/test';
import { stat, type Stat } from './stats.ts';

const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);

const gzipLevel9 = (text: string) => gzipSync(text, { level: 9 }).length;
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** A stylesheet holds back the first paint unless its media cannot match a screen (`print`). */
function blocksPaint(link: string): boolean {
  const media = attr(link, 'media')?.trim().toLowerCase();
  return !link.includes(' disabled') && (media === undefined || media === '' || !/^(only\s+)?print$/.test(media));
}

/**
 * What a reader's browser must fetch to paint a page, compressed: the HTML (with any inline <style> and
 * <script>, which paint needs and ship inside it) and every stylesheet or classic script that blocks the
 * first paint. A stylesheet anywhere in the page counts (one in <body> holds back what follows it), unless
 * its media is print; module, async and deferred scripts never block.
 */
export function renderWeight(dist: string, pagePath: string): { gzip: number; brotli: number; requests: number; blocking: string[]; inlineStyle: { raw: number; gzip: number } } {
  const html = `${dist}${pagePath}index.html`;
  const text = readFileSync(html, 'utf8');
  const head = text.slice(0, text.indexOf('</head>'));
  const styles = [...text.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((l) => /\srel="stylesheet"/.test(l) && blocksPaint(l)).map((l) => attr(l, 'href')!);
  // Classic scripts in <head> without async/defer stop the parser; module scripts are deferred.
  const blockingScripts = [...head.matchAll(/<script(?![^>]*\b(?:type="module"|async|defer))[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const files = [html, ...styles.map((s) => `${dist}${s}`), ...blockingScripts.map((s) => `${dist}${s}`)];
  // What the inline CSS adds to this page's gzip: the bytes every page pays for not sharing a cached stylesheet.
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const withoutCss = inlineCss.reduce((t, css) => t.replace(css, ''), text);
  return {
    gzip: files.reduce((n, f) => n + (size(`${f}.gz`) || size(f)), 0),
    brotli: files.reduce((n, f) => n + (size(`${f}.br`) || size(f)), 0),
    requests: files.length,
    blocking: [...styles, ...blockingScripts],
    inlineStyle: { raw: inlineCss.reduce((n, c) => n + Buffer.byteLength(c), 0), gzip: inlineCss.length ? gzipLevel9(text) - gzipLevel9(withoutCss) : 0 },
  };
}

/** Every entry page of a build (the pages whose <main> holds an entry article), as site paths. */
export function entryPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && /^(python|javascript|node)\//.test(f))
    .filter((f) => readFileSync(`${dist}/${f}`, 'utf8').includes('<article class="entry'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort();
}

/** The paint weight of every entry page: the budget holds only if it holds for each of them. */
export function entryPaintWeights(dist: string, budgetBytes: number) {
  const pages = entryPages(dist).map((p) => ({ page: p, ...renderWeight(dist, p) })).sort((a, b) => a.gzip - b.gzip);
  const over = pages.filter((p) => p.gzip > budgetBytes);
  return { count: pages.length, median: pages[Math.floor(pages.length / 2)]!, longest: pages.at(-1)!, over: over.map((p) => ({ page: p.page, gzip: p.gzip })) };
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

/**
 * A search the exact layer has no page for, so the full text answers: cold (Pagefind's code, index and the
 * fragments of the hits shown), from the header box of an entry page.
 */
export function fullTextBench(browser: Browser, base: string, runs: number, query: string): Promise<InteractionFigures> {
  return coldAndWarm(browser, `${base}/python/KeyError/`, runs, 0, (page) => keystrokeToResult(page, query, 'focus'));
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
