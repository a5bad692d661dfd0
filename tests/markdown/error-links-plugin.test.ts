import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { entryPartsPlugin } from '../../src/markdown/entry-parts-plugin.ts';
import { errorLinksPlugin } from '../../src/markdown/error-links-plugin.ts';
import { makeCatalogue, validEntry } from '../support/fixture-catalogue.ts';

// ConnectionResetError and the classes above it, read by the validator as the build reads them.
let root = '';
let cleanup = async () => {};
before(async () => {
  ({ root, cleanup } = await makeCatalogue({ 'content/errors/python/ConnectionResetError.mdx': validEntry }, { withBases: true }));
});
after(() => cleanup());

const prose = `## Meaning

\`ConnectionResetError\` is a \`ConnectionError\` for \`ECONNRESET\`; see [\`OSError\`](/elsewhere/) and \`nope\`.

### Catch \`OSError\`

\`\`\`text
ConnectionError
\`\`\`
`;

async function html(file: string): Promise<string> {
  const plugin = errorLinksPlugin(root);
  return (await markdownToHtml(prose, { mdastPlugins: [plugin], fileURL: pathToFileURL(path.join(root, file)) })).html;
}

test("an entry's prose links the errors it names, never itself, with site-relative URLs", async () => {
  const out = await html('content/errors/python/ConnectionResetError.mdx');
  assert.match(out, /<p><code>ConnectionResetError<\/code> is a <a href="\/python\/ConnectionError\/" title="[^"]+"><code>ConnectionError<\/code><\/a>/);
  assert.match(out, /for <a href="\/errno\/ECONNRESET\/" title="The peer aborted the connection with a TCP reset\."><code>ECONNRESET<\/code><\/a>/);
  assert.match(out, /<a href="\/elsewhere\/"><code>OSError<\/code><\/a> and <code>nope<\/code>/);
  assert.match(out, /<h3>Catch <code>OSError<\/code><\/h3>/);
  assert.match(out, /<pre><code class="language-text">ConnectionError\n<\/code><\/pre>/);
});

test('another page links the same name to the entry', async () => {
  const out = await html('content/errors/python/ConnectionError.mdx');
  assert.match(out, /<a href="\/python\/ConnectionResetError\/" title="The other end of a TCP connection aborted it[^"]*"><code>ConnectionResetError<\/code><\/a> is a <code>ConnectionError<\/code>/);
});

test('runs after the entry-parts plugin, inside the sections it makes', async () => {
  const plugin = errorLinksPlugin(root);
  const { code } = await mdxToJs('## Meaning\n\nSee `ConnectionError`.\n', { mdastPlugins: [entryPartsPlugin, plugin], fileURL: pathToFileURL(path.join(root, 'content/errors/python/OSError.mdx')) });
  assert.match(code, /"section"/);
  assert.match(code, /href: "\/python\/ConnectionError\/"/);
});
