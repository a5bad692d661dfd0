import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntrySnapshots } from '../lib/snapshot-format.ts';

/** Where captured output lives, beside the entries: content/snapshots/<language>/<Name>.json. */
export const snapshotsDir = 'content/snapshots';

export const snapshotPath = (root: string, entryId: string) => path.join(root, snapshotsDir, `${entryId}.json`);

/** Reads an entry's snapshots, or undefined when none were recorded. */
export async function readSnapshots(root: string, entryId: string): Promise<EntrySnapshots | undefined> {
  return readFile(snapshotPath(root, entryId), 'utf8').then((t) => JSON.parse(t) as EntrySnapshots, () => undefined);
}

export async function writeSnapshots(root: string, snapshots: EntrySnapshots): Promise<void> {
  const file = snapshotPath(root, snapshots.entry);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(snapshots, null, 2)}\n`);
}

/** Entry ids that have a snapshot file, like `python/KeyError`. */
export async function listSnapshotIds(root: string): Promise<string[]> {
  const dir = path.join(root, snapshotsDir);
  const files = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return files.filter((f) => f.endsWith('.json')).map((f) => f.split(path.sep).join('/').slice(0, -'.json'.length)).sort();
}

export async function removeSnapshots(root: string, entryId: string): Promise<void> {
  await rm(snapshotPath(root, entryId), { force: true });
}
