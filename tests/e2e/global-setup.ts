import { existsSync } from 'node:fs';
import { serveStatic } from '../../scripts/lib/static-server.ts';

/** Serves the already-built dist/ for every test worker; fails clearly when there is no build. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ has no build: run `npm run build` first (npm test does this for you).');
  }
  const { url, server } = await serveStatic('dist');
  process.env.ERRDEX_BASE_URL = url;
  return () => new Promise((resolve) => server.close(() => resolve()));
}
