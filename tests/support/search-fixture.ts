import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { entryParts } from '../../src/catalogue/entry-document.ts';
import { loadErrnoTable } from '../../src/errno/load-errno-table.ts';
import type { EntryData } from '../../src/schema/entry.ts';
import { buildSearchData } from '../../src/search/build-search-data.ts';
import type { SearchData } from '../../src/search/search-data.ts';

/** An entry's frontmatter as the search data needs it. */
export function fixtureEntry(id: string, opts: { errno?: string[]; messages?: string[]; summary?: string; aliases?: string[]; parent?: string } = {}): { id: string; data: EntryData } {
  const [language, title] = id.split('/') as ['python' | 'javascript' | 'node', string];
  return {
    id,
    data: {
      title,
      language,
      summary: opts.summary ?? `What ${title} means, in one line.`,
      errno: opts.errno ?? [],
      messages: (opts.messages ?? []).map((text) => ({ platform: 'linux', text })),
      related: [],
      sources: [],
      aliases: opts.aliases ?? [],
      status: 'active',
      ...(opts.parent ? { parent: opts.parent } : {}),
    } as EntryData,
  };
}

/** A few entries of the shapes the linkers and hooks meet, over the project's real errno table. */
export const fixtureEntries = [
  fixtureEntry('python/ConnectionResetError', { errno: ['ECONNRESET'], messages: ['ConnectionResetError: [Errno 104] Connection reset by peer'], summary: 'The other end of a TCP connection aborted it.', parent: 'ConnectionError' }),
  fixtureEntry('python/ConnectionRefusedError', { errno: ['ECONNREFUSED'], messages: ['ConnectionRefusedError: [Errno 111] Connection refused'], parent: 'ConnectionError' }),
  fixtureEntry('python/ConnectionError', { parent: 'OSError' }),
  fixtureEntry('python/OSError', { aliases: ['/python/IOError', '/python/EnvironmentError'], messages: ['OSError: [Errno 98] Address already in use'], parent: 'Exception' }),
  fixtureEntry('python/KeyError', { messages: ["KeyError: 'id'"], summary: 'A dict was asked for a key it does not have.', parent: 'LookupError' }),
  fixtureEntry('python/RuntimeError', { parent: 'Exception' }),
  fixtureEntry('python/json.JSONDecodeError', { messages: ['json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)'], parent: 'ValueError' }),
  fixtureEntry('node/ECONNRESET', { errno: ['ECONNRESET'], messages: ['Error: read ECONNRESET'], summary: 'The peer reset a socket Node was using.' }),
  fixtureEntry('node/ECONNREFUSED', { errno: ['ECONNREFUSED'], messages: ['Error: connect ECONNREFUSED 127.0.0.1:3000'], summary: 'Nothing listened where Node tried to connect.' }),
  fixtureEntry('node/ENOTFOUND', { messages: ['Error: getaddrinfo ENOTFOUND db.invalid'] }),
];

/** The search data of the fixture entries. */
export function fixtureSearchData(entries = fixtureEntries): SearchData {
  return buildSearchData(entries, loadErrnoTable(process.cwd()).table!.rows);
}

/**
 * A built site in miniature, as `errdex explain --from` and `errdex mcp --from` read it: `search-data.json` of
 * the fixture entries and the API document of ConnectionResetError, made from the fixture entry's body.
 */
export async function fixtureSite(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'errdex-site-'));
  await writeFile(path.join(dir, 'search-data.json'), JSON.stringify(fixtureSearchData()));
  const validEntry = await readFile(new URL('../fixtures/valid-entry.mdx', import.meta.url), 'utf8');
  const [, front, body] = validEntry.split(/^---$/m) as [string, string, string];
  const data = parse(front) as EntryData;
  await mkdir(path.join(dir, 'api/python'), { recursive: true });
  const doc = { ...data, id: 'python/ConnectionResetError', url: '/python/ConnectionResetError/', parts: entryParts(body, () => undefined) };
  await writeFile(path.join(dir, 'api/python/ConnectionResetError.json'), JSON.stringify(doc));
  return dir;
}
