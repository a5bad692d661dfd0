// `npm run bench:search`: every case of the curated search benchmark, then every real paste of
// tests/search/real-pastes, through the real /search/ page in Chromium: top-1, top-3 and MRR for the curated
// set; top-1 per language and the pages still missing for the real pastes; then how long the exact resolver
// takes on hostile and huge input (target: under 50 ms). `-- --curated` skips the real pastes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { indexSearchData, resolve } from '../src/search/resolve.ts';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { judge, loadRealPastes, pageExists, summarise, type PasteOutcome } from './lib/real-pastes.ts';
import { loadSearchCases, rankOf } from './lib/search-cases.ts';
import { searchThroughPage } from './lib/search-page.ts';
import { serveStatic } from './lib/static-server.ts';

if (!existsSync('dist/index.html')) {
  console.log('no build in dist/: building first');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
const args = process.argv.slice(2);
const { cases, from } = loadSearchCases(args.find((a) => !a.startsWith('--')));
const pastes = args.includes('--curated') ? [] : loadRealPastes();
const { url, server } = await serveStatic('dist');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
const rows: { q: string; rank: number; top: string }[] = [];
const outcomes: PasteOutcome[] = [];
try {
  for (const c of cases) {
    const results = await searchThroughPage(page, url, c.q);
    rows.push({ q: c.q, rank: rankOf(results, c.accept), top: results[0] ?? '(none)' });
  }
  for (const p of pastes) outcomes.push(judge(p, await searchThroughPage(page, url, p.paste), (u) => pageExists('dist', u)));
} finally {
  await browser.close();
  server.close();
}

const show = (q: string) => JSON.stringify(q.length > 60 ? `${q.slice(0, 57)}...` : q);
console.log(`\nsearch benchmark: ${cases.length} cases from ${from}\n`);
for (const r of rows) console.log(`${r.rank === 1 ? 'ok  ' : 'MISS'} rank ${r.rank || '-'}  ${show(r.q)}  ->  ${r.top}`);
const top1 = rows.filter((r) => r.rank === 1).length;
const top3 = rows.filter((r) => r.rank >= 1 && r.rank <= 3).length;
const mrr = rows.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / rows.length;
console.log(`\ntop-1 ${top1}/${rows.length}   top-3 ${top3}/${rows.length}   MRR ${mrr.toFixed(3)}`);
const misses = rows.filter((r) => r.rank !== 1);
if (misses.length > 0) console.log(`misses: ${misses.map((m) => show(m.q)).join(', ')}`);

if (outcomes.length > 0) {
  console.log(`\nreal pastes: ${outcomes.length} from public issue threads (tests/search/real-pastes); top-1 counts the cases whose page exists`);
  for (const line of summarise(outcomes)) console.log(line);
  for (const o of outcomes.filter((x) => x.target && !x.ok)) console.log(`  MISS ${o.paste.id}: want ${o.target}, got ${o.top}`);
  for (const o of outcomes.filter((x) => x.wrongLanguage)) console.log(`  WRONG LANGUAGE ${o.paste.id} (${o.paste.language}): ${o.top}`);
  // What the catalogue still lacks: the most specific page each case wants, by how many cases want it.
  const wanted = new Map<string, number>();
  for (const o of outcomes.filter((x) => !x.best)) {
    const page = o.paste.expect[0]!.replace(/#.*$/, '');
    wanted.set(page, (wanted.get(page) ?? 0) + 1);
  }
  const top = [...wanted.entries()].sort((a, b) => b[1] - a[1]);
  console.log(`\npages still missing: ${top.length}, wanted by ${outcomes.filter((x) => !x.best).length} cases; most wanted:`);
  console.log(`  ${top.slice(0, 25).map(([p, n]) => `${p} (${n})`).join(', ')}`);
}

// The exact layer on its own, with the data the site ships.
const index = indexSearchData(JSON.parse(readFileSync('dist/search-data.json', 'utf8')));
const line = 'ConnectionResetError: [Errno 104] Connection reset by peer\n  File "server.py", line 12, in handle\n';
const inputs: [string, string][] = [
  ['1 MB traceback paste', line.repeat(Math.ceil(1_000_000 / line.length))],
  ['1 MB of one letter', 'E'.repeat(1_000_000)],
  ['1 MB of brackets', '[Errno '.repeat(150_000)],
  ['odd Unicode', '\u202e\ud83d\ude00\u0000'.repeat(10_000) + 'ECONNRESET'],
  ['regex-hostile', '(a+)+$'.repeat(20_000)],
];
console.log('\nexact resolver (median of 7 runs, target < 50 ms):');
for (const [name, q] of inputs) {
  const times = Array.from({ length: 7 }, () => {
    const t = performance.now();
    resolve(q, index);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  console.log(`  ${name.padEnd(22)} ${times[3]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[6]!.toFixed(1)})`);
}
console.log(`  search-data.json: ${(readFileSync('dist/search-data.json').length / 1024).toFixed(1)} KB`);
