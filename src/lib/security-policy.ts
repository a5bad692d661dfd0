/**
 * The Content Security Policy, in one place. Astro writes `script-src` and `style-src` into each page's
 * <meta> with the hashes of what it bundles; these are the other directives. `frame-ancestors` cannot live
 * in a <meta>, so it goes out in `_headers`, with the worker's own policy.
 */
export const pageDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Headers for hosts that read `_headers`: framing refused everywhere; wasm allowed only for the Pyodide worker. */
export const headerRules = [
  { path: '/*', headers: { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' } },
  { path: '/_astro/pyodide-worker*', headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'" } },
] as const;
