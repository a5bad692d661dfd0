import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** `npx errdex mcp` as an assistant starts it, over the real build in dist/, through the SDK's own client. */
test('errdex mcp answers a pasted traceback and an errno from the built site', async () => {
  const client = new Client({ name: 'errdex-dist-check', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: ['scripts/errdex.ts', 'mcp'], stderr: 'pipe' }));
  try {
    assert.deepEqual((await client.listTools()).tools.map((t) => t.name).sort(), ['explain_error', 'lookup_errno']);
    const paste = `Traceback (most recent call last):
  File "/srv/app/worker.py", line 41, in fetch
    sock.connect(("db", 5432))
ConnectionRefusedError: [Errno 111] Connection refused`;
    const r = (await client.callTool({ name: 'explain_error', arguments: { paste } })) as CallToolResult;
    const text = r.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
    assert.ok(!r.isError, text);
    assert.match(text, /^Read as: Python · ConnectionRefusedError ECONNREFUSED \[Errno 111\] on Linux\n/);
    assert.match(text, /\n1\. ConnectionRefusedError \(python\): https:\/\/errdex\.dev\/python\/ConnectionRefusedError\//);
    assert.match(text, /\nMeaning: Your `connect\(\)` reached the target host, but nothing there accepted the connection\./);
    assert.match(text, /\nLikeliest cause: The server is not running/);
    assert.match(text, /\nFirst fix: .+\nWhen: .+\n```python\n/);
    const e = (await client.callTool({ name: 'lookup_errno', arguments: { errno: '111', platform: 'linux' } })) as CallToolResult;
    assert.match(e.content.map((c) => (c.type === 'text' ? c.text : '')).join(''), /^ECONNREFUSED \(errno 111 on Linux\): /);
  } finally {
    await client.close();
  }
});
