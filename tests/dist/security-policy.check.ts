import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

// Every built page's own policy (its <meta>), against the inline code it carries: a hash missing from the
// policy leaves a page unstyled or without its theme, a hash of anything else allows code the page never had.
const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const sources = (policy: string, directive: string) => policy.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === directive)?.slice(1) ?? [];

test('every page allows exactly its own inline scripts and styles, by hash, and no other inline code', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const f of files) {
    const html = readFileSync(`dist/${f}`, 'utf8');
    const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
    if (!policy) continue;
    checked++;
    if (/unsafe-inline|unsafe-hashes/.test(policy)) problems.push(`${f}: the policy allows inline code without a hash`);
    if (/\sstyle="/.test(html)) problems.push(`${f}: a style attribute, which no hash can allow`);
    const inline = {
      'script-src': [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!)),
      'style-src': [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!)),
    };
    for (const [directive, own] of Object.entries(inline)) {
      const allowed = sources(policy, directive).filter((s) => s.startsWith("'sha"));
      for (const h of own) if (!allowed.includes(h)) problems.push(`${f}: an inline ${directive === 'script-src' ? 'script' : 'style'} the policy blocks`);
      for (const h of allowed) if (!own.includes(h)) problems.push(`${f}: ${directive} allows ${h}, which is no inline code of this page`);
      if (!sources(policy, directive).includes("'self'")) problems.push(`${f}: ${directive} does not allow the site's own files`);
    }
  }
  assert.ok(checked > 1000, `only ${checked} pages carry a policy`);
  assert.deepEqual(problems.slice(0, 20), []);
});
