import type { EntrySnapshots, SnippetSnapshot } from './snapshot-format';

// Read at build time; Vite bundles the JSON, so the site needs no file access when it renders.
const files = import.meta.glob<EntrySnapshots>('/content/snapshots/**/*.json', { eager: true, import: 'default' });
const byKey = new Map<string, SnippetSnapshot>();
for (const file of Object.values(files)) for (const s of file.snippets) byKey.set(s.key, s);

/** The captured run of the snippet with this key, if `npm run snippets -- --update` has recorded one. */
export function findSnapshot(key: string): SnippetSnapshot | undefined {
  return byKey.get(key);
}
