// The Starlight baseline (issue 19): the same synthetic entries built as an out-of-the-box Starlight docs
// site, its output compressed as a host would send it, and its search timed in Chromium. Starlight is
// installed by the bench into a cache folder under the system temp dir; the project's node_modules stay as
// they are.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { parse } from 'yaml';
import { syntheticEntries } from './build-bench.ts';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { renderWeight, searchBench, transferredBytes, type InteractionFigures } from './page-bench.ts';
import { stat, type Stat } from './stats.ts';

/** The newest Starlight on the registry on 2026-12-02 (`npm view @astrojs/starlight version`). */
export const starlightVersion = '0.42.4';
// The project's own Astro (7.3.5 today, inside Starlight's peer range ^7.2.10), so that the two sites differ
// by Starlight alone. Starlight needs no sharp: these pages have no images.
const astroVersion = (JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string }).version;

/** Installs Starlight once into a cache folder kept between runs of the bench; returns that folder. */
export function ensureStarlight(): string {
  const cache = path.join(tmpdir(), `errdex-bench-starlight-${starlightVersion}-astro-${astroVersion}`);
  const modules = path.join(cache, 'node_modules');
  if (existsSync(path.join(modules, '@astrojs/starlight/package.json')) && existsSync(path.join(modules, 'astro/package.json'))) return cache;
  mkdirSync(cache, { recursive: true });
  writeFileSync(path.join(cache, 'package.json'), `${JSON.stringify({ private: true, type: 'module', allowScripts: { esbuild: true } }, null, 2)}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `@astrojs/starlight@${starlightVersion}`, `astro@${astroVersion}`], { cwd: cache, stdio: ['ignore', 'ignore', 'inherit'] });
  return cache;
}

// Starlight's default sidebar lists every page on every page, so each page would grow with the catalogue
// (5,000 links a page at 5,000 entries) and the build with its square. No site of this size would ship that:
// the baseline gets a one-link sidebar, which makes Starlight's pages lighter, not heavier.
const config = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [starlight({ title: 'Synthetic errors', sidebar: [{ label: 'Home', link: '/' }] })] });
`;
const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** errdex's frontmatter replaced by Starlight's (title, description from the summary); the MDX body as is. */
function asStarlightPage(text: string): string {
  const end = text.indexOf('\n---\n', 4);
  const data = parse(text.slice(4, end)) as { title: string; summary: string };
  // JSON strings are YAML strings, whatever quotes or colons a summary holds.
  return `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.summary)}\n---\n${text.slice(end + 5)}`;
}

/**
 * A Starlight site over the same `n` synthetic entries as the other two builds, in a temp folder inside
 * `cache`; returns its root.
 */
export function starlightWith(n: number, cache: string): string {
  // Inside the cache folder: Node and Vite find Starlight in its node_modules by walking up, no symlink.
  const root = mkdtempSync(path.join(cache, `site-${n}-`));
  // Astro bundles only the Astro packages the site's package.json names; left to Node, Starlight's
  // middleware fails on its `astro:middleware` import.
  writeFileSync(path.join(root, 'package.json'), `${JSON.stringify({ type: 'module', dependencies: { '@astrojs/starlight': starlightVersion, astro: astroVersion } })}\n`);
  writeFileSync(path.join(root, 'astro.config.mjs'), config);
  mkdirSync(path.join(root, 'src/content/docs/python'), { recursive: true });
  writeFileSync(path.join(root, 'src/content.config.ts'), contentConfig);
  writeFileSync(path.join(root, 'src/content/docs/index.mdx'), '---\ntitle: Synthetic errors\n---\n\nA benchmark site.\n');
  for (const { file, text } of syntheticEntries(n)) writeFileSync(path.join(root, 'src/content/docs/python', path.basename(file)), asStarlightPage(text));
  return root;
}

/** The URL paths, in errdex and in Starlight (which lower-cases slugs), of the first entry made from KeyError. */
function keyErrorPages(n: number): { errdex: string; starlight: string } {
  const { file } = syntheticEntries(n).find((e) => e.template === 'KeyError.mdx')!;
  const name = path.basename(file, '.mdx');
  return { errdex: `/python/${name}/`, starlight: `/python/${name.toLowerCase()}/` };
}

/**
 * Writes `.gz` (zlib level 9) and `.br` (quality 6) beside every compressible file of `dist`, the levels
 * errdex's own build uses for its pages, so that the paint weight and the static server see both sites
 * compressed alike. Pagefind's chunks are compressed already; files under 512 bytes are left, as errdex does.
 */
export function precompressLikeErrdex(dist: string): void {
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(html|css|js|mjs|json|svg|xml|txt|wasm)$/.test(f)) continue;
    const file = path.join(dist, f);
    const data = readFileSync(file);
    if (data.length < 512) continue;
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
  }
}

