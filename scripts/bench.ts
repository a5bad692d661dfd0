// `npm run bench`: how heavy and how fast errdex is, measured, with its budgets. Not part of `npm test`:
// it builds several times and takes minutes. Prints a table and writes bench/results.json.
//   npm run bench -- --quick     fewer runs, no 5,000-entry build (a first look)
//   npm run bench -- --sizes 5000    synthetic catalogues of these sizes only (comma-separated)
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { bareAstroWith, errdexWith, removeTemp, timedBuild } from './bench/build-bench.ts';
import { lighthouse, type Scores } from './bench/lighthouse-bench.ts';
import { entryPaintWeights, renderWeight, runBench, searchBench } from './bench/page-bench.ts';
import { searchDataWeight, type SearchDataWeight } from './bench/search-data-bench.ts';
import { compareWithStarlight, ensureStarlight, starlightVersion, starlightWith } from './bench/starlight-bench.ts';
import { fmt, stat } from './bench/stats.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, sizes: { type: 'string' } } });
const runs = values.quick ? 2 : 5;
const results: Record<string, unknown> = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, Node ${process.versions.node}` };
const lines: string[] = [];
// Each figure is printed as soon as it is measured: a long run shows its progress, and a failure late in the
// run does not lose the figures before it.
const report = (line: string) => {
  lines.push(line);
  console.log(`  ${line}`);
};
console.log(`errdex benchmark (${String(results.machine)})\n`);
const budget = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');

// (a) Build time and peak memory: the real catalogue, then synthetic catalogues against a bare Astro build.
const real = Array.from({ length: values.quick ? 1 : 3 }, () => timedBuild('.'));
results.buildReal = { seconds: stat(real.map((r) => r.seconds)), peakMiB: stat(real.map((r) => r.peakMiB)) };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const searchData: Record<string, SearchDataWeight> = { real: await searchDataWeight('dist', true) };
report(`build, real catalogue: ${fmt(stat(real.map((r) => r.seconds)), 's', 1)}, peak ${fmt(stat(real.map((r) => r.peakMiB)), 'MiB')}`);
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.quick ? [1000] : [1000, 5000];
const scaling: Record<number, { errdex: number; bare: number; ratio: number; peakMiB: number; barePeakMiB: number; runs: number }> = {};
// The second baseline: Starlight, installed into a cache folder by the bench (scripts/bench/starlight-bench.ts).
const starlightCache = ensureStarlight();
const starlight: Record<string, unknown> = { version: starlightVersion };
results.starlight = starlight;
for (const n of sizes) {
  const ours = errdexWith(n);
  const bare = bareAstroWith(n);
  const sl = starlightWith(n, starlightCache);
  try {
    // Alternating the builds spreads the machine's drift evenly over them.
    const a: ReturnType<typeof timedBuild>[] = [];
    const b: ReturnType<typeof timedBuild>[] = [];
    const c: ReturnType<typeof timedBuild>[] = [];
    for (let i = 0; i < (values.quick ? 1 : n >= 5000 ? 2 : 3); i++) {
      a.push(timedBuild(ours));
      b.push(timedBuild(bare));
      c.push(timedBuild(sl));
    }
    const ta = stat(a.map((r) => r.seconds));
    const tb = stat(b.map((r) => r.seconds));
    const tc = stat(c.map((r) => r.seconds));
    const peak = Math.max(...a.map((r) => r.peakMiB));
    const barePeak = Math.max(...b.map((r) => r.peakMiB));
    const slPeak = Math.max(...c.map((r) => r.peakMiB));
    const ratio = ta.median / tb.median;
    scaling[n] = { errdex: ta.median, bare: tb.median, ratio, peakMiB: peak, barePeakMiB: barePeak, runs: a.length };
    report(`build, ${n} synthetic entries: errdex ${fmt(ta, 's', 1)}, ${((ta.median * 1000) / n).toFixed(1)} ms/entry, peak ${peak.toFixed(0)} MiB; bare Astro + Pagefind ${fmt(tb, 's', 1)}: ${ratio.toFixed(2)}x [budget 1.1x: ${budget(ratio <= 1.1)}]`);
    report(`build peak memory, ${n} synthetic entries: errdex ${peak.toFixed(0)} MiB, bare Astro + Pagefind ${barePeak.toFixed(0)} MiB: ${(peak / barePeak).toFixed(2)}x [budget 1x bare Astro: ${budget(peak <= barePeak)}]`);
    report(`build, ${n} synthetic entries, Starlight ${starlightVersion}: ${fmt(tc, 's', 1)}, peak ${slPeak.toFixed(0)} MiB; errdex ${(ta.median / tc.median).toFixed(2)}x its time, ${(peak / slPeak).toFixed(2)}x its memory`);
    searchData[n] = await searchDataWeight(`${ours}/dist`);

    // The same entry (made from KeyError.mdx) in both, and the first search from it.
    const vs = await compareWithStarlight(n, `${ours}/dist`, `${sl}/dist`, runs);
    starlight[n] = { build: { seconds: tc, peakMiB: slPeak }, ...vs };
    const [pe, ps] = [vs.paint.errdex, vs.paint.starlight];
    report(`paint, synthetic KeyError entry (${n}): errdex ${kb(pe.gzip)} gzip, ${pe.requests} requests; Starlight ${kb(ps.gzip)} gzip, ${ps.requests} requests (${ps.blocking.join(', ')}): ${(pe.gzip / ps.gzip).toFixed(2)}x [budget 0.2x Starlight: ${budget(pe.gzip <= ps.gzip / 5)}]`);
    const [se, ss] = [vs.search.errdex, vs.search.starlight];
    report(`first search "ECONNRESET", ${n} synthetic entries: errdex ${kb(se.coldBytes.median)} in ${se.cold.median.toFixed(0)} ms; Starlight ${kb(ss.coldBytes.median)} in ${ss.cold.median.toFixed(0)} ms from the click (plus ${kb(ss.idleBytes.median)} fetched after load on every page, mostly Pagefind's UI): ${(se.coldBytes.median / ss.coldBytes.median).toFixed(2)}x [budget 0.2x Starlight: ${budget(se.coldBytes.median <= ss.coldBytes.median / 5)}]`);
  } finally {
    removeTemp(ours);
    removeTemp(bare);
    removeTemp(sl);
  }
}
if (sizes.length > 1) {
  const [small, large] = sizes as [number, number];
  const growth = scaling[large]!.errdex / scaling[small]!.errdex / (large / small);
  report(`build growth ${small} -> ${large}: time per entry x${growth.toFixed(2)} (1.00 is linear) [${budget(growth <= 1.25)}]`);
}
results.buildScaling = scaling;
// The exact layer is fetched in parts: the core on the first search, then the shards a paste names. A paste
// naming one error needs the core and at most a few shards; one with only a message needs every entry.
results.searchData = searchData;
for (const [k, w] of Object.entries(searchData)) {
  const which = k === 'real' ? 'real catalogue' : `${k} synthetic entries`;
  // Issue 19: at most 40 KB gzip, up to 5,000 entries.
  const named = w.core + w.shard.max;
  report(`search data (exact layer), ${which}: core ${kb(w.core)} + ${w.shards} shards (median ${kb(w.shard.median)}, largest ${kb(w.shard.max)}) gzip; core + largest shard ${kb(named)} [budget 40 KB gzip: ${budget(named <= 40 * 1024)}]; other languages' errno wordings, for a paste in another language, ${kb(w.languages)}; all entries, for a paste with only a message, ${kb(w.entries)}; whole /search-data.json (tools only) ${kb(w.whole)}`);
  if (w.pastes) report(`search data fetched by the first search of each of ${w.pastes.count} real pastes: median ${kb(w.pastes.bytes.median)}, 90th percentile ${kb(w.pastes.p90)}, largest ${kb(w.pastes.bytes.max)}; ${w.pastes.allEntries} needed all entries [budget 40 KB: median ${budget(w.pastes.bytes.median <= 40 * 1024)}]`);
}

