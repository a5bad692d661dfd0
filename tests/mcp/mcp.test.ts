import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { fixtureSite } from '../support/search-fixture.ts';

/** A real MCP client over stdio, talking to `errdex mcp --from <a small built site>`. */
let dir = '';
let client: Client;
const stderr: string[] = [];

before(async () => {
  dir = await fixtureSite();
  const transport = new StdioClientTransport({ command: process.execPath, args: ['scripts/errdex.ts', 'mcp', '--from', dir], stderr: 'pipe' });
  transport.stderr?.on('data', (chunk: Buffer) => stderr.push(String(chunk)));
  client = new Client({ name: 'errdex-test', version: '1.0.0' });
  await client.connect(transport);
});
after(async () => {
  await client?.close();
  await rm(dir, { recursive: true, force: true });
});

const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;
const text = (r: CallToolResult) => r.content.map((c) => (c.type === 'text' ? c.text : '')).join('');

const traceback = `Traceback (most recent call last):
  File "/srv/app/client.py", line 12, in <module>
    data = sock.recv(4096)
           ^^^^^^^^^^^^^^^
ConnectionResetError: [Errno 104] Connection reset by peer`;

describe('errdex mcp, through the SDK client over stdio', () => {
  test('lists its two tools with their input schemas', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['explain_error', 'lookup_errno']);
    const explain = tools.find((t) => t.name === 'explain_error')!;
    assert.deepEqual(explain.inputSchema.required, ['paste']);
    assert.ok(explain.outputSchema, 'structured output is declared');
    assert.equal(client.getServerVersion()?.name, 'errdex');
  });

  test('a pasted traceback: the reading, the best pages, meaning, likeliest cause and first fix', async () => {
    const r = await call('explain_error', { paste: traceback });
    assert.ok(!r.isError, text(r));
    const t = text(r);
    assert.match(t, /^Read as: Python · ConnectionResetError ECONNRESET \[Errno 104\] on Linux\n/);
    assert.match(t, /\nBest pages:\n1\. ConnectionResetError \(python\): https:\/\/errdex\.dev\/python\/ConnectionResetError\/ \(matched: the exception class\)\n2\. ECONNRESET \(errno\): https:\/\/errdex\.dev\/errno\/ECONNRESET\//);
    assert.match(t, /\nMeaning: The peer ended the connection abruptly/);
    assert.match(t, /\nLikeliest cause: The server closed an idle keep-alive connection and your client reused it\./);
    assert.match(t, /\nFirst fix: .+\nWhen: .+/);
    assert.match(t, /\n```python\n[\s\S]+\n```\nWhy it works: /);
    const s = r.structuredContent as { reading: { language: string; final: { name: string } }; pages: { url: string }[]; answer: { url: string; likeliestCause: string; firstFix: { code: string } } };
    assert.equal(s.reading.language, 'python');
    assert.equal(s.reading.final.name, 'ConnectionResetError');
    assert.equal(s.pages[0]?.url, 'https://errdex.dev/python/ConnectionResetError/');
    assert.equal(s.answer.url, 'https://errdex.dev/python/ConnectionResetError/');
    assert.ok(s.answer.firstFix.code.length > 20);
  });

  test('a paste with no page says so, and names the nearest pages', async () => {
    const r = await call('explain_error', { paste: 'qqqq zzzz' });
    assert.ok(!r.isError);
    assert.match(text(r), /errdex has no page for this yet/);
  });

  test('lookup_errno: a number on a platform, a Node number, a Windows code, a symbol', async () => {
    const linux = await call('lookup_errno', { errno: '104', platform: 'linux' });
    assert.match(text(linux), /^ECONNRESET \(errno 104 on Linux\): The peer aborted the connection with a TCP reset\.\n/);
    assert.match(text(linux), /Numbers: Linux 104 · macOS 54 · Windows Sockets 10054/);
    assert.match(text(linux), /Python raises: ConnectionResetError/);
    assert.match(text(linux), /Pages: ECONNRESET \(errno\) https:\/\/errdex\.dev\/errno\/ECONNRESET\/, ECONNRESET \(node\) https:\/\/errdex\.dev\/node\/ECONNRESET\/, ConnectionResetError \(python\) https:\/\/errdex\.dev\/python\/ConnectionResetError\//);
    assert.match(text(await call('lookup_errno', { errno: '54', platform: 'macos' })), /^ECONNRESET /);
    assert.match(text(await call('lookup_errno', { errno: '-111', platform: 'node' })), /^ECONNREFUSED /);
    assert.match(text(await call('lookup_errno', { errno: '10054', platform: 'windows' })), /^ECONNRESET \(errno 10054 on Windows Sockets\)/);
    const symbol = await call('lookup_errno', { errno: 'wsaeconnreset' });
    assert.equal((symbol.structuredContent as { symbol: string }).symbol, 'ECONNRESET');
    // The same number means something else elsewhere: 54 on Linux is ENOANO, ECONNRESET on macOS.
    assert.match(text(await call('lookup_errno', { errno: '54' })), /Elsewhere, 54 is: .*ECONNRESET on macOS/);
    const none = await call('lookup_errno', { errno: 'ENOTATHING' });
    assert.ok(!none.isError);
    assert.match(text(none), /errdex knows no errno "ENOTATHING"/);
  });

  test('a site it cannot read is a tool error, not a crash', async () => {
    const transport = new StdioClientTransport({ command: process.execPath, args: ['scripts/errdex.ts', 'mcp', '--from', `${dir}/missing`], stderr: 'pipe' });
    const other = new Client({ name: 'errdex-test', version: '1.0.0' });
    await other.connect(transport);
    const r = (await other.callTool({ name: 'lookup_errno', arguments: { errno: '104' } })) as CallToolResult;
    await other.close();
    assert.equal(r.isError, true);
    assert.match(text(r), /cannot read the site data from .*missing/);
  });
});