/** Counts the bytes (as transferred) of every request the page finishes from now on, by phase. */
function byteCounter(page: Page): { phase: 'load' | 'search'; bytes: Record<'load' | 'search', number> } {
  const counter = { phase: 'load' as 'load' | 'search', bytes: { load: 0, search: 0 } };
  page.on('requestfinished', async (req: Request) => {
    const phase = counter.phase; // the phase the response arrived in, before the sizes are read
    counter.bytes[phase] += await transferredBytes(req);
  });
  return counter;
}

/** Starlight's first search, and what it preloads for search on every page before anyone searches. */
export interface StarlightSearchFigures {
  /** Click on the search button to the first result on screen (Pagefind's UI waits 300 ms after typing). */
  cold: Stat;
  /** Fetched from the click to the first result. */
  coldBytes: Stat;
  /** Fetched after the load event until the network was idle: mostly Pagefind's UI, which Starlight imports then. */
  idleBytes: Stat;
}

/**
 * On a fresh page, waits for the network to settle (Starlight loads Pagefind's UI when the browser is idle),
 * opens the search dialog, types `ECONNRESET` and waits for the first result.
 */
export async function starlightSearchBench(browser: Browser, base: string, pagePath: string, runs: number): Promise<StarlightSearchFigures> {
  const cold: number[] = [];
  const coldBytes: number[] = [];
  const idleBytes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const counter = byteCounter(page);
    await page.goto(base + pagePath);
    const atLoad = counter.bytes.load;
    await page.waitForLoadState('networkidle');
    idleBytes.push(counter.bytes.load - atLoad);
    counter.phase = 'search';
    await page.evaluate(() => {
      const w = window as unknown as { __t0?: number; __t1?: number };
      document.querySelector('button[data-open-modal]')!.addEventListener('click', () => (w.__t0 = performance.now()), { once: true, capture: true });
      new MutationObserver((_, obs) => {
        if (document.querySelector('#starlight__search a.pagefind-ui__result-link')) {
          w.__t1 = performance.now();
          obs.disconnect();
        }
      }).observe(document.querySelector('#starlight__search')!, { childList: true, subtree: true });
    });
    await page.locator('button[data-open-modal]').click();
    await page.locator('#starlight__search input').focus();
    await page.keyboard.insertText('ECONNRESET');
    await page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined, undefined, { timeout: 15_000 });
    await page.waitForTimeout(200); // responses still in flight when the result showed
    coldBytes.push(counter.bytes.search);
    cold.push(await page.evaluate(() => (window as unknown as { __t1: number; __t0: number }).__t1 - (window as unknown as { __t0: number }).__t0));
    await context.close();
  }
  return { cold: stat(cold), coldBytes: stat(coldBytes), idleBytes: stat(idleBytes) };
}

/** Paint weight and first search of the same synthetic entry in errdex and in Starlight. */
export interface StarlightComparison {
  page: { errdex: string; starlight: string };
  paint: { errdex: ReturnType<typeof renderWeight>; starlight: ReturnType<typeof renderWeight> };
  search: { errdex: InteractionFigures; starlight: StarlightSearchFigures };
}

/**
 * Weighs the KeyError-made entry of both builds (`errdexDist` as built, `starlightDist` after compressing it
 * like errdex's) and times the first search on it, each site served by the static server.
 */
export async function compareWithStarlight(n: number, errdexDist: string, starlightDist: string, runs: number): Promise<StarlightComparison> {
  precompressLikeErrdex(starlightDist);
  const page = keyErrorPages(n);
  const paint = { errdex: renderWeight(errdexDist, page.errdex), starlight: renderWeight(starlightDist, page.starlight) };
  const browser = await chromium.launch(chromiumLaunchOptions());
  const ours = await serveStatic(errdexDist);
  const theirs = await serveStatic(starlightDist);
  try {
    const search = { errdex: await searchBench(browser, ours.url, runs, page.errdex), starlight: await starlightSearchBench(browser, theirs.url, page.starlight, runs) };
    return { page, paint, search };
  } finally {
    await browser.close();
    ours.server.close();
    theirs.server.close();
  }
}
