import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumLaunchOptions, chromiumPath } from '../lib/chromium.ts';

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/**
 * Lighthouse scores of one page, from npm's `lighthouse` run offline against Debian's Chromium. Fetched
 * on demand with npx so that installing the project does not pull it in.
 */
export async function lighthouse(url: string): Promise<Scores> {
  const dir = mkdtempSync(path.join(tmpdir(), 'errdex-lh-'));
  try {
    const out = path.join(dir, 'report.json');
    const flags = (chromiumLaunchOptions().args ?? []).join(' ');
    // Asynchronous on purpose: the page is served from this same process, which must stay free to answer.
    await promisify(execFile)('npx', ['--yes', 'lighthouse@13.5.0', url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo'], {
      env: { ...process.env, CHROME_PATH: chromiumPath },
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
    const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
    return { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
