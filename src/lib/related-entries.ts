import type { CollectionEntry } from 'astro:content';

type Entry = CollectionEntry<'errors'>;

/**
 * What an entry's Related part lists: the author's picks first, then every entry in another language that
 * shares one of its errno symbols (the same error seen from Node and from Python), without repeats.
 */
export function relatedEntries(entry: Entry, all: readonly Entry[]): Entry[] {
  const picked = entry.data.related.map((id) => all.find((e) => e.id === id)).filter((e): e is Entry => e !== undefined);
  const twins = all.filter((e) => e.data.language !== entry.data.language && e.data.errno.some((s) => entry.data.errno.includes(s)));
  const out = [...picked, ...twins].filter((e) => e.id !== entry.id);
  return out.filter((e, i) => out.findIndex((f) => f.id === e.id) === i);
}
