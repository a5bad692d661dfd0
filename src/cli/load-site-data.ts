import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads a file of the built site from a folder (`dist/`) or a deployed site's URL, so `errdex explain`
 * works offline on a build and against errdex.dev alike.
 */
export async function readSiteFile(from: string, file: string): Promise<string> {
  if (/^https?:\/\//.test(from)) {
    const res = await fetch(new URL(file, from.endsWith('/') ? from : `${from}/`));
    if (!res.ok) throw new Error(`${res.status} ${res.statusText} for ${res.url}`);
    return res.text();
  }
  return readFile(path.join(from, file), 'utf8');
}