// (b) What a page needs to paint, from the build just made: every entry page against the budget (issue 19:
// one TCP initial window, so the page paints from its first round trip), then one page of each other kind.
const paintBudget = 14.3 * 1024;
const paintLine = (w: ReturnType<typeof renderWeight>) =>
  `${kb(w.gzip)} gzip, ${kb(w.brotli)} brotli, ${w.requests} request${w.requests > 1 ? 's' : ''}, render-blocking: ${w.blocking.join(', ') || 'none'}${w.inlineStyle.raw ? `, inline style ${kb(w.inlineStyle.raw)} (${kb(w.inlineStyle.gzip)} of the gzip)` : ''}, no blocking script`;
const entries = entryPaintWeights('dist', paintBudget);
results.entryPaint = entries;
report(`paint, every entry page (${entries.count}): median ${kb(entries.median.gzip)} gzip (${entries.median.page}), longest ${entries.longest.page} ${kb(entries.longest.gzip)}; ${entries.over.length} over 14.3 KB${entries.over.length ? ` (${entries.over.map((o) => `${o.page} ${o.gzip} bytes`).join(', ')})` : ''} [budget 14.3 KB gzip each, one TCP initial window: ${budget(entries.over.length === 0)}]`);
// Inlining trades the cache: a linked stylesheet is fetched once for the whole visit, inline CSS on every page.
const shared = readdirSync('dist/_astro').find((f) => f.endsWith('.css'));
report(`paint, cost of the inline stylesheet: ${kb(entries.median.inlineStyle.gzip)} gzip on every entry page (${kb(entries.median.inlineStyle.raw)} raw); the other pages share ${shared ? `/_astro/${shared}, ${kb(statSync(`dist/_astro/${shared}.gz`).size)} gzip, fetched once and cached` : 'no stylesheet'}`);
const pages = [...new Set(['/python/KeyError/', entries.longest.page, '/node/ECONNRESET/', '/errno/ECONNRESET/', '/'])];
results.renderWeight = Object.fromEntries(pages.map((p) => [p, renderWeight('dist', p)]));
for (const p of pages) {
  const w = renderWeight('dist', p);
  report(`paint ${p}: ${paintLine(w)} [budget 14.3 KB gzip, one TCP initial window: ${budget(w.gzip <= paintBudget)}]`);
}

