// `npm run permalinks`: adds every page and #fragment of the current build to content/permalinks/shipped.json.
// Nothing is ever removed from that list: tests/dist fails when a build loses an address that shipped.
import { readFile, writeFile } from 'node:fs/promises';
import { collectPermalinks, comparePermalinks, mergePermalinks, shippedFile, type Permalinks } from '../src/permalinks/collect-permalinks.ts';

const built = await collectPermalinks('dist');
const shipped = JSON.parse(await readFile(shippedFile, 'utf8').catch(() => '{}')) as Permalinks;
const { lost, added } = comparePermalinks(shipped, built);
await writeFile(shippedFile, `${JSON.stringify(mergePermalinks(shipped, built), null, 1)}\n`);
console.log(`permalinks: recorded ${added.length} new address(es) in ${shippedFile}`);
if (lost.length > 0) {
  console.error(`This build lost ${lost.length} address(es) that shipped; bring them back (an alias, a retired entry, an explicit id):\n  ${lost.join('\n  ')}`);
  process.exit(1);
}
