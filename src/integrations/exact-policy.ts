import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const metaPolicy = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of a page's inline <script> and <style> elements, as CSP sources. */
export function inlineHashes(html: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hashOf(m[1]!));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hashOf(m[1]!));
  return { scripts: new Set(scripts), styles: new Set(styles) };
}

/**
 * Astro's policy lists, on every page, the hash of every script and stylesheet the site bundles. A hash
 * source only ever allows inline content (or a file with an integrity attribute, which errdex does not use),
 * and 'self' already allows the files, so those hashes allow nothing: they are some 400 bytes that gzip
 * cannot shrink, on every page. Each page keeps the hashes of its own inline elements only; nothing is added,
 * so the policy can only get stricter.
 */
export function exactPolicy(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  return html.replace(metaPolicy, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      const own = name === 'script-src' ? scripts : name === 'style-src' ? styles : undefined;
      if (!own) return d;
      return ` ${[name, ...sources.filter((s) => !s.startsWith("'sha256-") || own.has(s))].join(' ')}`;
    });
    return `${open}${directives.join(';')}${close}`;
  });
}

/** Applies exactPolicy to every page of the build; returns how many it changed. */
export async function writeExactPolicies(dist: string): Promise<number> {
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
  let changed = 0;
  for (const f of pages) {
    const file = path.join(dist, f);
    const html = await readFile(file, 'utf8');
    const exact = exactPolicy(html);
    if (exact === html) continue;
    await writeFile(file, exact);
    changed++;
  }
  return changed;
}
