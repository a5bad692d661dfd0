import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import errdexRemark, { type ErrdexRemarkOptions } from '../../src/remark/index.ts';
import { fetchedData } from '../../src/remark/catalogue-data.ts';
import { fixtureEntries, fixtureEntry, fixtureSearchData } from '../support/search-fixture.ts';

const data = fixtureSearchData();

/** A docs page as people write them: names in prose, in a list, in a table, in a code block, in a link. */
const docsPage = `# Handling \`ConnectionResetError\`

When the peer resets the socket, Python raises \`ConnectionResetError\` and Node reports \`ECONNRESET\`.
Old code catches \`IOError\`; a non-blocking socket says \`EWOULDBLOCK\`.

- Unknown names stay: \`nope\`, \`open()\`, \`keyerror\`, \`104\`, \`KeyError: 'id'\`, \`Error\`.
- Already linked: [\`KeyError\`](https://docs.python.org/3/library/exceptions.html#KeyError).
- Reference link: [\`KeyError\`][ke].

| error | page |
| --- | --- |
| \`KeyError\` | yes |

\`\`\`python
try:
    sock.recv(1024)
except ConnectionResetError:
    pass
\`\`\`

[ke]: https://example.org/
`;

async function run(markdown: string, options: ErrdexRemarkOptions = { data }): Promise<string> {
  const file = await unified().use(remarkParse).use(errdexRemark, options).use(remarkStringify).process(markdown);
  return String(file);
}

describe('errdex/remark links error names in a docs page', () => {
  test('inline code naming a known error becomes a link with the summary as title', async () => {
    const out = await run(docsPage);
    assert.match(out, /raises \[`ConnectionResetError`\]\(https:\/\/errdex\.dev\/python\/ConnectionResetError\/ "The other end of a TCP connection aborted it\."\)/);
    // A bare errno symbol is the errno page, the one called exactly that.
    assert.match(out, /reports \[`ECONNRESET`\]\(https:\/\/errdex\.dev\/errno\/ECONNRESET\/ "/);
    // Other spellings that are a page's own name: an alias, an errno alias.
    assert.match(out, /catches \[`IOError`\]\(https:\/\/errdex\.dev\/python\/OSError\/ "/);
    assert.match(out, /says \[`EWOULDBLOCK`\]\(https:\/\/errdex\.dev\/errno\/EAGAIN\/ "/);
    assert.match(out, /\| \[`KeyError`\]\(https:\/\/errdex\.dev\/python\/KeyError\/ "A dict was asked for a key it does not have\."\) \|/);
  });

  test('code blocks, headings, existing links and unknown or inexact names are left alone', async () => {
    const out = await run(docsPage);
    assert.match(out, /^# Handling `ConnectionResetError`$/m);
    assert.match(out, /```python\ntry:\n {4}sock\.recv\(1024\)\nexcept ConnectionResetError:\n {4}pass\n```/);
    assert.match(out, /Unknown names stay: `nope`, `open\(\)`, `keyerror`, `104`, `KeyError: 'id'`, `Error`\./);
    assert.match(out, /Already linked: \[`KeyError`\]\(https:\/\/docs\.python\.org\/3\/library\/exceptions\.html#KeyError\)/);
    assert.match(out, /Reference link: \[`KeyError`\]\[ke\]/);
    assert.equal(out.match(/errdex\.dev/g)?.length, 5);
  });

  test('language prefers that language\'s page; base may be a site with a path or a bare path', async () => {
    assert.match(await run('Node says `ECONNRESET`.', { data, language: 'node' }), /\[`ECONNRESET`\]\(https:\/\/errdex\.dev\/node\/ECONNRESET\/ /);
    assert.match(await run('See `KeyError`.', { data, base: 'https://docs.example.org/errdex' }), /\(https:\/\/docs\.example\.org\/errdex\/python\/KeyError\/ /);
    assert.match(await run('See `KeyError`.', { data, base: '/' }), /\(\/python\/KeyError\/ /);
    assert.match(await run('See `json.JSONDecodeError`.', { data }), /\(https:\/\/errdex\.dev\/python\/json\.JSONDecodeError\/ /);
  });

  test('a name two languages share goes to the preferred language\'s page', async () => {
    const both = fixtureSearchData([...fixtureEntries, fixtureEntry('python/TypeError', { summary: 'Python TypeError.' }), fixtureEntry('javascript/TypeError', { summary: 'JavaScript TypeError.' })]);
    assert.match(await run('A `TypeError`.', { data: both }), /\(https:\/\/errdex\.dev\/python\/TypeError\/ "Python TypeError\."\)/);
    assert.match(await run('A `TypeError`.', { data: both, language: 'javascript' }), /\(https:\/\/errdex\.dev\/javascript\/TypeError\/ "JavaScript TypeError\."\)/);
    assert.match(await run('A `KeyError`.', { data: both, language: 'javascript' }), /\(https:\/\/errdex\.dev\/python\/KeyError\/ /, 'no JavaScript page: the only one');
  });

  test('works in an MDX pipeline (@mdx-js/mdx, as Docusaurus uses) and leaves a JSX link alone', async () => {
    const js = String(await compile('Catch `KeyError` here, not <a href="/x">`ECONNRESET`</a>.\n\n<Note>Also `ECONNRESET`.</Note>\n', { remarkPlugins: [[errdexRemark, { data }]] }));
    assert.match(js, /href: "https:\/\/errdex\.dev\/python\/KeyError\/"/);
    assert.match(js, /title: "A dict was asked for a key it does not have\."/);
    assert.equal(js.match(/href: "https:\/\/errdex\.dev\/errno\/ECONNRESET\/"/g)?.length, 1, 'inside <Note>, not inside <a>');
  });
});

describe('errdex/remark fetches the catalogue from base at build time, with a cache', () => {
  let hits = 0;
  let server: Server | undefined;
  const dirs: string[] = [];
  after(async () => {
    server?.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  const serve = async () => {
    server = createServer((req, res) => {
      hits++;
      if (req.url !== '/docs/search-data.json') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/docs/`;
  };

  test('fetches once, then reads the cache; a failed fetch falls back to the cache, then to no links', async () => {
    const base = await serve();
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'errdex-cache-'));
    dirs.push(cacheDir);
    const out = await run('See `KeyError`.', { base, data: 'fetch', cacheDir });
    assert.match(out, new RegExp(`\\(${base.replace(/[.]/g, '\\.')}python/KeyError/ `));
    assert.equal(hits, 1);
    assert.equal((await readdir(cacheDir)).length, 1);
    // A fresh copy is used without asking the network.
    await run('See `KeyError`.', { base, data: 'fetch', cacheDir });
    assert.equal(hits, 1);
    server!.close();
    // Stale and the site gone: the old copy, with a warning.
    const warnings: string[] = [];
    const stale = await fetchedData({ base, cacheDir, maxAge: 0, warn: (m) => warnings.push(m) });
    assert.equal(stale?.entries.length, data.entries.length);
    assert.match(warnings[0]!, /could not fetch .*search-data\.json .*using the copy from/);
    // No copy at all: a warning and no links, never a failed build.
    const empty = await mkdtemp(path.join(tmpdir(), 'errdex-cache-'));
    dirs.push(empty);
    const none = await fetchedData({ base, cacheDir: empty, warn: (m) => warnings.push(m) });
    assert.equal(none, undefined);
    assert.match(warnings[1]!, /error names are left unlinked/);
  });
});
