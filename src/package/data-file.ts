import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the catalogue data (`search-data.json`, the site's exact-search data) is for the tools that run
 * outside the site: the remark plugin and the crash hook. `ERRDEX_DATA` names a file; the published bundles
 * in `lib/` carry a copy beside them, made at publish time (`npm run package`); from the repository (the
 * TypeScript sources, or `lib/` without that copy) it is the site's own build, `dist/search-data.json`.
 */
export function searchDataFile(): string | undefined {
  const here = import.meta.url;
  const fromSource = here.endsWith('.ts');
  const candidates = [
    process.env.ERRDEX_DATA,
    fromSource ? undefined : fileURLToPath(new URL('./search-data.json', here)),
    fileURLToPath(new URL(fromSource ? '../../dist/search-data.json' : '../dist/search-data.json', here)),
  ];
  return candidates.find((f): f is string => !!f && existsSync(f));
}

/** A page path of the site (`/python/KeyError/`) under a base: a site URL (also one with a path) or a path. */
export function pageUrl(base: string, page: string): string {
  const rel = page.replace(/^\//, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(base)) return new URL(rel, base.endsWith('/') ? base : `${base}/`).href;
  return `${base.replace(/\/+$/, '')}/${rel}`;
}
