import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth sending compressed; images, zips and Pagefind's own chunks are compressed already. */
const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|wasm)$/;

/** Where compressed copies of large, unchanging files (Pyodide) are kept between builds. */
const cacheDir = 'node_modules/.cache/errdex-precompress';

async function compressed(data: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  // Brotli at its best is slow on megabytes; the big files are cached by content, so pay it once.
  const key = createHash('sha256').update(data).digest('hex');
  const big = data.length > 256 * 1024;
  const cached = path.join(cacheDir, key);
  if (big && existsSync(`${cached}.br`)) return { br: await readFile(`${cached}.br`), gz: await readFile(`${cached}.gz`) };
  // Quality 11 for the big cached files; 9 for pages, which is many times faster and within a few percent.
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: big ? 11 : 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  const gz = gzipSync(data, { level: 9 });
  if (big) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(`${cached}.br`, br);
    await writeFile(`${cached}.gz`, gz);
  }
  return { br, gz };
}

/**
 * Writes `name.br` and `name.gz` beside every compressible file of the build, for hosts that serve
 * precompressed files (and so that none has to compress on every request). Returns how many files.
 */
export async function precompress(dist: string): Promise<number> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => compressible.test(f)).sort();
  for (const f of files) {
    const data = await readFile(path.join(dist, f));
    if (data.length < 512) continue; // below a packet, compression saves nothing
    const { br, gz } = await compressed(data);
    await writeFile(path.join(dist, `${f}.br`), br);
    await writeFile(path.join(dist, `${f}.gz`), gz);
  }
  return files.length;
}
