#!/usr/bin/env node
// `npx errdex explain <query>`: look an error up from the terminal, like `rustc --explain`.
//   npx errdex explain ECONNRESET
//   npx errdex explain "ConnectionResetError: [Errno 104] Connection reset by peer"
//   python app.py 2>&1 | npx errdex explain          (reads the traceback from standard input)
//   npx errdex explain 104 --from https://errdex.dev  (a deployed site instead of the local build)
//   npx errdex explain --json "Error: read ECONNRESET" (the reading and every matching page, as JSON)
// `npx errdex mcp [--from <dist folder or site URL>]`: the same lookups as a Model Context Protocol server
// over stdio, for coding assistants (src/mcp/server.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { explain } from '../src/cli/explain.ts';
import { ansi, plain } from '../src/cli/format-entry.ts';
import { site } from '../src/lib/site.ts';

const usage = [
  'usage: errdex explain <error, symbol, number or traceback> [--from <dist folder or site URL>] [--json]',
  '       errdex mcp [--from <dist folder or site URL>]   (a Model Context Protocol server over stdio)',
].join('\n');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
const [command, ...words] = positionals;
if (values.help || (command !== 'explain' && command !== 'mcp')) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = values.from ?? path.join(projectRoot, 'dist');
const siteUrl = /^https?:/.test(from) ? from : site.url;
let query = '';
if (command === 'explain') {
  query = words.join(' ');
  if (!query && !process.stdin.isTTY) query = await new Response(process.stdin as unknown as ReadableStream).text();
  if (!query.trim()) {
    console.error(usage);
    process.exit(2);
  }
}
if (!values.from && !existsSync(path.join(from, 'search-data.json'))) {
  console.error('errdex: no build yet; building the site first (npm run build)...');
  execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}
if (command === 'mcp') {
  const { serveStdio } = await import('../src/mcp/server.ts');
  const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  await serveStdio(from, siteUrl, version);
} else {
  const style = process.stdout.isTTY && !process.env.NO_COLOR ? ansi : plain;
  try {
    const result = await explain(query, from, siteUrl, style);
    if (values.json) console.log(JSON.stringify({ reading: result.reading, readingLine: result.readingLine, hits: result.hits.map((h) => ({ ...h, url: new URL(h.url, siteUrl).href })) }, null, 2));
    else (result.code === 0 ? console.log : console.error)(result.text);
    process.exit(result.code);
  } catch (error) {
    console.error(`errdex: cannot read the site data from ${from}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
