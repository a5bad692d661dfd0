import path from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the built site with Pagefind into `<dist>/pagefind/`; returns how many pages it indexed. */
export async function buildSearchIndex(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
