import { createHash } from 'node:crypto';

/** The CSP source that allows exactly one inline <style> with this content. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}
