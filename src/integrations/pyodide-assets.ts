import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ViteDevServer } from 'vite';

/** The files Pyodide needs to run the standard library offline; packages (micropip, numpy...) are not shipped. */
export const pyodideFiles = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

const pyodideDir = path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
const types: Record<string, string> = { '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.zip': 'application/zip', '.json': 'application/json' };

/** Copies Pyodide from the npm package into `<dist>/pyodide/`: self-hosted, never committed. */
export async function copyPyodide(dist: string): Promise<void> {
  const target = path.join(dist, 'pyodide');
  await mkdir(target, { recursive: true });
  await Promise.all(pyodideFiles.map((f) => copyFile(path.join(pyodideDir, f), path.join(target, f))));
}

/** Serves the same files at /pyodide/ under `astro dev`. */
export function servePyodide(server: ViteDevServer): void {
  server.middlewares.use('/pyodide', (req, res, next) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pyodideFiles.includes(name)) return next();
    res.setHeader('content-type', types[path.extname(name)] ?? 'application/octet-stream');
    createReadStream(path.join(pyodideDir, name)).pipe(res);
  });
}
