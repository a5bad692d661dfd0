// `npm run package` (and `npm pack`, through prepack): the files the published package's `exports` name,
// in lib/ (generated, not committed):
//   lib/remark.mjs, lib/remark.d.ts   errdex/remark, the remark plugin
//   lib/register.mjs, lib/crash-line.mjs   errdex/register, the crash hook (crash-line loads only on a crash)
//   lib/search-data.json              the catalogue both read offline: the built site's /search-data.json
// They are plain JavaScript bundles because Node strips TypeScript types only outside node_modules, and the
// catalogue is copied from the build so the package links exactly the pages of the site it was built with.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = path.join(root, 'lib');
const data = path.join(root, 'dist', 'search-data.json');

if (!existsSync(data)) {
  console.error('package: no build yet; building the site first (npm run build)...');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
await rm(lib, { recursive: true, force: true });
await mkdir(lib, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: { remark: 'src/remark/index.ts', register: 'src/register/register.ts', 'crash-line': 'src/register/crash-line.ts' },
  outdir: lib,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});
await copyFile(data, path.join(lib, 'search-data.json'));
await writeFile(
  path.join(lib, 'remark.d.ts'),
  `import type { Root } from 'mdast';

/** The catalogue data errdex serves at /search-data.json. */
export interface SearchData {
  entries: { id: string; t: string; l: string; s: string; e: string[]; m: string[]; a: string[]; p?: string }[];
  errno: { s: string; a: string[]; n: number; msg: string; mac: number; wsa: number; crt: number; wmsg: string; py: string; node: [number, number, number]; d: string }[];
}

export interface ErrdexRemarkOptions {
  /** The errdex site links point to (default https://errdex.dev), or a path such as "/". */
  base?: string;
  /** "bundled" (the copy in this package, the default for errdex.dev), "fetch" (<base>/search-data.json at build time, cached; the default for any other base), or the data itself. */
  data?: 'bundled' | 'fetch' | SearchData;
  /** Prefer this language's page where several are called the same ("node" links ECONNRESET to Node's page). */
  language?: string;
  /** Folder for the fetched copy (default node_modules/.cache/errdex). */
  cacheDir?: string;
  /** How long a fetched copy is used before it is fetched again, in milliseconds (default a day). */
  maxAge?: number;
}

/** Links inline code that names an error errdex knows to its page, with its summary as the title. */
export default function errdexRemark(options?: ErrdexRemarkOptions): (tree: Root) => Promise<void>;
`,
);
for (const f of ['remark.mjs', 'register.mjs', 'crash-line.mjs', 'search-data.json']) console.log(`lib/${f}  ${((await stat(path.join(lib, f))).size / 1024).toFixed(1)} KB`);
