import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A complete, valid entry (ConnectionResetError without related links) to derive broken ones from. */
export const validEntry = await readFile(fileURLToPath(new URL('../fixtures/valid-entry.mdx', import.meta.url)), 'utf8');

const projectErrno = fileURLToPath(new URL('../../content/errno', import.meta.url));

/** The built-in classes above ConnectionResetError, so a fixture's parent is a class the catalogue knows. */
const bases: Record<string, string | undefined> = { ConnectionError: 'OSError', OSError: 'Exception', Exception: 'BaseException', BaseException: undefined };

/** Valid entries for the classes above the fixture entry, by file. */
export function baseEntries(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(bases).map(([title, parent]) => [
      `content/errors/python/${title}.mdx`,
      entryNamed(title, (t) => t.replace('parent: ConnectionError\n', parent ? `parent: ${parent}\n` : '')),
    ]),
  );
}

/**
 * Writes `files` (paths relative to the project root) into a fresh temp folder, beside a copy of the
 * project's errno table and, with `withBases`, the base classes of the fixture entry (unless `files`
 * brings its own); returns the folder and a cleanup.
 */
export async function makeCatalogue(files: Record<string, string>, { withBases = false } = {}): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'errdex-fixture-'));
  await mkdir(path.join(root, 'content/errors'), { recursive: true });
  await cp(projectErrno, path.join(root, 'content/errno'), { recursive: true });
  for (const [file, text] of Object.entries({ ...(withBases ? baseEntries() : {}), ...files })) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** The valid entry retitled as another Python class, so several can live in one catalogue. */
export function entryNamed(title: string, edit: (text: string) => string = (t) => t): string {
  const renamed = validEntry
    .replace('title: ConnectionResetError', `title: ${title}`)
    .replace('expect=raises:ConnectionResetError:ECONNRESET', `expect=raises:${title}`);
  return edit(renamed);
}