// (c) Search and (d) Run, in Chromium against the build served as a static host would.
const { url, server } = await serveStatic('dist');
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const search = await searchBench(browser, url, runs);
  results.search = search;
  report(`search, query to first result, cold: ${fmt(search.cold)} [budget 100 ms: ${budget(search.cold.median <= 100)}], fetched ${(search.coldBytes.median / 1024).toFixed(0)} KB [budget 40 KB when the exact layer answers: ${budget(search.coldBytes.median <= 40 * 1024)}]`);
  report(`search, query to first result, warm: ${fmt(search.warm)}`);
  const run = await runBench(browser, url, values.quick ? 1 : 3);
  results.run = run;
  report(`Run, click to output, cold (loads Pyodide): ${fmt(run.cold)}, fetched ${(run.coldBytes.median / 1024 / 1024).toFixed(1)} MB`);
  report(`Run, click to output, warm: ${fmt(run.warm)}`);
} finally {
  await browser.close();
}

// (e) Lighthouse per kind of page.
const kinds: Record<string, string> = { home: '/', entry: '/python/KeyError/', 'language index': '/python/', errno: '/errno/ECONNRESET/', 'errno table': '/errno/', search: '/search/?q=ECONNRESET', 'class hierarchy': '/python/hierarchy/', 'not found (404.html: Lighthouse refuses a 404 status)': '/404.html' };
const scores: Record<string, Scores> = {};
for (const [kind, p] of Object.entries(kinds)) {
  scores[kind] = await lighthouse(url + p);
  const s = scores[kind]!;
  report(`lighthouse ${kind}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo} [budget 100: ${budget(Object.values(s).every((v) => v === 100))}]`);
}
results.lighthouse = scores;
server.close();

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${lines.filter((l) => l.includes('OVER BUDGET')).length} figure(s) over budget; written to bench/results.json`);
