import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { loadErrnoTable } from '../errno/load-errno-table.ts';
import { checkBody } from './check-body.ts';
import { checkCatalogue, type CheckedEntry } from './check-catalogue.ts';
import { checkErrnoReferences } from './check-errno-references.ts';
import { checkFrontmatter } from './check-frontmatter.ts';
import { readEntry } from './read-entry.ts';
import { reproducesByPrinting } from '../schema/entry-path.ts';
import type { Problem } from './problem.ts';

/** The folder, relative to the project root, that holds one MDX file per error. */
export const entriesDir = 'content/errors';

/** Lists every entry file under `<root>/content/errors`, sorted, as root-relative paths. */
export async function listEntryFiles(root: string): Promise<string[]> {
  const dir = path.join(root, entriesDir);
  const found = await readdir(dir, { recursive: true });
  return found
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `${entriesDir}/${f.split(path.sep).join('/')}`)
    .sort();
}

/**
 * Symbolic links to folders outside content/, named as the problem they are. The files found through them
 * are refused where they are read (readContentFile), and a folder with no entry files would go unnoticed.
 */
async function foldersLinkedFromOutside(root: string): Promise<Problem[]> {
  const content = await realpath(path.join(root, 'content')).catch(() => undefined);
  if (!content) return [];
  const problems: Problem[] = [];
  for (const rel of await readdir(content, { recursive: true })) {
    const abs = path.join(content, rel);
    if (!(await lstat(abs)).isSymbolicLink()) continue;
    const target = await realpath(abs).catch(() => undefined);
    if (!target || target === content || target.startsWith(`${content}${path.sep}`)) continue;
    if (!(await lstat(target)).isDirectory()) continue;
    problems.push({ file: `content/${rel.split(path.sep).join('/')}`, field: 'file', message: `is a symbolic link to the folder ${target}, outside content/; nothing in it was read. Move the files into content/ instead of linking to them` });
  }
  return problems;
}

/** Validates every entry under `root` and returns all problems found, never stopping at the first. */
export async function validateCatalogue(root: string): Promise<{ problems: Problem[]; entries: CheckedEntry[] }> {
  const files = await listEntryFiles(root);
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const stray = (await readdir(path.join(root, entriesDir), { recursive: true })).filter((f) => /\.(md|markdown)$/.test(f));
  problems.push(...(await foldersLinkedFromOutside(root)));
  for (const f of stray) problems.push({ file: `${entriesDir}/${f}`, field: 'file name', message: 'entries are .mdx files; rename it to .mdx' });
  for (const file of files) {
    const read = await readEntry(root, file);
    problems.push(...read.problems);
    const fm = read.data === undefined ? { problems: [] } : checkFrontmatter(file, read.data);
    problems.push(...fm.problems);
    const mustRaise = fm.entry === undefined || !reproducesByPrinting(fm.entry);
    const body = read.tree ? checkBody(file, read.tree, { mustRaise }) : { problems: [], snippets: [] };
    problems.push(...body.problems);
    if (fm.entry) entries.push({ file, id: file.slice(entriesDir.length + 1, -'.mdx'.length), data: fm.entry, snippets: body.snippets });
  }
  problems.push(...checkCatalogue(entries));
  const errno = loadErrnoTable(root);
  problems.push(...errno.problems);
  if (errno.table) problems.push(...checkErrnoReferences(entries, errno.table));
  return { problems, entries };
}
