import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Reads `_headers` (Netlify format) so local runs get the same response headers a host would send. */
function readHeaderRules(root: string): { pattern: RegExp; headers: [string, string][] }[] {
  if (!existsSync(path.join(root, '_headers'))) return [];
  return readFileSync(path.join(root, '_headers'), 'utf8')
    .split(/\n\s*\n/)
    .filter((block) => block.trim())
    .map((block) => {
      const [pathLine, ...lines] = block.trim().split('\n');
      const pattern = new RegExp(`^${pathLine!.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      return { pattern, headers: lines.map((l) => l.trim().split(/:\s*(.*)/s).slice(0, 2) as [string, string]) };
    });
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath);
  const file = path.normalize(path.join(root, decoded));
  if (!file.startsWith(root)) return undefined; // no escaping the site folder with ../
  for (const candidate of [file, path.join(file, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/**
 * Serves a built site the way a plain static host does (directory index, 404.html with status 404), on a
 * free loopback port. Used by the browser tests and the benchmarks so both see what a host would serve.
 */
export async function serveStatic(root: string): Promise<{ url: string; server: Server }> {
  const absRoot = path.resolve(root);
  const rules = readHeaderRules(absRoot);
  const server = createServer(async (req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file: string | undefined;
    try {
      file = await resolveFile(absRoot, urlPath);
    } catch {
      file = undefined; // a malformed %-escape is simply not found
    }
    // A directory URL without its slash is redirected, as static hosts do, so relative links resolve.
    if (file?.endsWith(`${path.sep}index.html`) && !urlPath.endsWith('/') && !urlPath.endsWith('.html')) {
      res.writeHead(301, { location: `${urlPath}/` }).end();
      return;
    }
    const status = file ? 200 : 404;
    let body = file ?? path.join(absRoot, '404.html');
    // Serve the precompressed copy the build wrote beside the file, as a host that supports them would.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const type = types[path.extname(body)] ?? 'application/octet-stream';
    for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']] as const) {
      if (accepts.includes(encoding) && existsSync(body + ext)) {
        res.setHeader('content-encoding', encoding);
        res.setHeader('vary', 'accept-encoding');
        body += ext;
        break;
      }
    }
    // Several matching rules each add their header, as hosts do; two policies are both enforced.
    for (const rule of rules) {
      if (!rule.pattern.test(urlPath)) continue;
      for (const [name, value] of rule.headers) res.appendHeader(name, value);
    }
    res.writeHead(status, { 'content-type': type });
    createReadStream(body).on('error', () => res.end()).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
