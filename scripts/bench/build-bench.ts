import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };

/** Builds the project in `root` with its own Astro, under GNU time; returns wall seconds and peak memory (MiB). */
export function timedBuild(root: string, outDir = 'dist'): { seconds: number; peakMiB: number } {
  // The Astro that `root` resolves (the project's, or the one the Starlight baseline installed).
  const astro = path.join(path.dirname(createRequire(path.resolve(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'errdex-time-')), 'time.txt');
  execFileSync('/usr/bin/time', ['-o', report, '-f', 'ERRDEX_TIME %e %M', process.execPath, astro, 'build', '--outDir', outDir], { cwd: root, env, stdio: 'ignore' });
  const m = /ERRDEX_TIME ([\d.]+) (\d+)/.exec(readFileSync(report, 'utf8'));
  rmSync(path.dirname(report), { recursive: true, force: true });
  if (!m) throw new Error(`no timing from the build in ${root}`);
  return { seconds: Number(m[1]), peakMiB: Number(m[2]) / 1024 };
}

/** The real entries, renamed to `n` distinct synthetic ones (same size and shape), without cross-links. */
export function syntheticEntries(n: number): { file: string; text: string; template: string }[] {
  const dir = 'content/errors/python';
  const names = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  const templates = names.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  return Array.from({ length: n }, (_, i) => {
    const title = `Synthetic${String(i).padStart(5, '0')}Error`;
    const text = templates[i % templates.length]!
      .replace(/^title: .*$/m, `title: ${title}`)
      .replace(/^related:\n(?: {2}- .*\n)+/m, '')
      .replace(/^aliases:\n(?: {2}- .*\n)+/m, '')
      .replace(/^aliases: \[.*\]\n/m, '')
      // A synthetic name has no dot, so it is a built-in class: the validator refuses a module, package or
      // mro there, and a dotted raise (sqlite3.IntegrityError) must become the synthetic name whole.
      .replace(/^(?:module|package|packageVersion|mro): .*\n/gm, '')
      .replace(/expect=raises:[\w.]+/g, `expect=raises:${title}`);
    return { file: `${dir}/${title}.mdx`, text, template: names[i % names.length]! };
  });
}

// Astro keeps its content data store in node_modules/.astro, and the temp sites share the project's
// node_modules: each gets its own, or it would read the real catalogue's entries and overwrite its store.
const ownCache = "cacheDir: './.astro-cache'";

/** A temp copy of errdex with `n` synthetic entries in place of the catalogue. */
export function errdexWith(n: number): string {
  const root = mkdtempSync(path.join(tmpdir(), `errdex-bench-${n}-`));
  for (const item of ['src', 'public', 'package.json', 'tsconfig.json', 'content/errno', 'content/node-errors.json']) cpSync(item, path.join(root, item), { recursive: true });
  cpSync('astro.config.mjs', path.join(root, 'astro.errdex.mjs'));
  writeFileSync(path.join(root, 'astro.config.mjs'), `import config from './astro.errdex.mjs';\nexport default { ...config, ${ownCache} };\n`);
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  for (const { file, text } of syntheticEntries(n)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Astro with MDX and a Pagefind index written after the build, as the baseline has it. */
const bareConfig = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
const search = { name: 'pagefind', hooks: { 'astro:build:done': async ({ dir }) => {
  const { index } = await pagefind.createIndex();
  await index.addDirectory({ path: fileURLToPath(dir) });
  await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind', dir)) });
  await pagefind.close();
} } };
export default defineConfig({ integrations: [mdx(), search], ${ownCache} });
`;

/** A bare Astro + MDX + Pagefind site over the same `n` entries: the baseline the build is compared with. */
export function bareAstroWith(n: number): string {
  const root = mkdtempSync(path.join(tmpdir(), `errdex-bare-${n}-`));
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(root, 'astro.config.mjs'), bareConfig);
  mkdirSync(path.join(root, 'src/pages'), { recursive: true });
  writeFileSync(path.join(root, 'src/content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { errors: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/errors' }) }) };\n");
  writeFileSync(path.join(root, 'src/pages/[...id].astro'), "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('errors')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang=\"en\"><head><title>{Astro.props.entry.data.title}</title></head><body><Content /></body></html>\n");
  for (const { file, text } of syntheticEntries(n)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

export const removeTemp = (root: string) => rmSync(root, { recursive: true, force: true });
