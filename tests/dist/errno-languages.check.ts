import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { errnoLanguages } from '../../src/errno/load-errno-languages.ts';
import { translationLocales } from '../../src/schema/errno-languages.ts';

const { symbols } = errnoLanguages();
const page = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

test('every hub with other languages has a section per language, each captured one labelled with its runtime', () => {
  for (const [symbol, l] of symbols) {
    const html = page(`/errno/${symbol}/`);
    assert.match(html, /id="languages"/, symbol);
    for (const s of l.sections) {
      assert.match(html, new RegExp(`<section id="${s.id}"`), `${symbol} #${s.id}`);
      if (s.kind === 'captured') {
        assert.ok(unescape(html).includes(`captured from ${s.runtime}`), `${symbol} #${s.id}: captured from ${s.runtime}`);
        assert.ok(unescape(html).includes(s.output), `${symbol} #${s.id}: the capture is on the page`);
      }
    }
  }
});

test('.NET is shown as sourced, never as captured', () => {
  const html = page('/errno/ECONNRESET/');
  const dotnet = html.slice(html.indexOf('<section id="dotnet"'), html.indexOf('</section>', html.indexOf('<section id="dotnet"')));
  assert.match(dotnet, /Sourced, not run here/);
  assert.doesNotMatch(dotnet, /captured from/);
  assert.match(dotnet, /learn\.microsoft\.com/);
});

test('the translations block lists every locale, each in its own language', () => {
  const html = page('/errno/ECONNRESET/');
  assert.match(html, /id="translations"/);
  for (const l of translationLocales) assert.match(html, new RegExp(`${l}\\.UTF-8`), l);
  assert.match(html, /<td lang="zh-CN">连接被对方重设<\/td>/);
});

test('the resolver failures have hubs, and Python and Node entries with an errno link to the languages section', () => {
  assert.match(page('/errno/EAI_NONAME/'), /socket\.gaierror: \[Errno -2\] Name or service not known/);
  assert.match(page('/errno/EAI_AGAIN/'), /id="languages"/);
  assert.match(page('/python/ConnectionResetError/'), /href="\/errno\/ECONNRESET\/#languages"/);
  assert.match(page('/node/ECONNRESET/'), /href="\/errno\/ECONNRESET\/#languages"/);
});

test('every Python and Node entry with an errno links to the same error elsewhere on its hub', () => {
  const catalog = JSON.parse(readFileSync('dist/api/catalog.json', 'utf8')) as { items: { url: string; language: string; errno?: string[] }[] };
  const withErrno = catalog.items.filter((e) => (e.language === 'python' || e.language === 'node') && (e.errno?.length ?? 0) > 0);
  assert.ok(withErrno.length > 20);
  for (const e of withErrno) {
    const html = page(e.url);
    assert.match(html, /href="\/errno\/[A-Z0-9_]+\/#(languages|translations)"/, e.url);
  }
});
