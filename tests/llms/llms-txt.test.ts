import assert from 'node:assert/strict';
import { test } from 'node:test';
import { llmsTxt } from '../../src/lib/llms-txt.ts';

const entries = [
  { id: 'python/KeyError', title: 'KeyError', summary: 'A dict was asked for a key\nit does not have.', language: 'python', status: 'active' },
  { id: 'python/OldError', title: 'OldError', summary: 'Gone.', language: 'python', status: 'retired' },
  { id: 'node/ECONNRESET', title: 'ECONNRESET', summary: 'The peer reset the socket.', language: 'node', status: 'active' },
  { id: 'python/TypeError/not-subscriptable', title: "TypeError: 'NoneType' object is not subscriptable [x]", summary: 'Indexing None.', language: 'python', status: 'active' },
];
const errno = [
  { symbol: 'EPIPE', meaning: 'Writing to a closed pipe.', linux: 32 },
  { symbol: 'ECONNRESET', meaning: 'The peer aborted the connection with a TCP reset.', linux: 104 },
];

test('llms.txt: a title, a summary, then every page by language and every errno symbol', () => {
  const out = llmsTxt('https://errdex.dev', entries, errno);
  assert.match(out, /^# errdex\n\n> A reference for the errors programs print\./);
  const sections = [...out.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.deepEqual(sections, ['Python', 'Node.js', 'Errno symbols', 'Optional']);
  assert.match(out, /^- \[KeyError\]\(https:\/\/errdex\.dev\/python\/KeyError\/\): A dict was asked for a key it does not have\.$/m);
  assert.match(out, /^- \[ECONNRESET\]\(https:\/\/errdex\.dev\/node\/ECONNRESET\/\): The peer reset the socket\.$/m);
  assert.match(out, /^- \[TypeError: 'NoneType' object is not subscriptable \\\[x\\\]\]\(https:\/\/errdex\.dev\/python\/TypeError\/not-subscriptable\/\): /m);
  assert.match(out, /^- \[ECONNRESET\]\(https:\/\/errdex\.dev\/errno\/ECONNRESET\/\): The peer aborted the connection with a TCP reset\. \(104 on Linux\)$/m);
  assert.ok(out.indexOf('errno/ECONNRESET') < out.indexOf('errno/EPIPE'), 'sorted');
  assert.doesNotMatch(out, /OldError/);
  assert.match(out, /\[Catalogue as JSON\]\(https:\/\/errdex\.dev\/api\/catalog\.json\)/);
  assert.match(out, /Pages are at https:\/\/errdex\.dev\/<language>\/<Name>\/, /);
  assert.ok(out.endsWith('\n'));
});
