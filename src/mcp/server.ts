/**
 * `npx errdex mcp`: errdex as a Model Context Protocol server over stdio, for coding assistants.
 *
 *   { "mcpServers": { "errdex": { "command": "npx", "args": ["errdex", "mcp"] } } }
 *
 * Two tools: `explain_error` takes a paste (a traceback, a log, a message, a name) and answers with how
 * errdex read it, the best pages, and the best page's meaning, likeliest cause and first fix; `lookup_errno`
 * takes an errno number or symbol and a platform. It reads the built site (`dist/`) or a deployed one
 * (`--from https://errdex.dev`), like `errdex explain`. Standard output carries only the protocol.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import { explainPaste, lookupErrno, openSite, type Site } from './tools.ts';

const page = z.object({ title: z.string(), url: z.string(), language: z.string(), summary: z.string(), reason: z.string(), match: z.enum(['exact', 'message', 'fuzzy']) });

const explanation = {
  readingLine: z.string().describe('How errdex read the paste, in one line'),
  reading: z.looseObject({ language: z.string() }).describe('The reading as data: language, final error, causes, noise removed'),
  pages: z.array(page).describe('The pages that answer it, best first'),
  answer: z
    .object({
      title: z.string(),
      url: z.string(),
      summary: z.string(),
      meaning: z.string(),
      likeliestCause: z.string().optional(),
      firstFix: z.object({ title: z.string(), when: z.string(), code: z.string().optional(), language: z.string().optional(), why: z.string() }).optional(),
    })
    .optional()
    .describe('The best entry: meaning, likeliest cause and first fix'),
};

const errnoAnswer = {
  found: z.boolean(),
  symbol: z.string().optional(),
  meaning: z.string().optional(),
  message: z.string().optional(),
  numbers: z
    .object({
      linux: z.number(),
      macos: z.number().nullable(),
      windowsSockets: z.number().nullable(),
      windowsCrt: z.number().nullable(),
      node: z.object({ linux: z.number().nullable(), macos: z.number().nullable(), windows: z.number().nullable() }),
    })
    .optional(),
  pythonException: z.string().optional(),
  spellings: z.array(z.string()).optional(),
  pages: z.array(z.object({ title: z.string(), url: z.string(), language: z.string() })),
  elsewhere: z.array(z.object({ platform: z.string(), symbol: z.string() })),
};

async function answer(work: () => Promise<{ text: string; structured: object }>, from: string): Promise<CallToolResult> {
  try {
    const { text, structured } = await work();
    return { content: [{ type: 'text', text }], structuredContent: structured as Record<string, unknown> };
  } catch (error) {
    return { isError: true, content: [{ type: 'text', text: `errdex: cannot read the site data from ${from}: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

/** The server with errdex's tools, over a site. */
export function createServer(site: Site, version: string): McpServer {
  const server = new McpServer({ name: 'errdex', title: 'errdex', version }, { instructions: 'Look up errors programs print: pass a whole traceback or log to explain_error; pass an errno number or symbol to lookup_errno.' });
  server.registerTool(
    'explain_error',
    {
      title: 'Explain an error',
      description:
        'Reads a pasted error (a whole traceback or log, its last line, a message, an error class or code such as ConnectionResetError or ECONNREFUSED) and returns how errdex read it, the best errdex pages, and the best page\'s meaning, likeliest cause and first fix, with its code.',
      inputSchema: { paste: z.string().min(1).max(200_000).describe('The error as printed: a traceback, log lines, a message or a name') },
      outputSchema: explanation,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ paste }) => answer(() => explainPaste(site, paste), site.from),
  );
  server.registerTool(
    'lookup_errno',
    {
      title: 'Look up an errno',
      description:
        'Looks up an errno number (104, -111 from Node, 10054 from Windows) or symbol (ECONNRESET, WSAECONNRESET) on a platform, and returns its meaning, its number on every platform, the exception Python raises for it and the errdex pages about it.',
      inputSchema: {
        errno: z.string().min(1).max(40).describe('A number (104, -111, 10054) or a symbol (ECONNRESET)'),
        platform: z.enum(['linux', 'macos', 'windows', 'node']).default('linux').describe('Where the number was printed: linux, macos, windows, or node (err.errno)'),
      },
      outputSchema: errnoAnswer,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ errno, platform }) => answer(() => lookupErrno(site, errno, platform), site.from),
  );
  return server;
}

/** Serves over standard input and output until the client goes away. */
export async function serveStdio(from: string, siteUrl: string, version: string): Promise<void> {
  const server = createServer(openSite(from, siteUrl), version);
  await server.connect(new StdioServerTransport());
}
